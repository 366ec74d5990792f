#!/usr/bin/env node
'use strict';
// The command line (see `cadre --help`). Runs the compiled TypeScript in lib/ (built by `npm ci` via
// the prepare script, or `npm run build:cli`).
let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('cadre: the command line is not built yet; run "npm run build:cli" (npm ci does it too)\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`cadre: unexpected failure: ${e && e.message}\n`);
    process.exitCode = 1;
  },
);
