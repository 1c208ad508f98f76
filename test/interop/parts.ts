// Comparing every part of an input workbook with the CLI's copy of it (issue 9 "Write only what
// is ours"), and making the interop workbooks with the programs that write them. Shared by the
// interop tests. Needs /usr/bin/python3 with python3-openpyxl and soffice (.ci/run installs both).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";

export const entries = (path: string): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(path)));
export const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
export const textOf = (files: Record<string, Uint8Array>, name: string): string => new TextDecoder().decode(files[name] ?? new Uint8Array());

// What adding a sheet must touch: the workbook and its relationships, the content types, styles,
// and the custom properties (ours added to the analyst's).
export const ADDING = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/app.xml", "docProps/core.xml", "docProps/custom.xml"];

/** The input's parts the output does not hold byte for byte (absent ones included). */
export function changedParts(input: string, output: string): string[] {
  const before = entries(input);
  const after = entries(output);
  return Object.keys(before).filter((name) => after[name] === undefined || !same(before[name]!, after[name]!));
}

/**
 * Every part of the input is in the output; those outside ADDING and `touched` byte for byte.
 * In the parts an addition touches, each of the analyst's custom properties and defined names is
 * still there as written.
 */
export function expectKept(input: string, output: string, touched: readonly RegExp[]): void {
  const before = entries(input);
  const after = entries(output);
  expect(Object.keys(before).filter((name) => after[name] === undefined)).toEqual([]);
  const unexpected = changedParts(input, output).filter((n) => !ADDING.includes(n) && !touched.some((t) => t.test(n)));
  expect(unexpected).toEqual([]);
  const kept = (part: string, element: RegExp) => {
    const theirs = textOf(before, part).match(element) ?? [];
    const ours = textOf(after, part);
    expect(theirs.filter((e) => !ours.includes(e))).toEqual([]);
    return theirs.length;
  };
  kept("docProps/custom.xml", /<property\b[^>]*>[\s\S]*?<\/property>/g);
  kept("xl/workbook.xml", /<definedName\b[^>]*>[^<]*<\/definedName>/g);
  expectStylesAppended(textOf(before, "xl/styles.xml"), textOf(after, "xl/styles.xml"));
}

// The collections of styles.xml whose entries cells and formats refer to by index (ECMA-376 §18.8).
const STYLE_LISTS: [string, string][] = [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellStyleXfs", "xf"], ["cellXfs", "xf"], ["cellStyles", "cellStyle"], ["dxfs", "dxf"]];

/** Ours only appended to the styles: each list's entries of the input come first in the output, as written, so every index the analyst's cells, conditional formats and tables use still means the same. */
export function expectStylesAppended(before: string, after: string): void {
  const items = (xml: string, list: string, item: string) => {
    const block = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(xml)?.[1] ?? "";
    return block.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
  };
  for (const [list, item] of STYLE_LISTS) {
    const theirs = items(before, list, item);
    expect([list, items(after, list, item).slice(0, theirs.length)]).toEqual([list, theirs]);
  }
}

/** The part of the sheet named, through the workbook and its relationships (openpyxl writes absolute targets, others relative). */
export function sheetPart(parts: Record<string, Uint8Array>, name: string): string {
  const tag = [...textOf(parts, "xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  const rid = /\br:id="([^"]+)"/.exec(tag ?? "")?.[1];
  const rel = [...textOf(parts, "xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`Id="${rid}"`));
  const target = /\bTarget="([^"]+)"/.exec(rel ?? "")?.[1];
  if (!target) throw new Error(`no sheet named ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A part's relationships part (xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels). */
export const relsOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** The XML parts (xml, rels, vml) that do not parse, namespaces checked (an undeclared prefix is an error), each with why. */
export function malformedParts(path: string): string[] {
  const bad: string[] = [];
  for (const [name, data] of Object.entries(entries(path))) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    let error: string | undefined;
    parser.on("error", (e) => (error ??= e.message));
    parser.write(new TextDecoder().decode(data)).close();
    if (error) bad.push(`${name}: ${error}`);
  }
  return bad;
}

/** The sheet XML with every formula cell's cached value and its type taken out: what recalc may change. */
export function withoutCachedValues(xml: string): string {
  return xml.replace(/<c\b([^>]*)>(<f\b[^>]*(?:\/>|>[^<]*<\/f>))(?:<v>[^<]*<\/v>|<v\/>)?<\/c>/g, (_, attrs: string, f: string) => `<c${attrs.replace(/\st="[^"]*"/, "")}>${f}</c>`);
}

/** Runs one of the interop scripts (Debian's python3, which has openpyxl) with its arguments. */
export function python(script: string, ...args: string[]): void {
  execFileSync("/usr/bin/python3", [join(__dirname, script), ...args], { stdio: "pipe" });
}

/** What openpyxl reads back (test/interop/recalc_values.py), as another program would: per sheet its comments, validations and merges. */
export interface ReadBack {
  sheets: Record<string, { comments: Record<string, string>; validations: string[]; merged: string[] }>;
  names: string[];
}
export const readBack = (path: string): ReadBack => JSON.parse(execFileSync("/usr/bin/python3", [join(__dirname, "recalc_values.py"), path], { encoding: "utf8" })) as ReadBack;

/** LibreOffice's re-save of `file` into `dir` (a private profile: never the user's, and two runs at once share no lock). */
export function libreOfficeResave(file: string, dir: string, filter = "xlsx"): string {
  const out = join(dir, "lo");
  mkdirSync(out, { recursive: true });
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", filter, "--outdir", out, file], { stdio: "pipe", timeout: 120_000 });
  const saved = join(out, basename(file).replace(/\.\w+$/, `.${filter.split(":")[0]}`));
  if (!existsSync(saved)) throw new Error("LibreOffice wrote no file");
  return saved;
}
