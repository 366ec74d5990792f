/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // The task pane loads code after the first render with import(): compiled to require() for Jest
    // (tsconfig.jest.json: CommonJS), where nodenext would keep a native import() that Jest cannot run.
    // One configuration for every file: ts-jest shares its compiler settings within a worker. Types
    // are checked by `npm run typecheck` (tsconfig.json), which `npm test` runs first.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  // import('./x.js') names the compiled file (nodenext); Jest resolves the TypeScript source
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // some tests write and read real .xlsx files; a loaded 2-core CI machine needs more than 5 s for them
  testTimeout: 30_000,
};
