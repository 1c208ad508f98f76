// scripts/start-excel.cjs: where Excel is looked for, and the manual sideload steps it prints.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findExcel, sideloadSteps } = require("../../scripts/start-excel.cjs") as {
  findExcel(platform: string, env: Record<string, string | undefined>, exists: (p: string) => boolean): string | null;
  sideloadSteps(platform: string, manifest: string, home: string): string[];
};

describe("findExcel", () => {
  test("Windows: Microsoft 365 Excel under Program Files (x86 too)", () => {
    const env = { ProgramFiles: "C:\\Program Files", "ProgramFiles(x86)": "C:\\Program Files (x86)" };
    const x86 = "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE";
    expect(findExcel("win32", env, (p) => p === x86)).toBe(x86);
    expect(findExcel("win32", env, () => false)).toBeNull();
  });

  test("macOS: the Excel application bundle", () => {
    expect(findExcel("darwin", {}, (p) => p === "/Applications/Microsoft Excel.app")).toBe("/Applications/Microsoft Excel.app");
  });

  test("Linux has no desktop Excel, whatever exists on disk", () => {
    expect(findExcel("linux", {}, () => true)).toBeNull();
  });
});

describe("sideloadSteps", () => {
  test("macOS: copy the manifest into Excel's wef folder, then Developer Add-ins", () => {
    const steps = sideloadSteps("darwin", "/src/landrules/manifest.xml", "/Users/ana").join("\n");
    expect(steps).toContain('cp "/src/landrules/manifest.xml" "/Users/ana/Library/Containers/com.microsoft.Excel/Data/Documents/wef/"');
    expect(steps).toContain("Developer Add-ins");
  });

  test("Windows: a shared-folder catalogue in the Trust Center", () => {
    const steps = sideloadSteps("win32", "C:\\src\\landrules\\manifest.xml", "C:\\Users\\ana").join("\n");
    expect(steps).toContain("C:\\src\\landrules");
    expect(steps).toMatch(/受信任的加载项目录[\s\S]*Trusted Add-in Catalogs/);
  });

  test("Linux: upload the manifest in Excel on the web; every step numbered, Chinese before English", () => {
    const steps = sideloadSteps("linux", "/work/manifest.xml", "/home/ana");
    expect(steps.join("\n")).toContain("Upload My Add-in ▸ choose /work/manifest.xml");
    steps.forEach((s, i) => {
      expect(s.startsWith(`${i + 1}. `)).toBe(true);
      expect(s.search(/[\u4e00-\u9fff]/)).toBeLessThan(s.search(/[A-Za-z]{4}/));
    });
  });
});
