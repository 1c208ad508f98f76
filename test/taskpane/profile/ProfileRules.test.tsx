// The pane's rule list as markup (React's server renderer, no browser): an assumed value's
// reason is shown in Chinese with the English as its tooltip, and a dated value shows the one
// in force on the evaluation date, with the day it took effect.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { parseIsoDate } from "../../../policies/engine/dates";
import { builtInProfiles } from "../../../policies/profiles";
import { ParamItem } from "../../../taskpane/profile/ProfileRules";
import { summariseProfile } from "../../../taskpane/profile/profileSummary";
import type { WhatIfState } from "../../../taskpane/profile/useWhatIf";

const idle: WhatIfState = { saving: null, error: null, change: async () => {}, revert: async () => {}, revertAll: async () => {} };

/** The rule's values as the pane lists them when the rule is opened. */
const markup = (id: string, date: string, rule = "ZC-TIER") =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ul>
        {summariseProfile(builtInProfiles.get(id), parseIsoDate(date))
          .rules.find((r) => r.id === rule)!
          .params.map((p) => (
            <ParamItem key={p.path} param={p} whatIf={idle} />
          ))}
      </ul>
    </FluentProvider>,
  );

/** The text of the element with this data-testid (its first span's text and title). */
function shown(html: string, testId: string): { text: string; title: string } | null {
  const m = new RegExp(`data-testid="${testId.replace(/\./g, "\\.")}"[^>]*>\\s*<span[^>]*title="([^"]*)"[^>]*>([^<]*)</span>`).exec(html);
  return m ? { title: m[1]!, text: m[2]! } : null;
}

test("增城 ZC-TIER.bLine: 假设理由：原文只规定 A 档、D 档的比例上限…, the English reason as the tooltip", () => {
  const reason = shown(markup("zengcheng", "2024-03-15"), "reason-ZC-TIER.bLine")!;
  expect(reason.text).toMatch(/^假设理由：原文只规定 A 档、D 档的比例上限/);
  expect(reason.title).toMatch(/^why assumed: The text sets only the A and D ceilings/);
});

test("a dated value: 20% until 2024-12-31, 25% from 2025-01-01, each with the day it took effect", () => {
  builtInProfiles.derive({
    id: "zc-dated-pane-test",
    base: "zengcheng",
    names: { zh: "增城（分日期测试）", en: "Zengcheng, dated test" },
    reason: { zh: "测试：A 档比例按日期取值", en: "test: the A share by date" },
    overrides: {
      "ZC-TIER.aShare": {
        values: [
          { from: "2020-01-01", value: 0.2, citation: "zengcheng-2022-draft.txt 二(一)2", basis: "sourced" },
          { from: "2025-01-01", value: 0.25, citation: "某县 2025 年通知（测试）", basis: "assumed", reason: { zh: "测试：2025 年起 A 档放宽至 25%", en: "test: A widened to 25% from 2025" } },
        ],
      },
    },
  });
  try {
    const before = markup("zc-dated-pane-test", "2024-12-31");
    const after = markup("zc-dated-pane-test", "2025-01-01");
    expect(before).toMatch(/data-testid="edit-ZC-TIER\.aShare"[^>]*value="20%"|value="20%"[^>]*data-testid="edit-ZC-TIER\.aShare"/);
    expect(after).toMatch(/data-testid="edit-ZC-TIER\.aShare"[^>]*value="25%"|value="25%"[^>]*data-testid="edit-ZC-TIER\.aShare"/);
    expect(shown(before, "dated-ZC-TIER.aShare")!.text).toBe("2020-01-01 起施行的取值（2025-01-01 起另有新值）");
    expect(shown(after, "dated-ZC-TIER.aShare")!.text).toBe("2025-01-01 起施行的取值");
    expect(shown(after, "override-reason-ZC-TIER.aShare")!.text).toBe("改动理由：测试：2025 年起 A 档放宽至 25%");
  } finally {
    builtInProfiles.forget("zc-dated-pane-test");
  }
});
