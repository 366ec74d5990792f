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
 * Vendor chunks that change only when a dependency is upgraded. What the first render needs goes in
 * `react`, `fluent` and `vendors`; what only code loaded later needs (the views' Fluent components,
 * the engine's statistics libraries) stays out of them, in `fluent-views` and `engine-vendors`.
 */
const splitChunks = {
  chunks: 'all',
  cacheGroups: {
    react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30, enforce: true },
    fluent: { test: FLUENT, name: 'fluent', chunks: 'initial', priority: 20, enforce: true },
    fluentViews: { test: FLUENT, name: 'fluent-views', chunks: 'async', priority: 19, enforce: true },
    vendors: { test: /[\\/]node_modules[\\/]/, name: 'vendors', chunks: 'initial', priority: 10, reuseExistingChunk: true },
    engineVendors: { test: /[\\/]node_modules[\\/]/, name: 'engine-vendors', chunks: 'async', priority: 9, reuseExistingChunk: true },
  },
};

module.exports = { resolve, typescriptRule, splitChunks };
