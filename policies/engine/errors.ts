/** The three cell error kinds of the formula contract: #VALUE!, #NUM!, #N/A. */
export type RuleErrorKind = "value" | "num" | "na";

/**
 * A rule cannot be applied to these inputs. `argument` names the offending argument (or null
 * when the profile lacks the rule); the message is Chinese first, English second.
 */
export class RuleError extends Error {
  constructor(
    readonly kind: RuleErrorKind,
    readonly argument: string | null,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${argument ? argument + ": " : ""}${zh} / ${en}`);
    this.name = "RuleError";
  }
}

export const valueError = (argument: string, zh: string, en: string) => new RuleError("value", argument, zh, en);
export const numError = (argument: string, zh: string, en: string) => new RuleError("num", argument, zh, en);
export const naError = (zh: string, en: string) => new RuleError("na", null, zh, en);
