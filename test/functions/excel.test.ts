// The Excel entry as Excel's custom-functions runtime calls it: omitted arguments arrive as null,
// ranges as 2-D arrays, errors leave as CustomFunctions.Error. Registration is the entry's alone:
// it associates every function of the table under its functions.json id.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../../functions/descriptors";
import { metadataOf } from "../../functions/metadata";

let activeProfile: string | null = null;
jest.mock("../../addin/activeProfile", () => ({ getActiveProfileId: () => activeProfile }));

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const associate = jest.fn();
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: FakeError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  associate,
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../../functions/entry");
const registered = new Map(associate.mock.calls.map(([id, fn]) => [id as string, fn as (...args: unknown[]) => unknown]));
const entry = (id: string) => registered.get(id)!;

function thrown(f: () => unknown): FakeError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FakeError);
    return e as FakeError;
  }
  throw new Error("expected CustomFunctions.Error");
}

afterEach(() => {
  activeProfile = null;
});

test("one registration path: the entry associates each function of the table once, under its functions.json id; the build adds none", () => {
  expect(associate.mock.calls.map(([id]) => id)).toEqual(metadataOf().functions.map((f) => f.id));
  expect(associate.mock.calls.map(([id]) => id)).toEqual(FUNCTIONS.map((f) => f.id));
  for (const [, fn] of associate.mock.calls) expect(typeof fn).toBe("function");
  const config = readFileSync(join(__dirname, "..", "..", "webpack.config.cjs"), "utf8");
  expect(config).not.toContain("custom-functions-metadata-plugin");
});

test("an argument past the declared parameters (an invocation context) is not read as one", () => {
  expect(entry("MU")(10000, { address: "Sheet1!A1" })).toBe(15);
});

test("LAND.TIER with omitted optionals (null) uses the task pane's profile", () => {
  activeProfile = "zengcheng";
  const scores = Array.from({ length: 20 }, (_, i) => [i + 1]);
  expect(entry("TIER")(17, scores, null, null)).toBe("A");
});

test("no active profile: #N/A with the message telling what to do", () => {
  const e = thrown(() => entry("BUILDMONTHS")(100000, null));
  expect(e.code).toBe("#N/A");
  expect(e.message).toContain("任务窗格");
});

test("#VALUE! carries its message; #NUM! goes without one (Excel shows none), EXPLAIN shows it", () => {
  const v = thrown(() => entry("MU")("abc"));
  expect([v.code, v.message?.startsWith("square_metres：")]).toEqual(["#VALUE!", true]);
  const n = thrown(() => entry("MU")(-1));
  expect([n.code, n.message]).toEqual(["#NUM!", undefined]);
});

test("a spilled column keeps per-row errors as CustomFunctions.Error cells", () => {
  const out = entry("TIERS")([[1], [2], [3]], [[null], ["late"], [null]], "zengcheng") as unknown[][];
  expect(out[0]).toEqual(["C"]);
  expect(out[1]![0]).toBeInstanceOf(FakeError);
  expect((out[1]![0] as FakeError).code).toBe("#VALUE!");
});

test("an error value inside a range is read as that error", () => {
  const e = thrown(() => entry("SCORE")([[1, new FakeError("#DIV/0!")]], [[1, 1]], [[1, 1]]));
  expect(e.message).toContain("#DIV/0!");
});

test("LAND.EXPLAIN takes scalars as 1×1 ranges, as Excel passes them to a matrix parameter", () => {
  const table = entry("EXPLAIN")("BUILDMONTHS", [[150000]], [["wenzhou"]], null, null, null, null) as unknown[][];
  expect(table[1]).toEqual(["结果 result", 30, ""]);
});
