#!/usr/bin/env node
// `cx` command: runs the compiled CLI (npm ci / npm install build it via the prepare script).
require("../build/cli/main.js").main(process.argv).then((code) => { process.exitCode = code; });
