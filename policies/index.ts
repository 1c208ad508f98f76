// The rules engine: plain TypeScript, no Office, no React. Functions, task pane, CLI and tests
// all call this one implementation.
export * from "./engine/checks";
export * from "./engine/dates";
export * from "./engine/decimal";
export * from "./engine/errors";
export * from "./engine/evaluation";
export * from "./engine/units";
export * from "./registry";
export * from "./profiles";
export * from "./schema";
export * from "./catalogue";
export * from "./rules/breach";
export * from "./rules/compensation";
export * from "./rules/idle";
export * from "./rules/lease";
export * from "./rules/subsidies";
export * from "./rules/supervision";
export * from "./rules/tiers";
