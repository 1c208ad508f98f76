import { pilotProject } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const pilot = (parcels: (number | string)[], contiguous = true, agreementSigned = true) => pilotProject(zc, { parcelsMu: parcels.map(d), contiguous, agreementSigned });

describe("ZC-PILOT 二(五)13 工改工 pilot projects", () => {
  test("ZC-PILOT 二(五)13: 50 亩以上 includes 50 — one parcel of exactly 50 亩 with a signed agreement → pilot", () => {
    const r = pilot([50]);
    expect(r.value.pilot).toBe(true);
    expect(r.value.reason.zh).toContain("二(五)13");
  });

  test("ZC-PILOT 二(五)13: 49.99 亩 → not a pilot", () => {
    expect(pilot(["49.99"]).value.pilot).toBe(false);
  });

  test("ZC-PILOT 二(五)13: 含多宗用地合并 — contiguous parcels 20 + 18.5 + 11.5 = 50 亩 → pilot", () => {
    const r = pilot([20, "18.5", "11.5"]).value;
    expect(r.totalMu.toFixed()).toBe("50");
    expect(r.pilot).toBe(true);
  });

  test("ZC-PILOT 二(五)13: parcels that are not contiguous cannot be merged → not a pilot", () => {
    const r = pilot([30, 30], false).value;
    expect(r.pilot).toBe(false);
    expect(r.reason.zh).toContain("不连片");
  });

  test("ZC-PILOT 二(五)13: without a signed 《项目投入产出监管协议》 → not a pilot, however large", () => {
    const r = pilot([120], true, false).value;
    expect(r.pilot).toBe(false);
    expect(r.reason.zh).toContain("监管协议");
  });

  test("ZC-PILOT: no parcels → #VALUE!; a negative parcel → #NUM! naming it", () => {
    expect(ruleErrorOf(() => pilot([])).kind).toBe("value");
    expect(ruleErrorOf(() => pilot([60, -1])).argument).toBe("parcels_mu[2]");
  });

  test("ZC-PILOT: the trace records the comparison with the boundary and the draft warning", () => {
    const t = pilot([50]).trace;
    expect(t.decidedBy.join(" ")).toContain("≥ 50 亩");
    expect(t.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
