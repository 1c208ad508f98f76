import { OfficeMockObject } from "office-addin-mock";
import {
  ACTIVE_PROFILE_SETTING,
  getActiveProfileId,
  onActiveProfileChange,
  setActiveProfileId,
} from "../../addin/activeProfile";
import { saveDerivedProfile } from "../../addin/activeProfile";
import { DERIVED_PROFILES_SETTING, savedProfiles } from "../../addin/derivedProfiles";
import { resetMemorySettings } from "../../addin/settings";
import { builtInProfiles } from "../../policies/profiles";

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
      remove: (key: string) => delete stored[key],
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

  test("a failed save is reported in Chinese and English, changes nothing, and nothing is recalculated", async () => {
    const { stored, calculations } = officeWithSettings({ [ACTIVE_PROFILE_SETTING]: "ningbo" }, true);
    const heard: (string | null)[] = [];
    const stop = onActiveProfileChange((id) => heard.push(id));
    await expect(setActiveProfileId("wenzhou")).rejects.toThrow(
      "无法保存工作簿设置 landrules.activeProfile：read-only workbook，未作任何更改 / could not save workbook setting landrules.activeProfile: read-only workbook; nothing was changed",
    );
    stop();
    // The pane and the formulas still see the profile that is saved in the file.
    expect(stored[ACTIVE_PROFILE_SETTING]).toBe("ningbo");
    expect(getActiveProfileId()).toBe("ningbo");
    expect(heard).toEqual([]);
    expect(calculations).toEqual([]);
  });
});

// A what-if: 增城 二(一)2 "原则上 A 档企业不超过 20%" (editable) set to 25% in the pane.
const WHAT_IF = {
  id: "zengcheng-whatif",
  base: "zengcheng",
  names: { zh: "增城（假设情景）", en: "Zengcheng (what-if)" },
  reason: "任务窗格中的假设情景 / what-if set in the task pane",
  overrides: { "ZC-TIER.aShare": 0.25 },
};

describe("what-if profiles saved in the workbook", () => {
  afterEach(() => {
    builtInProfiles.forget("zengcheng-whatif");
  });

  test("saved as a profile-model file with the active profile in one save; the registry and formulas use it; deleting returns to the document", async () => {
    const { stored, saved, calculations } = officeWithSettingsForWhatIf();
    await saveDerivedProfile(WHAT_IF.id, WHAT_IF, WHAT_IF.id);
    expect(saved).toHaveLength(1);
    expect(stored[DERIVED_PROFILES_SETTING]).toEqual([WHAT_IF]);
    expect(getActiveProfileId()).toBe("zengcheng-whatif");
    const profile = builtInProfiles.get("zengcheng-whatif");
    expect(profile.rules.get("ZC-TIER")!.params.aShare!.value).toBe(0.25);
    expect(profile.overrides.map((o) => [o.path, o.from.value])).toEqual([["ZC-TIER.aShare", 0.2]]);
    expect(calculations).toEqual(["Full"]);

    await saveDerivedProfile(WHAT_IF.id, null, "zengcheng");
    expect(stored[DERIVED_PROFILES_SETTING]).toEqual([]);
    expect(getActiveProfileId()).toBe("zengcheng");
    expect(builtInProfiles.find("zengcheng-whatif")).toBeUndefined();
  });

  test("a value outside its domain is refused before anything is saved", async () => {
    const { stored, saved } = officeWithSettingsForWhatIf();
    await expect(saveDerivedProfile(WHAT_IF.id, { ...WHAT_IF, overrides: { "ZC-TIER.aShare": 1.5 } }, WHAT_IF.id)).rejects.toThrow(/aShare/);
    expect(saved).toEqual([]);
    expect(stored).toEqual({});
    expect(builtInProfiles.find("zengcheng-whatif")).toBeUndefined();
  });

  test("a failed save changes nothing: the earlier what-if stays registered with its value and the active profile stays", async () => {
    const first = officeWithSettingsForWhatIf();
    await saveDerivedProfile(WHAT_IF.id, WHAT_IF, WHAT_IF.id);
    first.failNext();
    await expect(saveDerivedProfile(WHAT_IF.id, { ...WHAT_IF, overrides: { "ZC-TIER.aShare": 0.3 } }, WHAT_IF.id)).rejects.toThrow(/未作任何更改/);
    expect(first.stored[DERIVED_PROFILES_SETTING]).toEqual([WHAT_IF]);
    expect(getActiveProfileId()).toBe("zengcheng-whatif");
    expect(builtInProfiles.get("zengcheng-whatif").rules.get("ZC-TIER")!.params.aShare!.value).toBe(0.25);
  });

  test("a workbook opened with a saved what-if has it registered before the first formula asks", () => {
    officeWithSettingsForWhatIf({ [DERIVED_PROFILES_SETTING]: [WHAT_IF], [ACTIVE_PROFILE_SETTING]: "zengcheng-whatif" });
    expect(getActiveProfileId()).toBe("zengcheng-whatif");
    expect(savedProfiles().map((p) => p.id)).toEqual(["zengcheng-whatif"]);
  });
});

function officeWithSettingsForWhatIf(stored: Record<string, unknown> = {}) {
  const saved: Record<string, unknown>[] = [];
  const calculations: string[] = [];
  let fail = false;
  const settings = {
    get: (key: string) => (key in stored ? stored[key] : null),
    set: (key: string, value: unknown) => (stored[key] = value),
    remove: (key: string) => delete stored[key],
    saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) => {
      const failing = fail;
      fail = false;
      if (!failing) saved.push(JSON.parse(JSON.stringify(stored)));
      callback(failing ? { status: "failed", error: { message: "read-only workbook" } } : { status: "succeeded" });
    },
  };
  globals.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { document: { settings }, requirements: { isSetSupported: (name: string) => name === "ExcelApi" } },
  };
  const context = new OfficeMockObject({ workbook: { application: { calculate: (type: string) => calculations.push(type) } } });
  globals.Excel = { run: async (batch: (c: unknown) => Promise<void>) => batch(context) };
  return { stored, saved, calculations, failNext: () => (fail = true) };
}

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
