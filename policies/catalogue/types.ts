/** How a catalogued rule is implemented: computed (returns a value) or checked (returns findings). */
export interface RuleImplementation {
  kind: "computed" | "checked";
  /** The engine functions that apply the rule (named after what they decide). */
  functions: ReadonlyArray<(...args: never[]) => unknown>;
}

export type CatalogueSection = Readonly<Record<string, RuleImplementation>>;
