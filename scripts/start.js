#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into Excel desktop and start the dev
// server (office-addin-debugging). Elsewhere there is no Excel desktop: start the https dev
// server only, for Excel on the web.
"use strict";

const { spawn } = require("child_process");

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (err) => {
    console.error(`[cx] could not run ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
}

if (process.platform === "win32" || process.platform === "darwin") {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(
    [
      `Excel desktop is not available on this platform (${process.platform}).`,
      "The local workbench (a page that runs the task pane without Excel) comes with the task-pane work.",
      "Meanwhile this starts the https dev server at https://localhost:3000, so that you can:",
      "  - sideload manifest.xml into Excel on the web (see README, section \"Sideloading\");",
      "  - and, independently of it, use the CLI: npx cx rfm --input examples/retail-orders.csv ...",
      "",
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
