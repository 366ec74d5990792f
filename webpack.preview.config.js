// Builds the browser preview: the task pane beside the in-memory Excel fake (src/preview/README.md).
//
//   npm run preview         http://localhost:3001 (webpack-dev-server, live reload; plain http, no Office)
//   npm run build:preview   static build into dist/preview/ (index.html + scripts + assets/*.png); serve that
//                           folder with any static server (http://localhost, or https: Web Crypto needs a secure context)
//
// A separate configuration from webpack.config.js: the fake, the sample generator and the viewer
// never enter the add-in's bundle, whose first-render budget that file checks. The output is a
// subfolder of dist/ (ignored by git); `npm run build` cleans dist/ and so removes it: build the
// preview after the add-in, and do not deploy dist/preview/ with the add-in.
'use strict';

const path = require('node:path');
const webpack = require('webpack');
const { resolve, typescriptRule, highsWasmRule, ignoreNodeBuiltinsOfHighs, splitChunks } = require('./webpack.shared');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PREVIEW_PORT = 3001;

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      preview: './src/preview/previewMain.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'preview'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve,
    module: {
      rules: [typescriptRule([path.resolve(__dirname, 'src')]), highsWasmRule],
    },
    optimization: {
      runtimeChunk: 'single',
      splitChunks,
    },
    plugins: [
      ignoreNodeBuiltinsOfHighs(webpack),
      new HtmlWebpackPlugin({
        template: './src/preview/preview.html',
        filename: 'index.html',
        chunks: ['preview'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }],
      }),
    ],
    // a development tool: the engine, the sample generator and the fake are in it on purpose
    performance: { hints: false },
    devServer: {
      port: PREVIEW_PORT,
      host: 'localhost',
      server: 'http',
      static: false,
      hot: true,
      open: false,
      client: { overlay: { errors: true, warnings: false } },
    },
    stats: production ? 'normal' : 'minimal',
    infrastructureLogging: { level: 'info' },
  };
};
