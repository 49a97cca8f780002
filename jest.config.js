/** @type {import('jest').Config} */
module.exports = {
  // Ends each file once the child processes it started are gone (test/helpers/settled-node-environment.ts).
  testEnvironment: "<rootDir>/test/helpers/settled-node-environment.ts",
  // Compiles the sources the bins' child processes run (test/helpers/compiled-sources.ts).
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The install tests (npm pack, git install, npm ci) run on their own: npm run test:package.
  testPathIgnorePatterns: process.env.PACKAGE_TESTS === "1" ? ["/node_modules/"] : ["/node_modules/", "<rootDir>/test/package/"],
  // Types are stripped, not checked (`npm run typecheck` checks them): sucrase transforms a file in about a
  // millisecond, and CI starts with an empty transform cache (ts-jest's transpileModule cost the suite 8 s there).
  // Its CommonJS output assigns exports, so jest.spyOn can replace them; `import()` becomes a require, as with tsc.
  transform: {
    "^.+\\.ts$": ["@sucrase/jest-plugin", { preserveDynamicImport: false }],
  },
  testTimeout: 120000,
  // The transform cache lives with the checkout: several checkouts on one machine (worktrees, CI's clone) must not
  // read each other's compiled files.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
  // CI and this machine have 2 cores; jest would use one worker (cores - 1). The suites spend much of their time
  // waiting on child processes and the compiler, so two workers share the cores well.
  maxWorkers: 2,
  // A worker's heap grew to about 950 MB over the run (module registries of finished files, compiler programs), and
  // collecting it cost more than starting a fresh worker: a worker past 512 MB after a file is replaced. Alternated
  // runs on a quiet machine: 113.1 and 112.0 s (195 and 193 s of CPU) with the limit, 114.8 and 117.8 s (200 and
  // 206 s) without.
  workerIdleMemoryLimit: "512MB",
  // A worker that holds nothing open still sometimes took longer than jest's default 500 ms to exit on 2 busy cores
  // (logged 2026-12-07: both workers exited by themselves, code 0, only stdout and stderr open, 0.8 s apart), and jest
  // then printed "A worker process has failed to exit gracefully". Leaks are caught where they happen instead: the
  // test environment fails a file that leaves a child, server, connection or stdin open.
  workerGracefulExitTimeout: 2000,
};
