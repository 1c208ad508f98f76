// recalc without --profile uses the profile the task pane saved in the workbook: Office keeps
// document settings in xl/webextensions/webextensionN.xml as JSON-valued <we:property> items.
import JSZip from "jszip"; // exceljs's own zip library, used here only to build a test file
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { savedAddinSettings } from "../../cli/addin-settings";
import { AS_OF, cached, cli, open, scratch } from "./helpers";

const WEBEXTENSION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}">
<we:reference id="landrules" version="0.1.0" store="developer" storeType="Registry"/>
<we:properties><we:property name="landrules.activeProfile" value="&quot;wenzhou&quot;"/><we:property name="other" value="not json"/></we:properties>
</we:webextension>`;

async function workbookWithSetting(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = { formula: "LAND.BUILDMONTHS(150000)" } as ExcelJS.CellFormulaValue;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file("xl/webextensions/webextension1.xml", WEBEXTENSION);
  const path = join(scratch(), "with-setting.xlsx");
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

test("the saved settings are read: JSON values decoded, non-JSON ignored", async () => {
  expect(savedAddinSettings(readFileSync(await workbookWithSetting()))).toEqual({ "landrules.activeProfile": "wenzhou" });
});

test("no settings, or not a zip: {}", () => {
  expect(savedAddinSettings(Buffer.from("not a zip"))).toEqual({});
});

test("WZ-BUILD 三(三)6 with the saved profile: LAND.BUILDMONTHS(150000) → 30 months (10～20 亿元)", async () => {
  const input = await workbookWithSetting();
  const out = join(scratch(), "out.xlsx");
  const ran = await cli("recalc", input, "--as-of", AS_OF, "--out", out);
  expect(ran.code).toBe(0);
  expect(ran.out.join("\n")).toContain("wenzhou");
  expect(cached((await open(out)).getWorksheet("S")!.getCell("A1"))).toBe(30);
});
