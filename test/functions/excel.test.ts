// The Excel entry as Excel's custom-functions runtime calls it: omitted arguments arrive as null,
// ranges as 2-D arrays, errors leave as CustomFunctions.Error. Registration is the webpack
// custom-functions-metadata-plugin's alone: it is reproduced here from the plugin's own loader.
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { ENTRY_FILE } from "../../functions/build-zh-CN";
import { FUNCTIONS } from "../../functions/descriptors";
import { entryName } from "../../functions/render";

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
const entry = require("../../functions/functions") as Record<string, (...args: unknown[]) => unknown>;

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

type Loader = (this: { getOptions(): { input: string; file: string } }, source: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pluginLoader = require("custom-functions-metadata-plugin/lib/loader.js") as Loader;

/** What the plugin appends to functions.ts in the bundle: its loader run on the entry's source, as webpack.config.cjs sets it up. */
async function pluginAssociations(source: string): Promise<string> {
  const input = "./functions/functions.ts";
  const plugin = CustomFunctionsMetadataPlugin as unknown as { generateResults: Record<string, unknown> };
  plugin.generateResults[input] = await generateCustomFunctionsMetadata(ENTRY_FILE);
  return pluginLoader.call({ getOptions: () => ({ input, file: ENTRY_FILE }) }, source).slice(source.length);
}

test("one registration path: the entry associates nothing; the plugin associates each function once with its entry function", async () => {
  const source = readFileSync(ENTRY_FILE, "utf8");
  expect(source).not.toMatch(/CustomFunctions\.associate\("/);
  expect(associate).not.toHaveBeenCalled();
  const appended = await pluginAssociations(source);
  const names = Object.keys(entry);
  new Function("CustomFunctions", ...names, appended)({ associate }, ...names.map((n) => entry[n]));
  expect(associate.mock.calls.map(([id]) => id)).toEqual(FUNCTIONS.map((f) => f.id));
  for (const [id, fn] of associate.mock.calls) expect(fn).toBe(entry[entryName(id as string)]);
}, 60_000);

test("LAND.TIER with omitted optionals (null) uses the task pane's profile", () => {
  activeProfile = "zengcheng";
  const scores = Array.from({ length: 20 }, (_, i) => [i + 1]);
  expect(entry.landTier!(17, scores, null, null)).toBe("A");
});

test("no active profile: #N/A with the message telling what to do", () => {
  const e = thrown(() => entry.landBuildmonths!(100000, null));
  expect(e.code).toBe("#N/A");
  expect(e.message).toContain("任务窗格");
});

test("#VALUE! carries its message; #NUM! goes without one (Excel shows none), EXPLAIN shows it", () => {
  const v = thrown(() => entry.landMu!("abc"));
  expect([v.code, v.message?.startsWith("square_metres：")]).toEqual(["#VALUE!", true]);
  const n = thrown(() => entry.landMu!(-1));
  expect([n.code, n.message]).toEqual(["#NUM!", undefined]);
});

test("a spilled column keeps per-row errors as CustomFunctions.Error cells", () => {
  const out = entry.landTiers!([[1], [2], [3]], [[null], ["late"], [null]], "zengcheng") as unknown[][];
  expect(out[0]).toEqual(["C"]);
  expect(out[1]![0]).toBeInstanceOf(FakeError);
  expect((out[1]![0] as FakeError).code).toBe("#VALUE!");
});

test("an error value inside a range is read as that error", () => {
  const e = thrown(() => entry.landScore!([[1, new FakeError("#DIV/0!")]], [[1, 1]], [[1, 1]]));
  expect(e.message).toContain("#DIV/0!");
});

test("LAND.EXPLAIN takes scalars as 1×1 ranges, as Excel passes them to a matrix parameter", () => {
  const table = entry.landExplain!("BUILDMONTHS", [[150000]], [["wenzhou"]], null, null, null, null) as unknown[][];
  expect(table[1]).toEqual(["结果 result", 30, ""]);
});
