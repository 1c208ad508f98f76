// Builds the add-in bundles as shipped (production mode; minification off to keep it quick),
// checks what went into them, then opens the task pane in a real Chromium with Office absent:
// it must run standalone on the in-memory store, in Chinese first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.cjs") as ((env: object, argv: object) => webpack.Configuration) & {
  NoHyperFormulaPlugin: new () => webpack.WebpackPluginInstance;
};

const ROOT = resolve(__dirname, "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

jest.setTimeout(600_000);

function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((done, fail) => webpack(config, (err, stats) => (err || !stats ? fail(err) : done(stats))));
}

/** Every module resource that went into the build (concatenated modules included). */
function bundledResources(stats: webpack.Stats): string[] {
  return [...stats.compilation.modules].map((m) => (m as webpack.NormalModule).resource ?? "").filter(Boolean);
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".map": "application/json" };

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const file = resolve(dir, "." + decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      done({ server, base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
    }),
  );
}

describe("the add-in bundles", () => {
  const outDir = mkdtempSync(join(tmpdir(), "landrules-build-"));
  let stats: webpack.Stats;

  beforeAll(async () => {
    stats = await compile(makeConfig({ outDir, noMinify: true, officeJs: "loader" }, { mode: "production" }));
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  });

  // The build (office.js included) is large; the screenshots are kept for a person to look at.
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test("no HyperFormula module (GPL, CLI only) is in the task pane or functions bundle", () => {
    const resources = bundledResources(stats);
    expect(resources.some((r) => r.includes(`${sep}decimal.js${sep}`))).toBe(true); // the listing is real
    expect(resources.some((r) => r.startsWith(join(ROOT, "functions") + sep))).toBe(true);
    expect(resources.filter((r) => r.includes(`${sep}hyperformula${sep}`))).toEqual([]);
  });

  test("the guard fails a build that pulls HyperFormula in", async () => {
    const probeDir = mkdtempSync(join(tmpdir(), "landrules-probe-"));
    writeFileSync(join(probeDir, "probe.js"), 'import { HyperFormula } from "hyperformula";\nconsole.log(HyperFormula.version);\n');
    const probe = await compile({
      mode: "development",
      devtool: false,
      entry: join(probeDir, "probe.js"),
      output: { path: join(probeDir, "out") },
      resolve: { modules: [join(ROOT, "node_modules")] },
      plugins: [new makeConfig.NoHyperFormulaPlugin()],
    });
    rmSync(probeDir, { recursive: true, force: true });
    expect(probe.toString({ all: false, errors: true })).toMatch(/HyperFormula must not be bundled/);
  });

  test("shared runtime: one page loads Office.js, then the functions, then the task pane", () => {
    const html = readFileSync(join(outDir, "taskpane.html"), "utf8");
    const order = ["office-js/office.js", "functions.js", "taskpane.js"].map((s) => html.indexOf(`src=${s}`) >= 0 ? html.indexOf(`src=${s}`) : html.indexOf(`src="${s}"`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("functions.json and functions.zh-CN.json describe the same functions, TIER among them", () => {
    const en = JSON.parse(readFileSync(join(outDir, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const zh = JSON.parse(readFileSync(join(outDir, "functions.zh-CN.json"), "utf8")) as { functions: { id: string; name: string }[] };
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(en.functions.map((f) => f.id)).toEqual(expect.arrayContaining(["TIER", "TIERS", "IDLEFEE", "MU"]));
    expect(zh.functions.every((f) => /[\u4e00-\u9fff]/.test(f.name))).toBe(true);
  });

  describe("task pane in Chromium, Office absent", () => {
    let browser: Browser;
    let server: Server;
    let page: Page;
    const pageErrors: string[] = [];
    const shots = mkdtempSync(join(tmpdir(), "landrules-shots-"));

    beforeAll(async () => {
      const served = await serve(outDir);
      server = served.server;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 380, height: 1100 }, locale: "zh-CN" });
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${served.base}/taskpane.html`);
      await page.getByRole("heading", { name: /产业用地政策规则/ }).waitFor({ timeout: 30_000 });
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((done) => server?.close(done));
      console.log(`task pane screenshots in ${shots}`);
    });

    test("runs standalone on the in-memory store and asks for a profile first (Chinese first)", async () => {
      await expect(page.getByTestId("standalone").textContent()).resolves.toMatch(/^未连接 Excel.*Not in Excel/);
      await expect(page.getByTestId("no-active-profile").textContent()).resolves.toMatch(/^尚未选择配置/);
      const choices = await page.getByRole("radio").count();
      expect(choices).toBe(5);
    });

    test("温州 (温政办〔2020〕53号, in force 2020-07-01 to 2025-06-30) shows as expired, with a visible warning", async () => {
      await page.getByRole("radio", { name: /温州/ }).check();
      const card = page.getByTestId("active-profile");
      await card.getByText("温政办〔2020〕53号", { exact: true }).waitFor();
      await expect(card.textContent()).resolves.toContain("2020-07-01 至 2025-06-30");
      const warning = page.getByTestId("status-warning");
      expect(await warning.isVisible()).toBe(true);
      await expect(warning.textContent()).resolves.toMatch(/已失效.*Expired.*已于 2025-06-30 失效/);
      await expect(page.getByTestId("card-status-wenzhou").textContent()).resolves.toBe("已失效 · Expired");
      await expect(page.getByTestId("rule-totals").textContent()).resolves.toMatch(/^共 \d+ 条规则，取值 \d+ 项有原文依据、\d+ 项为假设/);
      await page.screenshot({ path: join(shots, "wenzhou-expired.png"), fullPage: true });
    });

    test("switching to 增城 shows the draft warning (征求意见稿, no 文号)", async () => {
      await page.getByRole("radio", { name: /增城/ }).check();
      const card = page.getByTestId("active-profile");
      await card.getByText("增城区推进存量工业用地高质量利用实施办法（征求意见稿）", { exact: true }).waitFor();
      await expect(page.getByTestId("status-warning").textContent()).resolves.toMatch(/征求意见稿.*Draft.*为征求意见稿，非正式施行文本/);
      await expect(card.textContent()).resolves.toContain("无（征求意见稿）");
      expect(await page.getByRole("radio", { name: /增城/ }).isChecked()).toBe(true);
      await page.screenshot({ path: join(shots, "zengcheng-draft.png"), fullPage: true });
    });

    test("outside Excel the tier and check jobs are disabled and say why, in Chinese first", async () => {
      for (const id of ["tier-not-ready", "check-not-ready"])
        await expect(page.getByTestId(id).textContent()).resolves.toBe("需要在 Excel 中打开本任务窗格open this task pane in Excel");
      expect(await page.getByRole("button", { name: /生成 · Generate/ }).isDisabled()).toBe(true);
      expect(await page.getByRole("button", { name: /检查 · Check/ }).isDisabled()).toBe(true);
      await page.screenshot({ path: join(shots, "jobs-outside-excel.png"), fullPage: true });
    });

    test("no uncaught errors in the page", () => {
      expect(pageErrors).toEqual([]);
    });
  });
});
