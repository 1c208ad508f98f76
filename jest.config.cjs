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
    // React as the pane ships it: Preact's compatibility layer (webpack.config.cjs PREACT_FOR_REACT).
    "^react$": "preact/compat",
    "^react/jsx-(dev-)?runtime$": "preact/jsx-runtime",
    "^react-dom(/client)?$": "preact/compat",
    "^react-dom/server$": "preact/compat/server",
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
