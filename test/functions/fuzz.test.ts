// Whatever cells an analyst points a LAND function at, the result is a value a cell can hold or a
// contract error (#VALUE!, #NUM!, #N/A with a message) — never NaN, Infinity or an exception.
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { CellError, ErrorValue, type CellResult, type RawArg } from "../../functions/cells";
import { FUNCTIONS } from "../../functions/descriptors";
import { fixedHost } from "../../functions/host";
import { buildLandHyperFormula } from "../../functions/hyperformula";
import { invoke } from "../../functions/invoke";
import { TODAY } from "./helpers";

const CONTRACT_CODES = ["#VALUE!", "#NUM!", "#N/A"];

const words = fc.constantFrom(
  "zengcheng", "wenzhou", "zhongshan", "ningbo", "zhejiang", "national", "增城", "温州", "WZ", "beijing",
  "rent", "investment", "attraction", "village", "租金", "core", "multi", "town", "其他镇街",
  "未上传", "造假", "missing", "government", "政府", "企业", "是", "否", "TRUE",
  "TIER", "TIERS", "SCORE", "IDLEFEE", "SUBSIDY", "LAND.MU", "EXPLAIN", "STATUS", "计算说明",
  "2024-03-15", "2023-02-29", "2024/3/15", "2024年3月15日", "1,234.5", "１２３", "80%", "1e400", "-0", "NaN", "",
  "banking", "village", "relocation", "city", "local", "链主", "strategic", "工改工", "工改M0", "district", "A", "D档", "constructor", "__proto__",
);
const scalar: fc.Arbitrary<RawArg> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.constantFrom(0, -0, 1, 12, 20, 600, 2009, 45366, 100000, 200000, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity),
  words,
  fc.string(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom("#DIV/0!", "#N/A", "#NUM!", "#REF!").map((c) => new ErrorValue(c)),
);
const range: fc.Arbitrary<RawArg> = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 6 });
const arg = fc.oneof({ weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: range });
const host = fc.constantFrom(null, "zengcheng", "wenzhou", "ningbo", "stale").map((p) => fixedHost(p, TODAY));

function isCellValue(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  return typeof v === "string" || typeof v === "boolean";
}

function assertContractResult(value: CellResult): void {
  if (!Array.isArray(value)) return expect(isCellValue(value)).toBe(true);
  for (const row of value) for (const c of row) expect(isCellValue(c) || (c instanceof CellError && CONTRACT_CODES.includes(c.code))).toBe(true);
}

function assertContractError(e: unknown): void {
  expect(e).toBeInstanceOf(CellError);
  const err = e as CellError;
  expect(CONTRACT_CODES).toContain(err.code);
  expect(err.message.length).toBeGreaterThan(0);
  expect(err.message).not.toContain("internal error");
}

describe.each(FUNCTIONS.map((f) => [f.id, f] as const))("LAND.%s with arbitrary cells", (_id, spec) => {
  test("returns a cell value or throws a contract error", () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: spec.params.length, maxLength: spec.params.length }), host, (args, h) => {
        let value: CellResult;
        try {
          value = invoke(spec, args, h);
        } catch (e) {
          return assertContractError(e);
        }
        assertContractResult(value);
      }),
      { numRuns: 400 },
    );
  });

  test("well-typed arguments near the boundaries still give a value or a contract error", () => {
    const near = fc.oneof(fc.integer({ min: -2, max: 250_000 }).map((x) => x as RawArg), fc.double({ min: -1, max: 1e6, noNaN: true }), words);
    fc.assert(
      fc.property(fc.array(near, { minLength: spec.params.length, maxLength: spec.params.length }), host, (args, h) => {
        try {
          assertContractResult(invoke(spec, args, h));
        } catch (e) {
          assertContractError(e);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the same through HyperFormula formulas", () => {
  const literal = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => `${x}`),
    words.map((w) => `"${w}"`),
    fc.string().map((s) => `"${s.replace(/"/g, '""')}"`),
    fc.constantFrom("TRUE()", "FALSE()", "", "A1", "A1:B3", "C1:C5", "1/0", "{1,2;3,4}", "SEQUENCE(3)"),
  );
  const sheet = [
    [1, "2024-03-15", "造假"],
    ["１２", null, "x"],
    [true, "#N/A", ""],
    [null, null, 5],
    [null, null, "5,000"],
  ];

  test("every LAND formula evaluates to a value or an error", () => {
    const hf = buildLandHyperFormula({ S: sheet }, fixedHost("zengcheng", TODAY));
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(literal, { maxLength: 7 }), (spec, args) => {
        hf.setCellContents({ sheet: 0, row: 10, col: 10 }, [[`=LAND.${spec.id}(${args.join(",")})`]]);
        const v = hf.getCellValue({ sheet: 0, row: 10, col: 10 });
        if (v instanceof DetailedCellError) return expect(typeof v.value).toBe("string");
        expect(isCellValue(v) || v === null).toBe(true);
      }),
      { numRuns: 500 },
    );
    hf.destroy();
  });
});
