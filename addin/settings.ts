// Workbook-scoped settings: Office.context.document.settings inside Office (they are saved in
// the file, so a choice travels with the workbook), an in-memory map anywhere else (tests,
// the task pane opened in a plain browser).

/** The settings object of the open workbook, or null outside Office (or before Office.onReady). */
export function officeSettings(): Office.Settings | null {
  if (typeof Office === "undefined") return null;
  try {
    return Office.context?.document?.settings ?? null;
  } catch {
    return null;
  }
}

/** Whether the Excel JavaScript API at `version` is available (false outside Excel). */
export function excelApiSupported(version: string): boolean {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return false;
  try {
    return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}

const memory = new Map<string, unknown>();

export function readSetting(key: string): unknown {
  const settings = officeSettings();
  if (!settings) return memory.has(key) ? memory.get(key) : null;
  return settings.get(key) ?? null;
}

/** Sets and saves one setting; in Office the promise settles when saveAsync does. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  await writeSettings({ [key]: value });
}

/**
 * Sets and saves several settings in one save: all of them or none. If the save fails, every
 * key is put back to what it was (the pane and the formulas keep seeing the old values) and the
 * promise rejects with a message naming the keys, Chinese first. `undefined` removes a key.
 */
export async function writeSettings(entries: Readonly<Record<string, unknown>>): Promise<void> {
  const settings = officeSettings();
  const keys = Object.keys(entries);
  if (!settings) {
    for (const key of keys) if (entries[key] === undefined) memory.delete(key);
    else memory.set(key, entries[key]);
    return;
  }
  const before = keys.map((key) => [key, settings.get(key) ?? null] as const);
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== null) settings.set(key, value);
    else if (typeof settings.remove === "function") settings.remove(key);
    else settings.set(key, null);
  };
  for (const key of keys) put(key, entries[key]);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) return resolve();
      for (const [key, value] of before) put(key, value);
      const names = keys.join("、");
      const why = result.error?.message;
      reject(new Error(`无法保存工作簿设置 ${names}：${why ?? "未知错误"}，未作任何更改 / could not save workbook setting ${keys.join(", ")}: ${why ?? "unknown error"}; nothing was changed`));
    });
  });
}

/** Forgets the in-memory settings (tests start from a clean workbook). */
export function resetMemorySettings(): void {
  memory.clear();
}
