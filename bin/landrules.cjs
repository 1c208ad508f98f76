#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx: no build step between `npm ci` and `npx landrules`.
require("tsx/cjs");
require("../cli/main.ts");
