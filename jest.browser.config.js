/**
 * Browser tests: the built standalone page (dist/, from `npm run build`) served by
 * scripts/serve-standalone.js and driven in Debian's Chromium through playwright-core.
 * Run with `npm run test:browser` (builds first). CHROMIUM_PATH overrides /usr/bin/chromium.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 120000,
  // One browser, one server: run the files one after another.
  maxWorkers: 1,
};
