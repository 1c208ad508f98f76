import { OfficeMockObject } from "office-addin-mock";
import {
  ACTIVE_PROFILE_SETTING,
  getActiveProfileId,
  onActiveProfileChange,
  setActiveProfileId,
} from "../../addin/activeProfile";
import { resetMemorySettings } from "../../addin/settings";

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  resetMemorySettings();
});

describe("outside Office (browser, tests): an in-memory store", () => {
  test("no profile is active until one is chosen", () => {
    expect(getActiveProfileId()).toBeNull();
  });

  test("a Chinese short name or alias is stored as the profile id (FUNCTIONS.md: 增城, 温州 … accepted)", async () => {
    await setActiveProfileId("温州");
    expect(getActiveProfileId()).toBe("wenzhou");
    await setActiveProfileId(" ZengCheng ");
    expect(getActiveProfileId()).toBe("zengcheng");
  });

  test("an unknown profile is refused naming the argument and the choices; the choice stays", async () => {
    await setActiveProfileId("zhongshan");
    await expect(setActiveProfileId("杭州")).rejects.toMatchObject({
      kind: "value",
      argument: "profile",
      zh: expect.stringContaining('未知的政策配置 "杭州"'),
      en: expect.stringContaining("zengcheng"),
    });
    await expect(setActiveProfileId("")).rejects.toMatchObject({ argument: "profile" });
    expect(getActiveProfileId()).toBe("zhongshan");
  });

  test("listeners hear each switch until they unsubscribe", async () => {
    const heard: (string | null)[] = [];
    const stop = onActiveProfileChange((id) => heard.push(id));
    await setActiveProfileId("ningbo");
    stop();
    await setActiveProfileId("zhejiang");
    expect(heard).toEqual(["ningbo"]);
  });
});

describe("in Excel: stored in the workbook's settings, LAND formulas recalculated", () => {
  function officeWithSettings(stored: Record<string, unknown> = {}, saveFails = false) {
    const saved: Record<string, unknown>[] = [];
    const calculations: string[] = [];
    const settings = {
      get: (key: string) => (key in stored ? stored[key] : null),
      set: (key: string, value: unknown) => (stored[key] = value),
      saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) => {
        if (!saveFails) saved.push({ ...stored });
        callback(saveFails ? { status: "failed", error: { message: "read-only workbook" } } : { status: "succeeded" });
      },
    };
    globals.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: { document: { settings }, requirements: { isSetSupported: (name: string) => name === "ExcelApi" } },
    };
    const context = new OfficeMockObject({
      workbook: { application: { calculate: (type: string) => calculations.push(`${type} after ${saved.length} save(s)`) } },
    });
    globals.Excel = { run: async (batch: (c: unknown) => Promise<void>) => batch(context) };
    return { stored, saved, calculations };
  }

  test("the choice is saved into the workbook (travels with the file) before the full recalculation", async () => {
    const { saved, calculations } = officeWithSettings();
    const order: string[] = [];
    const stop = onActiveProfileChange(() => order.push(`listener saw ${getActiveProfileId()}`));
    await setActiveProfileId("中山");
    stop();
    expect(saved).toEqual([{ [ACTIVE_PROFILE_SETTING]: "zhongshan" }]);
    // "Full" marks every cell dirty, so non-volatile LAND functions re-run (F9 alone would not).
    expect(calculations).toEqual(["Full after 1 save(s)"]);
    expect(order).toEqual(["listener saw zhongshan"]);
  });

  test("a workbook saved with a profile opens with it active", () => {
    officeWithSettings({ [ACTIVE_PROFILE_SETTING]: "ningbo" });
    expect(getActiveProfileId()).toBe("ningbo");
  });

  test("a stored id this version does not know reads as no active profile", () => {
    officeWithSettings({ [ACTIVE_PROFILE_SETTING]: "hangzhou" });
    expect(getActiveProfileId()).toBeNull();
  });

  test("a failed save is reported in Chinese and English and nothing is recalculated", async () => {
    const { calculations } = officeWithSettings({}, true);
    await expect(setActiveProfileId("wenzhou")).rejects.toThrow(
      "无法保存工作簿设置 landrules.activeProfile：read-only workbook / could not save workbook setting landrules.activeProfile: read-only workbook",
    );
    expect(calculations).toEqual([]);
  });
});

describe("formulas calculated while the workbook opens", () => {
  test("a LAND formula that read no profile before Office.js was ready is recalculated once it is", async () => {
    let ready!: () => void;
    const calculations: string[] = [];
    const office: Record<string, unknown> = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: () => new Promise<void>((resolve) => (ready = resolve)),
      context: undefined, // Office.js has not initialised yet
    };
    globals.Office = office;
    globals.Excel = { run: async (batch: (c: unknown) => Promise<void>) => batch(new OfficeMockObject({ workbook: { application: { calculate: (t: string) => calculations.push(t) } } })) };
    let active: typeof import("../../addin/activeProfile") | undefined;
    jest.isolateModules(() => {
      active = jest.requireActual("../../addin/activeProfile");
    });
    expect(active!.getActiveProfileId()).toBeNull(); // what Excel's first calculation saw
    office.context = {
      document: { settings: { get: (k: string) => (k === ACTIVE_PROFILE_SETTING ? "wenzhou" : null) } },
      requirements: { isSetSupported: (name: string) => name === "ExcelApi" },
    };
    ready();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calculations).toEqual(["Full"]);
    expect(active!.getActiveProfileId()).toBe("wenzhou");
    expect(await active!.recalculateIfAskedTooEarly()).toBe(false); // once only
  });
});
