#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload the add-in into Excel desktop and start the dev
// server (office-addin-debugging). Elsewhere there is no Excel desktop: serve the workbench, the
// real task pane beside an in-memory workbook, at http://localhost:3001/workbench.html
// (`npm run dev-server` still serves the add-in over https for Excel on the web).
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
  const port = Number(process.env.CX_WORKBENCH_PORT) || 3001;
  console.log(
    [
      `Excel desktop is not available on this platform (${process.platform}): starting the workbench,`,
      "the task pane running on an in-memory copy of examples/retail-orders.xlsx (drop a CSV or XLSX on it to use yours).",
      "",
      `  Open http://localhost:${port}/workbench.html once webpack reports "compiled successfully".`,
      "",
      "For Excel on the web instead, run `npm run dev-server` and sideload manifest.xml (README, \"Sideloading\").",
      "",
    ].join("\n"),
  );
  // webpack-cli run by node itself (not through npx), so that a forwarded SIGTERM reaches the server.
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--env", "workbench"]);
}
