// ownStrings (policies/workbook/package/read-xml.ts): the reader copies the text it keeps free of
// the parsed chunks it was sliced from; the copies must be exactly the same text, whatever it
// holds (CJK, controls, lone surrogates, quotes and backslashes a JSON round trip escapes).
import fc from "fast-check";
import { ownStrings } from "../../policies/workbook/package/read-xml";

describe("ownStrings", () => {
  test("every string is the same text after the copy, from the given index on; those before are untouched", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 40 }), fc.nat(45), (texts, from) => {
        const strings = [...texts];
        ownStrings(strings, from);
        expect(strings).toEqual(texts);
      }),
    );
  });

  test("text JSON escapes comes back as it was: a lone surrogate, NUL, quotes, a backslash, U+2028", () => {
    const texts = ["广州星海塑胶制品有限公司9144018389", "\ud800 lone", "x\u0000y", '"quoted" \\ back', "line\u2028sep", ""];
    const strings = [...texts];
    ownStrings(strings, 0);
    expect(strings).toEqual(texts);
  });
});
