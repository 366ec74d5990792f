// Builds the task pane: dist/taskpane.html + its scripts, dist/assets/*.png, dist/manifest.xml.
//
//   npm run build         production build into dist/
//   npm run dev-server    https://localhost:3000 (uses ~/.office-addin-dev-certs when present)
//
// CADRE_PUBLIC_URL=https://cadre.example.org npm run build  writes dist/manifest.xml with that origin
// instead of https://localhost:3000 (the manifest.xml at the repository root is left unchanged).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const { resolve, typescriptRule, highsWasmRule, ignoreNodeBuiltinsOfHighs, splitChunks } = require('./webpack.shared');
const zlib = require('node:zlib');
const { Compilation } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_ORIGIN = 'https://localhost:3000';
const DEV_PORT = 3000;
/** The custom functions (functions.md): their JSDoc tags are read into dist/functions.json at build time. */
const FUNCTIONS_SOURCE = path.resolve(__dirname, 'src', 'functions', 'register.ts');
/** performance.md: JavaScript loaded before the task pane's first render, gzipped */
const FIRST_RENDER_BUDGET_BYTES = 250 * 1024;

/** The certificate office-addin-dev-certs installs (and makes Office trust), if there is one. */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const ca = path.join(dir, 'ca.crt');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  return {
    cert: fs.readFileSync(cert),
    key: fs.readFileSync(key),
    ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
  };
}

/** The manifest for dist/: the repository's manifest.xml, re-pointed at CADRE_PUBLIC_URL when set. */
function manifestFor(content) {
  const origin = (process.env.CADRE_PUBLIC_URL || '').replace(/\/+$/, '');
  if (!origin) return content;
  if (!/^https:\/\/[^/\s"<>]+(\/[^\s"<>]*)?$/.test(origin)) {
    throw new Error(`CADRE_PUBLIC_URL must be an https URL without quotes or spaces, got ${JSON.stringify(origin)}`);
  }
  const publicOrigin = new URL(origin).origin;
  const text = content
    .toString('utf8')
    // only the URLs, not the comments: DefaultValue / Override Value attributes and AppDomain (an origin, no path)
    .replace(/(\b(?:DefaultValue|Value)=")https:\/\/localhost:3000/g, (_m, attr) => `${attr}${origin}`)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${publicOrigin}</AppDomain>`);
  if (text.replace(/<!--[\s\S]*?-->/g, '').includes(DEV_ORIGIN)) {
    throw new Error(`manifest.xml has a ${DEV_ORIGIN} URL that CADRE_PUBLIC_URL did not replace`);
  }
  return Buffer.from(text, 'utf8');
}

/**
 * Reports the gzipped size of the JavaScript the task pane loads before its first render (the
 * initial chunks of the `taskpane` entry) and fails a production build over budget.
 */
class FirstRenderBudgetPlugin {
  constructor(entry, budgetBytes) {
    this.entry = entry;
    this.budgetBytes = budgetBytes;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FirstRenderBudgetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FirstRenderBudgetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((file) => file.endsWith('.js'));
          let total = 0;
          const parts = files.map((file) => {
            const source = compilation.getAsset(file).source.buffer();
            const gz = zlib.gzipSync(source, { level: 9 }).length;
            total += gz;
            return `${file} ${(gz / 1024).toFixed(1)} KB`;
          });
          const logger = compilation.getLogger('FirstRenderBudgetPlugin');
          const summary = `JavaScript before first render (gzipped): ${(total / 1024).toFixed(1)} KB of ${(this.budgetBytes / 1024).toFixed(0)} KB [${parts.join(', ')}]`;
          logger.info(summary);
          if (compiler.options.mode === 'production' && total > this.budgetBytes) {
            const { WebpackError } = compiler.webpack;
            compilation.errors.push(new WebpackError(`Over budget. ${summary}`));
          }
        },
      );
    });
  }
}

/** The split-chunk rules with one entry's chunk left out of every group (it stays one file). */
function withoutChunk(rules, name) {
  const keep = (test) => (chunk) => chunk.name !== name && test(chunk);
  const byKind = { all: () => true, initial: (c) => c.canBeInitial(), async: (c) => !c.canBeInitial() };
  const cacheGroups = Object.fromEntries(
    Object.entries(rules.cacheGroups).map(([key, group]) => [key, { ...group, chunks: keep(byKind[group.chunks ?? rules.chunks]) }]),
  );
  return { ...rules, chunks: keep(byKind[rules.chunks]), cacheGroups };
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const certificate = devCertificate();

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      // The manifest's CustomFunctions <Script>: the functions alone, one self-contained file with a
      // stable name. In the shared runtime Excel loads the <Page> (taskpane.html) instead, where the
      // task pane imports the same module after its first render's scripts (src/taskpane/index.tsx).
      functions: { import: FUNCTIONS_SOURCE, filename: 'functions.js', runtime: false },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve,
    module: {
      rules: [typescriptRule(path.resolve(__dirname, 'src')), highsWasmRule],
    },
    optimization: {
      // functions.js carries its own runtime (`runtime: false` above) and modules; the task pane's chunks are split as before
      runtimeChunk: 'single',
      splitChunks: withoutChunk(splitChunks, 'functions'),
    },
    plugins: [
      ignoreNodeBuiltinsOfHighs(webpack),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: { transformer: manifestFor, cache: false } },
        ],
      }),
      // dist/functions.json from the JSDoc tags of register.ts, and a CustomFunctions.associate call per function appended to it
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new FirstRenderBudgetPlugin('taskpane', FIRST_RENDER_BUDGET_BYTES),
    ],
    performance: {
      // webpack measures uncompressed bytes; the real budget (gzipped) is FirstRenderBudgetPlugin's
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 768 * 1024,
      // HiGHS's Wasm (3.4 MB) is fetched by the fairness floor's Worker only, when a floor is asked for
      assetFilter: (file) => !/\.(map|wasm)$/.test(file),
    },
    devServer: {
      port: DEV_PORT,
      server: certificate ? { type: 'https', options: certificate } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: true,
      client: { overlay: { errors: true, warnings: false } },
    },
    stats: production ? 'normal' : 'minimal',
    infrastructureLogging: { level: 'info' },
  };
};
