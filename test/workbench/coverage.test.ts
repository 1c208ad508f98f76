// Every member of the Office JavaScript API that addin/ and taskpane/ touch is one the Excel
// stand-in has. The TypeScript checker finds them (each property access whose declaration is in
// @types/office-js), so a call added tomorrow fails here, by name, before a journey trips on it.
import { join, resolve, sep } from "node:path";
import ts from "typescript";
import { installOffice } from "../../workbench/excel/office";
import { StandInRequestContext } from "../../workbench/excel/workbook";
import { WorkbenchWorkbook } from "../../workbench/model/workbook";

jest.setTimeout(300_000);

const ROOT = resolve(__dirname, "../..");
const OFFICE_TYPES = `${sep}@types${sep}office-js${sep}`;

/** The declaration's enclosing namespaces, classes, interfaces and enums: "Excel.Range", "Office.AsyncResultStatus". */
function containerOf(decl: ts.Declaration): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent)
    if ((ts.isModuleDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isEnumDeclaration(n)) && n.name && ts.isIdentifier(n.name)) names.unshift(n.name.text);
  // A member of an inline object type (what Office.onReady resolves with): "Office.<literal>".
  if (ts.isTypeLiteralNode(decl.parent)) names.push("<literal>");
  return names.join(".");
}

/** "Container.member" for each Office API member used in these folders. */
function officeMembersUsed(folders: string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent({ ...config, include: folders }, ts.sys, ROOT);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, string[]>();
  for (const file of program.getSourceFiles()) {
    if (!folders.some((f) => file.fileName.startsWith(join(ROOT, f) + sep) || file.fileName.startsWith(`${ROOT}/${f}/`))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.[0];
        if (decl && decl.getSourceFile().fileName.replace(/\//g, sep).includes(OFFICE_TYPES)) {
          const key = `${containerOf(decl)}.${node.name.text}`;
          const where = `${file.fileName.slice(ROOT.length + 1)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          used.set(key, [...(used.get(key) ?? []), where]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

/** The stand-in's object for each Office API container, to ask whether it has a member. */
function standIns(): Record<string, object> {
  const book = new WorkbenchWorkbook([{ name: "S", contents: [["x"]] }]);
  const globals: Record<string, unknown> = {};
  installOffice(book, globals);
  const context = new StandInRequestContext(book);
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItem("S");
  const range = sheet.getRange("A1");
  const office = globals.Office as { context: { document: { settings: object; [k: string]: unknown }; requirements: object; [k: string]: unknown }; addin: object };
  const eventHandlers = workbook.onSelectionChanged;
  const comment = workbook.comments.getItem("c") as unknown as Excel.Comment;
  return {
    "Excel.RequestContext": context,
    "Excel.Workbook": workbook,
    "Excel.WorksheetCollection": workbook.worksheets,
    "Excel.Worksheet": sheet,
    "Excel.Range": range,
    "Excel.RangeFormat": range.format,
    "Excel.RangeFill": range.format.fill,
    "Excel.RangeFont": range.format.font,
    "Excel.WorksheetFreezePanes": sheet.freezePanes,
    "Excel.AutoFilter": sheet.autoFilter,
    "Excel.WorksheetCustomPropertyCollection": sheet.customProperties,
    "Excel.WorksheetCustomProperty": sheet.customProperties.getItem("k"),
    "Excel.CommentCollection": workbook.comments,
    "Excel.Comment": comment,
    "Excel.CommentReplyCollection": comment.replies,
    "Excel.CommentReply": comment.replies.getItem("r"),
    "Excel.Application": workbook.application,

    "OfficeExtension.EventHandlers": eventHandlers,
    "OfficeExtension.EventHandlerResult": eventHandlers.add(() => undefined),
    "OfficeExtension.ClientObject": range,
    "OfficeExtension.ClientRequestContext": context,

    "Office.Context": office.context,
    "Office.Document": office.context.document,
    "Office.Settings": office.context.document.settings,
    "Office.RequirementSetSupport": office.context.requirements,
    "Office.Addin": office.addin,
    // What Office.onReady resolves with.
    "Office.<literal>": { host: 1, platform: 1 },
    "Office.AsyncResult": { status: 1, value: 1, error: 1, asyncContext: 1 },
    "Office.Error": { code: 1, message: 1, name: 1 },
    "Office.VisibilityModeChangedMessage": { visibilityMode: 1 },
    "Excel.SelectionChangedEventArgs": { type: 1, workbook: 1 },
    "Excel.WorksheetSelectionChangedEventArgs": { type: 1, source: 1, worksheetId: 1, address: 1 },

    "CustomFunctions.Error": new (globals.CustomFunctions as { Error: new (c: string, m?: string) => object }).Error("#VALUE!", "m"),
  };
}

/** Namespace members, enums and their values (Excel.run, Office.HostType.Excel, …), read off the stand-in's globals. */
function globalPath(globals: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((o, part) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[part] : undefined), globals);
}

test("the stand-in has every Office API member addin/ and taskpane/ use", () => {
  const used = officeMembersUsed(["addin", "taskpane"]);
  expect(used.size).toBeGreaterThan(30); // the probe sees the add-in's calls
  const objects = standIns();
  const globals: Record<string, unknown> = {};
  installOffice(new WorkbenchWorkbook([]), globals);
  const missing: string[] = [];
  for (const [key, where] of used) {
    const dot = key.lastIndexOf(".");
    const container = key.slice(0, dot);
    const member = key.slice(dot + 1);
    const object = objects[container];
    const present = object ? member in object : globalPath(globals, key) !== undefined;
    if (!present) missing.push(`${key} (${where.slice(0, 3).join(", ")})`);
  }
  expect(missing).toEqual([]);
});
