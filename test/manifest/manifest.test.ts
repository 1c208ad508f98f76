// manifest.xml checked offline (office-addin-manifest validate needs the internet): the parsed
// XML against the add-in-only manifest rules the add-in depends on — shared runtime, LAND
// namespace, every resid defined, URLs served by the build, zh-CN overrides.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// xml2js ships with office-addin-manifest (a devDependency), which reads manifests with it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require("xml2js") as { parseStringPromise(xml: string, options: object): Promise<Record<string, XmlNode>> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.cjs") as ((env: object, argv: object) => { entry: Record<string, string> }) & {
  OUTPUT_FILES: Record<string, string>;
  DEV_ORIGIN: string;
};

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: XmlNode[];
}

const ROOT = resolve(__dirname, "../..");
let app: XmlNode;

beforeAll(async () => {
  const parsed = await parseStringPromise(readFileSync(join(ROOT, "manifest.xml"), "utf8"), { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false });
  app = parsed.OfficeApp!;
});

const kids = (node: XmlNode, name?: string) => (node.$$ ?? []).filter((c) => name === undefined || c["#name"] === name);
function only(node: XmlNode, name: string): XmlNode {
  const found = kids(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node["#name"]}>, found ${found.length}`);
  return found[0]!;
}
const path = (node: XmlNode, ...names: string[]) => names.reduce(only, node);
const text = (node: XmlNode) => (node._ ?? "").trim();
const attr = (node: XmlNode, name: string) => node.$?.[name];
function all(node: XmlNode): XmlNode[] {
  return [node, ...kids(node).flatMap(all)];
}

const workbookHost = () => only(path(app, "VersionOverrides", "Hosts"), "Host");
function resources() {
  const res = path(app, "VersionOverrides", "Resources");
  const table = (group: string, item: string) =>
    new Map(kids(only(res, group), item).map((n) => [attr(n, "id")!, n] as const));
  return {
    images: table("bt:Images", "bt:Image"),
    urls: table("bt:Urls", "bt:Url"),
    short: table("bt:ShortStrings", "bt:String"),
    long: table("bt:LongStrings", "bt:String"),
  };
}
const zhCN = (node: XmlNode) => kids(node).find((k) => /^(bt:)?Override$/.test(k["#name"]) && attr(k, "Locale") === "zh-CN");
const CHINESE = /[\u4e00-\u9fff]/;

test("a task pane add-in for Excel workbooks, with a GUID id and a four-part version", () => {
  expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
  expect(attr(app, "xmlns")).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  expect(text(only(app, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(text(only(app, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(kids(only(app, "Hosts"), "Host").map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
  expect(text(only(app, "Permissions"))).toBe("ReadWriteDocument");
  expect(attr(workbookHost(), "xsi:type")).toBe("Workbook");
});

test("top-level elements in the order the schema requires", () => {
  const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
  expect(kids(app).map((k) => k["#name"])).toEqual(order);
});

test("display name and description in English with zh-CN overrides in Chinese, within the length limits", () => {
  expect(text(only(app, "DefaultLocale"))).toBe("en-US");
  for (const [element, limit] of [["DisplayName", 125], ["Description", 250]] as const) {
    const node = only(app, element);
    const zh = zhCN(node);
    expect(attr(zh!, "Value")).toMatch(CHINESE);
    expect(attr(node, "DefaultValue")!.length).toBeLessThanOrEqual(limit);
    expect(attr(zh!, "Value")!.length).toBeLessThanOrEqual(limit);
  }
});

test("shared runtime: SharedRuntime 1.1 required; <Runtimes> first in the host, long-lived, same page as the functions and task pane", () => {
  const sets = kids(path(app, "Requirements", "Sets"), "Set").map((s) => `${attr(s, "Name")} ${attr(s, "MinVersion")}`);
  expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  const host = workbookHost();
  expect(kids(host)[0]!["#name"]).toBe("Runtimes");
  const runtime = path(host, "Runtimes", "Runtime");
  expect(attr(runtime, "lifetime")).toBe("long");
  const page = attr(runtime, "resid");
  const functions = only(only(host, "AllFormFactors"), "ExtensionPoint");
  expect(attr(path(functions, "Page", "SourceLocation"), "resid")).toBe(page);
  expect(attr(only(only(host, "DesktopFormFactor"), "FunctionFile"), "resid")).toBe(page);
  const button = all(host).find((n) => n["#name"] === "Action" && attr(n, "xsi:type") === "ShowTaskpane")!;
  expect(attr(only(button, "SourceLocation"), "resid")).toBe(page);
  expect(text(only(button, "TaskpaneId"))).not.toBe("");
});

test("custom functions: namespace LAND, script, page and metadata", () => {
  const functions = only(only(workbookHost(), "AllFormFactors"), "ExtensionPoint");
  expect(attr(functions, "xsi:type")).toBe("CustomFunctions");
  const { short, urls } = resources();
  expect(attr(short.get(attr(only(functions, "Namespace"), "resid")!)!, "DefaultValue")).toBe("LAND");
  expect(attr(urls.get(attr(path(functions, "Script", "SourceLocation"), "resid")!)!, "DefaultValue")).toBe(`${webpackConfig.DEV_ORIGIN}/${webpackConfig.OUTPUT_FILES.functionsScript}`);
  const metadata = urls.get(attr(path(functions, "Metadata", "SourceLocation"), "resid")!)!;
  expect(attr(metadata, "DefaultValue")).toBe(`${webpackConfig.DEV_ORIGIN}/${webpackConfig.OUTPUT_FILES.metadata}`);
  expect(attr(zhCN(metadata)!, "Value")).toBe(`${webpackConfig.DEV_ORIGIN}/${webpackConfig.OUTPUT_FILES.metadataZhCN}`);
});

test("the task pane button sits on the Home tab", () => {
  const surface = all(workbookHost()).find((n) => n["#name"] === "ExtensionPoint" && attr(n, "xsi:type") === "PrimaryCommandSurface")!;
  const tab = only(surface, "OfficeTab");
  expect(attr(tab, "id")).toBe("TabHome");
  expect(kids(only(tab, "Group"), "Control").map((c) => attr(c, "xsi:type"))).toEqual(["Button"]);
});

test("every resid is defined once in Resources, ids are at most 32 characters, strings within limits and translated", () => {
  const { images, urls, short, long } = resources();
  const defined = [...images.keys(), ...urls.keys(), ...short.keys(), ...long.keys()];
  expect(new Set(defined).size).toBe(defined.length);
  const used = all(path(app, "VersionOverrides", "Hosts")).map((n) => attr(n, "resid")).filter((r): r is string => r !== undefined);
  expect(used.filter((r) => !defined.includes(r))).toEqual([]);
  for (const id of [...defined, ...used]) expect(id.length).toBeLessThanOrEqual(32);
  for (const [strings, limit] of [[short, 125], [long, 250]] as const)
    for (const [id, node] of strings) {
      expect(attr(node, "DefaultValue")!.length).toBeLessThanOrEqual(limit);
      if (id !== "Functions.Namespace") expect(attr(zhCN(node)!, "Value")).toMatch(CHINESE);
    }
});

test("every URL is on the dev origin and names a file the build emits", () => {
  const emitted = new Set([
    ...Object.keys(webpackConfig({}, { mode: "production" }).entry).map((name) => `${name}.js`),
    ...Object.values(webpackConfig.OUTPUT_FILES),
  ]);
  const urls = all(app).flatMap((n) => [attr(n, "DefaultValue"), kids(n).flatMap((k) => attr(k, "Value") ?? [])].flat()).filter((v): v is string => !!v && /^https?:/.test(v));
  urls.push(...kids(only(app, "AppDomains"), "AppDomain").map(text));
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    expect(url.startsWith(webpackConfig.DEV_ORIGIN)).toBe(true);
    const file = url.slice(webpackConfig.DEV_ORIGIN.length + 1);
    if (file === "") continue;
    if (file.startsWith("assets/")) expect(existsSync(join(ROOT, file))).toBe(true);
    else expect(emitted).toContain(file);
  }
});
