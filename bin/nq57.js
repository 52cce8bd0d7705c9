#!/usr/bin/env node
// Thin launcher: the command line is compiled to dist/ by `npm install` (prepare) or `npm run build:cli`.
require('../dist/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
