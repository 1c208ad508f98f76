// Journey-test harness for the workbench (workbench/README.md): builds it once per source state
// (shared by every test file of a run, and by the next run if nothing changed), serves it on a
// free loopback port, opens it in Debian's Chromium with the task pane at 350 px, and gives the
// journeys what an analyst does: type into a cell, read what a cell shows, click in the pane,
// take a screenshot. Every page error and console error in the page or the pane is collected;
// `close()` fails the journey if there was any.
//
//   const wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
//   await wb.typeInCell("Q2", "=LAND.MU(666.67)");
//   expect(await wb.cellText("Q2")).toBe("1.000005");
//   await wb.pane.getByRole("radio", { name: /温州/ }).check();
//   await wb.screenshot("mu");
//   await wb.close();
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from "playwright-core";

const ROOT = resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
/** Where every journey's screenshot goes (printed when a journey closes). */
export const SHOTS_DIR = process.env.LANDRULES_SHOTS ?? join(tmpdir(), "landrules-workbench-shots");
/** The task pane's width in Excel (the pane frame is this wide). */
export const PANE_WIDTH = 350;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveWorkbench } = require("../../scripts/workbench.cjs") as {
  serveWorkbench: (dir: string, options: { port: number }) => Promise<{ server: Server; url: string }>;
};

/** What goes into the build: the sources of the page and the pane, the configs, the lock file, the examples. */
const BUILD_INPUTS = ["workbench", "taskpane", "addin", "functions", "policies", "cli", "examples", "assets"];
const BUILD_FILES = ["webpack.config.cjs", "webpack.workbench.cjs", "scripts/workbench.cjs", "package-lock.json", "manifest.xml"];

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** A digest of every build input's path and bytes: the same digest, the same build. */
export function sourceDigest(): string {
  const files: string[] = [];
  for (const d of BUILD_INPUTS) walk(join(ROOT, d), files);
  for (const f of BUILD_FILES) if (existsSync(join(ROOT, f))) files.push(join(ROOT, f));
  const hash = createHash("sha256");
  for (const f of files.sort()) hash.update(relative(ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function runBuild(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/workbench.cjs"), "--build-only", "--out", outDir], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`workbench build failed (exit ${code}):\n${log}`))));
  });
}

/**
 * The built workbench folder for the current sources. The first test file to ask builds it
 * (a lock folder keeps the others waiting); later ones, and later runs, reuse it.
 */
export async function workbenchBuild(): Promise<string> {
  const digest = sourceDigest();
  const dir = join(tmpdir(), `landrules-workbench-${digest}`);
  const done = join(dir, ".built");
  const failed = `${dir}.failed`;
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(done)) return dir;
    // These sources did not build: say so at once rather than build them again for every test file.
    // (Within this run: a failure older than 20 minutes, from an earlier run, is tried again.)
    if (existsSync(failed)) {
      if (Date.now() - statSync(failed).mtimeMs < 20 * 60_000) throw new Error(readFileSync(failed, "utf8"));
      rmSync(failed, { force: true });
    }
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is building; a lock older than 15 minutes is left from a killed run.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      if (existsSync(done)) return dir;
      // Builds of other source states are stale: keep the folder small.
      for (const name of readdirSync(tmpdir()))
        if (/^landrules-workbench-[0-9a-f]{16}(\.failed)?$/.test(name) && !name.startsWith(`landrules-workbench-${digest}`) && !existsSync(join(tmpdir(), `${name}.lock`)))
          rmSync(join(tmpdir(), name), { recursive: true, force: true });
      try {
        await runBuild(dir);
      } catch (e) {
        writeFileSync(failed, e instanceof Error ? e.message : String(e));
        throw e;
      }
      writeFileSync(done, new Date().toISOString());
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Retries `assertion` until it passes (the workbench recalculates and repaints asynchronously),
 * rethrowing its last failure after `timeoutMs`. A wait for a state, not a speed goal.
 */
export async function eventually<T>(assertion: () => Promise<T> | T, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (e) {
      if (Date.now() > until) throw e;
      await sleep(200);
    }
  }
}

/** A sheet's used range as the workbook holds it (values as Excel's `values` gives them). */
export interface SheetValues {
  /** 0-based top-left of the used range. */
  row: number;
  column: number;
  values: (string | number | boolean)[][];
}

export interface CellView {
  /** What the cell shows. */
  text: string;
  /** The error code shown (#VALUE!, #N/A, …), if the cell is an error. */
  error: string | null;
  /** The message that goes with the error, or the cell's comment, as the grid shows it on hover. */
  title: string | null;
  fill: string | null;
  hasComment: boolean;
}

export interface Workbench {
  page: Page;
  /** The task pane's frame: use it as a page (getByRole, getByTestId, …). */
  pane: FrameLocator;
  url: string;
  /** Page errors and console errors so far, from the page and the pane. */
  errors: string[];
  /** Selects a cell or block (`B2`, `A1:C3`, `企业数据!B2`) through the name box. */
  select(address: string): Promise<void>;
  /** Types `text` into a cell as an analyst does (select, type, Enter). */
  typeInCell(address: string, text: string): Promise<void>;
  /** What a cell shows (its formatted value or error code). */
  cellText(address: string): Promise<string>;
  cell(address: string): Promise<CellView>;
  /** The error line under the formula bar for the selected cell ("#VALUE! message"), or "" when none. */
  errorLine(): Promise<string>;
  /** The sheet tabs, in order, and the active one. */
  sheetTabs(): Promise<string[]>;
  activeSheet(): Promise<string>;
  activateSheet(name: string): Promise<void>;
  /** The used range of a sheet, straight from the workbook (for counting what a job wrote); null when empty. */
  sheetValues(sheet: string): Promise<SheetValues | null>;
  /** Opens an .xlsx file from disk through the page's Open button, as an analyst does. */
  openFile(path: string): Promise<void>;
  /** Clicks the element in the pane with this role and accessible name. */
  clickInPane(role: Parameters<FrameLocator["getByRole"]>[0], name: string | RegExp): Promise<void>;
  /** Saves a screenshot of the whole window as <SHOTS_DIR>/<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /** Closes the browser and server; throws if any page or console error was seen. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** An examples/ workbook to open (enterprises-zengcheng.xlsx by default). */
  example?: string;
  viewport?: { width: number; height: number };
}

/** Builds (once), serves and opens the workbench; resolves when the grid and the task pane are up. */
export async function openWorkbench(options: OpenOptions = {}): Promise<Workbench> {
  const dir = await workbenchBuild();
  const { server, url } = await serveWorkbench(dir, { port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: "zh-CN", acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console.error (${m.location().url}): ${m.text()}`);
    });
    const address = `${url}${options.example ? `?example=${encodeURIComponent(options.example)}` : ""}`;
    await page.goto(address);
    await page.locator('[data-cell="A1"]').waitFor({ timeout: 60_000 });
    const pane = page.frameLocator('[data-testid="pane"]');
    await pane.locator("#root > *").first().waitFor({ timeout: 60_000 });
    const b = browser;
    return harness(page, pane, url, errors, async () => {
      await b.close();
      await new Promise((done) => server.close(done));
    });
  } catch (e) {
    await browser?.close();
    server.close();
    throw e;
  }
}

function harness(page: Page, pane: FrameLocator, url: string, errors: string[], shutdown: () => Promise<void>): Workbench {
  const nameBox = page.getByTestId("name-box");
  const formulaBar = page.getByTestId("formula-bar");
  const cellLocator = (address: string): Locator => page.locator(`[data-cell="${address.slice(address.lastIndexOf("!") + 1).toUpperCase()}"]`);

  const select = async (address: string) => {
    await nameBox.fill(address);
    await nameBox.press("Enter");
    await cellLocator(address.split(":")[0]!).waitFor();
  };

  /** Scrolls the cell into view (by selecting it) only when it is not rendered. */
  const shownCell = async (address: string): Promise<Locator> => {
    const cell = cellLocator(address);
    if (!(await cell.count())) await select(address);
    return cell;
  };

  const wb: Workbench = {
    page,
    pane,
    url,
    errors,
    select,
    async typeInCell(address, text) {
      await select(address);
      await formulaBar.fill(text);
      await formulaBar.press("Enter");
    },
    async cellText(address) {
      return (await (await shownCell(address)).textContent()) ?? "";
    },
    async cell(address) {
      const cell = await shownCell(address);
      const [text, error, title, fill, comment] = await Promise.all([
        cell.textContent(),
        cell.getAttribute("data-error"),
        cell.getAttribute("title"),
        cell.getAttribute("data-fill"),
        cell.getAttribute("data-comment"),
      ]);
      return { text: text ?? "", error, title, fill, hasComment: comment === "yes" };
    },
    async errorLine() {
      const line = page.getByTestId("cell-error");
      return (await line.isHidden()) ? "" : ((await line.textContent()) ?? "").trim();
    },
    async sheetTabs() {
      return page.getByTestId("sheet-tab").allTextContents();
    },
    async activeSheet() {
      return (await page.locator('[data-testid="sheet-tab"][aria-selected="true"]').textContent()) ?? "";
    },
    async activateSheet(name) {
      await page.getByTestId("sheet-tab").filter({ hasText: name }).first().click();
    },
    async sheetValues(sheet) {
      return page.evaluate((name) => {
        type Book = {
          sheet(k: string): { id: string } | undefined;
          usedRect(id: string, valuesOnly: boolean): { row: number; column: number; height: number; width: number } | null;
          values(id: string, r: object): (string | number | boolean)[][];
        };
        const book = (window as unknown as { landrulesWorkbench: { book(): Book } }).landrulesWorkbench.book();
        const s = book.sheet(name);
        if (!s) throw new Error(`no sheet named ${name}`);
        const r = book.usedRect(s.id, true);
        return r ? { row: r.row, column: r.column, values: book.values(s.id, r) } : null;
      }, sheet);
    },
    async openFile(path) {
      const name = path.slice(path.lastIndexOf("/") + 1);
      await page.getByTestId("open-file").setInputFiles(path);
      await page.getByTestId("file-name").filter({ hasText: name }).waitFor();
      await page.locator('[data-cell="A1"]').waitFor();
      await pane.locator("#root > *").first().waitFor({ timeout: 60_000 });
    },
    async clickInPane(role, name) {
      await pane.getByRole(role, { name }).first().click();
    },
    async screenshot(name) {
      mkdirSync(SHOTS_DIR, { recursive: true });
      const path = join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await shutdown();
      console.log(`workbench screenshots in ${SHOTS_DIR}`);
      if (errors.length) throw new Error(`errors in the workbench page or pane:\n${errors.join("\n")}`);
    },
  };
  return wb;
}
