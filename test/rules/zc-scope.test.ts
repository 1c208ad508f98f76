import { evaluationScope, type ScopeInput } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

// 增城 一(三)1: 到 2023 年实现对全区规模以上工业企业的亩产效益综合评价；到 2024 年实现对全区工业产业区块内
// 用地 10 亩（含）以上工业企业亩产效益的综合评价；到 2025 年实现全区工业产业区块内工业企业的亩产效益综合评价全覆盖。
const zc = at("zengcheng");
const firm: ScopeInput = { year: 2024, aboveScale: false, insideBlock: false, landMu: null };
const scope = (input: Partial<ScopeInput>) => evaluationScope(zc, { ...firm, ...input });

describe("ZC-SCOPE 一(三)1 who the 亩产效益综合评价 covers", () => {
  test("ZC-SCOPE 一(三)1: 到 2023 年…规模以上工业企业 — a 规上 firm outside any block: 2022 not evaluated, 2023 evaluated", () => {
    expect(scope({ year: 2022, aboveScale: true }).value).toMatchObject({ inScope: false, ground: null });
    expect(scope({ year: 2022, aboveScale: true }).value.reason.zh).toContain("自 2023 年起");
    expect(scope({ year: 2023, aboveScale: true }).value).toMatchObject({ inScope: true, ground: "above-scale" });
    expect(scope({ year: 2030, aboveScale: true }).value.inScope).toBe(true);
  });

  test("ZC-SCOPE 一(三)1: 到 2024 年…区块内用地 10 亩（含）以上 — 10 亩 exactly is in from 2024, 9.99 亩 is not; 2023 neither", () => {
    expect(scope({ year: 2024, insideBlock: true, landMu: d(10) }).value).toMatchObject({ inScope: true, ground: "block-min-area" });
    expect(scope({ year: 2024, insideBlock: true, landMu: d("9.99") }).value.inScope).toBe(false);
    expect(scope({ year: 2024, insideBlock: true, landMu: d("9.99") }).value.reason.zh).toContain("自 2025 年起");
    expect(scope({ year: 2023, insideBlock: true, landMu: d(50) }).value.inScope).toBe(false);
    expect(scope({ year: 2023, insideBlock: true, landMu: d(50) }).value.reason.zh).toContain("自 2024 年起");
  });

  test("ZC-SCOPE 一(三)1: 到 2025 年…区块内工业企业全覆盖 — a 1-亩 block firm below scale is in from 2025, without its area", () => {
    expect(scope({ year: 2025, insideBlock: true, landMu: d(1) }).value).toMatchObject({ inScope: true, ground: "block" });
    expect(scope({ year: 2025, insideBlock: true, landMu: null }).value.inScope).toBe(true);
  });

  test("ZC-SCOPE 一(三)1: a firm below scale outside every block is never in scope, with the reason and the clause", () => {
    const r = scope({ year: 2026 }).value;
    expect(r.inScope).toBe(false);
    expect(r.reason.zh).toContain("不评价、不排序");
    expect(r.reason.zh).toContain("zengcheng-2022-draft.txt 一(三)1");
  });

  test("ZC-SCOPE 一(三)1: the trace names the deciding year parameter and carries the draft warning", () => {
    const t = scope({ year: 2023, aboveScale: true }).trace;
    expect(t).toMatchObject({ rule: "ZC-SCOPE", clause: "一(三)1" });
    expect(t.params.map((p) => p.name)).toContain("aboveScaleFromYear");
    expect(t.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });

  test("ZC-SCOPE: in 2024 a block firm below scale without its land area → #VALUE! naming land_mu; a bad year → #NUM!", () => {
    expect(ruleErrorOf(() => scope({ year: 2024, insideBlock: true })).argument).toBe("land_mu");
    expect(ruleErrorOf(() => scope({ year: 2024.5, aboveScale: true })).kind).toBe("num");
    expect(ruleErrorOf(() => scope({ year: 2024, insideBlock: true, landMu: d(-1) })).argument).toBe("land_mu");
  });
});
