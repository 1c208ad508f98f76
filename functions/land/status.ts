// LAND.STATUS · 政策状态: the standing of a profile's document on a date (no rule of its own).
import { documentStatus } from "../../policies/engine/evaluation";
import { isBlank, readDate, single } from "../coerce";
import { resolveProfile } from "../context";
import { documentRows, STATE_LABEL } from "../explain";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "STATUS",
  zh: "政策状态",
  summary: {
    zh: "政策配置所依据文件在评价日的状态：有效、征求意见稿、已失效或尚未施行",
    en: "The standing of the profile's document on a date: in force, draft, expired or not yet in force",
  },
  params: [
    PROFILE,
    { name: "as_of", zh: "评价日", optional: true, help: { zh: "评价日（默认今天）", en: "Evaluation date (default today)" }, unit: "日期 date" },
  ],
  returns: { type: "string", help: { zh: "状态，如“征求意见稿 draft”", en: "The standing, e.g. “征求意见稿 draft”" } },
  rules: [],
  pinned: false,
  volatile: true,
  examples: [
    { formula: '=LAND.STATUS("wenzhou", "2024-03-15")', result: "有效 in force" },
    { formula: '=LAND.STATUS("wenzhou", "2025-07-01")', result: "已失效 expired", note: { zh: "有效期至 2025-06-30", en: "in force until 2025-06-30" } },
    { formula: '=LAND.STATUS("zengcheng", "2024-03-15")', result: "征求意见稿 draft" },
  ],
  adapter: (args, host) => {
    const profile = resolveProfile(args.profile, host);
    const asOf = isBlank(single(args.as_of, "as_of")) ? host.today() : readDate(args.as_of, "as_of");
    const status = documentStatus(profile.document, asOf);
    const notes: [string, string, string][] = [["配置 profile", `${profile.id}（${profile.names.zh}）`, `评价日 as of ${asOf}`], ...documentRows(profile)];
    if (status.warning) notes.push(["⚠ 警告 warning", status.warning.zh, status.warning.en]);
    return { value: STATE_LABEL[status.state], trace: null, notes };
  },
});
