// What the add-in's build (webpack.config.js) and the preview's (webpack.preview.config.js) share:
// how TypeScript is bundled, how imports resolve, and the long-lived vendor chunks.
'use strict';

const path = require('node:path');

const FLUENT = /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|@swc|tabster|keyborg|rtl-css-js|stylis|use-sync-external-store)[\\/]/;

/** import('./x.js') in TypeScript (nodenext) names the source ./x.ts or ./x.tsx */
const resolve = {
  extensions: ['.tsx', '.ts', '.js'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
};

/** TypeScript through ts-loader, without type-checking (that is `npm run typecheck`), as ES modules for tree shaking. */
function typescriptRule(include) {
  return {
    test: /\.tsx?$/,
    include,
    exclude: /\.test\.tsx?$/,
    use: {
      loader: 'ts-loader',
      options: {
        configFile: path.resolve(__dirname, 'tsconfig.json'),
        transpileOnly: true,
        // tsconfig.json targets node (CommonJS output); the bundle needs ES modules for tree shaking
        compilerOptions: { module: 'es2022', moduleResolution: 'bundler', sourceMap: true },
      },
    },
  };
}

/**
 * HiGHS's Wasm (the `highs` package, for the fairness floor's Worker): emitted as a file of its own,
 * `highs.[hash].wasm`, whose URL `import url from 'highs/runtime'` gives (src/taskpane/workers/).
 */
const highsWasmRule = {
  test: /[\\/]node_modules[\\/]highs[\\/]build[\\/]highs\.wasm$/,
  type: 'asset/resource',
  generator: { filename: '[name].[contenthash:8][ext]' },
};

/**
 * The `highs` package's ES module imports `node:module` in its Node-only branch; a browser bundle
 * leaves it out (that branch never runs in the task pane's Worker).
 */
function ignoreNodeBuiltinsOfHighs(webpack) {
  return new webpack.IgnorePlugin({ resourceRegExp: /^node:/, contextRegExp: /[\\/]node_modules[\\/]highs[\\/]/ });
}

/**
 * Vendor chunks that change only when a dependency is upgraded. What the first render needs goes in
 * `react`, `fluent` and `vendors`; what only code loaded later needs (the views' Fluent components,
 * the engine's statistics libraries) stays out of them, in `fluent-views` and `engine-vendors`.
 */
const splitChunks = {
  chunks: 'all',
  cacheGroups: {
    // the fairness floor's solver (the `highs` package's loader): a chunk only its Worker loads, never with the engine's vendors
    highs: { test: /[\\/]node_modules[\\/]highs[\\/]/, name: 'highs', chunks: 'async', priority: 40, enforce: true },
    react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30, enforce: true },
    fluent: { test: FLUENT, name: 'fluent', chunks: 'initial', priority: 20, enforce: true },
    fluentViews: { test: FLUENT, name: 'fluent-views', chunks: 'async', priority: 19, enforce: true },
    vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 10, reuseExistingChunk: true },
    engineVendors: { test: /[\\/]node_modules[\\/]/, name: 'engine-vendors', chunks: 'async', priority: 9, reuseExistingChunk: true },
  },
};

module.exports = { resolve, typescriptRule, highsWasmRule, ignoreNodeBuiltinsOfHighs, splitChunks };
