import { readZipEntries } from "./zip";

// Office saves an add-in's document settings (Office.context.document.settings) inside the
// workbook, in xl/webextensions/webextensionN.xml, as
// <we:property name="landrules.activeProfile" value="&quot;zengcheng&quot;"/> (JSON values).
// The task pane keeps the active profile there (addin/activeProfile.ts).

export const ACTIVE_PROFILE_SETTING = "landrules.activeProfile";

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The add-in settings saved in an .xlsx; {} when there are none or the parts cannot be read. */
export function savedAddinSettings(xlsx: Buffer): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  let parts: Map<string, Buffer>;
  try {
    parts = readZipEntries(xlsx, (name) => /^xl\/webextensions\/webextension\d*\.xml$/.test(name));
  } catch {
    return settings;
  }
  for (const xml of parts.values())
    for (const m of xml.toString("utf8").matchAll(/<we:property\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g)) {
      try {
        settings[unescapeXml(m[1]!)] = JSON.parse(unescapeXml(m[2]!));
      } catch {
        // A value that is not JSON is not one of ours.
      }
    }
  return settings;
}
