/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // End-to-end tests spawn the CLI and build bundles on 2 shared cores: a guard, not a speed goal.
  testTimeout: 120000,
  roots: ["<rootDir>/test"],
  reporters: ["default", "<rootDir>/test/summary-reporter.cjs"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
