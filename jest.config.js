/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // the task pane and the preview load code after the first render with import(): compiled to
    // require() for Jest (tsconfig.jest.json), where nodenext would keep a native import()
    '/src/(taskpane|preview)/.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  // import('./x.js') names the compiled file (nodenext); Jest resolves the TypeScript source
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // some tests write and read real .xlsx files; a loaded 2-core CI machine needs more than 5 s for them
  testTimeout: 30_000,
};
