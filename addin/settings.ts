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
  const settings = officeSettings();
  if (!settings) {
    memory.set(key, value);
    return;
  }
  settings.set(key, value);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new Error(
            `无法保存工作簿设置 ${key}：${result.error?.message ?? "未知错误"} / could not save workbook setting ${key}: ${result.error?.message ?? "unknown error"}`,
          ),
        );
    });
  });
}

/** Forgets the in-memory settings (tests start from a clean workbook). */
export function resetMemorySettings(): void {
  memory.clear();
}
