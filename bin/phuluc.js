#!/usr/bin/env node
// Entry point of the `phuluc` command; the code lives in dist/ (npm run build:cli).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
