// The explain tab's parameter list as markup (React's server renderer, no browser): an assumed
// value's reason and a what-if's reason reach the analyst in Chinese, the English as tooltip,
// through policies/citations.ts.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import type { FormulaExplanation } from "../../addin/explain";
import { TIER_QUOTAS } from "../../policies/catalogue/concepts";
import { parseIsoDate } from "../../policies/engine/dates";
import { Evaluation } from "../../policies/engine/evaluation";
import { builtInProfiles } from "../../policies/profiles";
import { TraceView } from "../../taskpane/explain/ExplainPanel";

const explanation: FormulaExplanation = {
  kind: "formula",
  cell: { sheet: "企业数据", address: "P2", formula: "=LAND.TIER(16, SEQUENCE(20))", value: "A" } as unknown as FormulaExplanation["cell"],
  spec: { id: "TIER", zh: "亩均分档", summary: { zh: "分档", en: "tiers" } },
  args: [],
  unevaluated: [],
  outcome: null,
  error: null,
};

function markup(profileId: string): string {
  const ev = new Evaluation({ profile: builtInProfiles.get(profileId), asOf: parseIsoDate("2024-03-15") }, TIER_QUOTAS);
  ev.num("aShare");
  ev.num("bLine");
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <TraceView trace={ev.done(null).trace} explanation={explanation} />
    </FluentProvider>,
  );
}

test("增城 B 档累计线 (assumed): the reason in Chinese, the English as its tooltip", () => {
  const html = markup("zengcheng");
  expect(html).toMatch(/title="The text sets only the A and D ceilings[^"]*">原文只规定 A 档、D 档的比例上限/);
});

test("a what-if's override reason is shown with the what-if value", () => {
  builtInProfiles.derive({
    id: "explain-reason-test",
    base: "zengcheng",
    names: { zh: "说明理由测试", en: "explain reason test" },
    reason: { zh: "区政府 2025 年通知", en: "district notice 2025" },
    overrides: { "ZC-TIER.aShare": 0.25 },
  });
  try {
    expect(markup("explain-reason-test")).toMatch(/data-testid="explain-override-reason-aShare"[^>]*><span[^>]*title="district notice 2025"[^>]*>区政府 2025 年通知</);
  } finally {
    builtInProfiles.forget("explain-reason-test");
  }
});
