// DESIGN.md: src/core is the pure engine. It runs in the custom-functions runtime, a Web Worker,
// the browser and Node alike, so it may import only other src/core modules.
import fs from "fs";
import path from "path";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const core = path.resolve(__dirname, "../src/core");

test("src/core imports nothing outside src/core", () => {
  const offenders: string[] = [];
  for (const file of files(core).filter((f) => f.endsWith(".ts"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:import|export)[^;]*?from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/g)) {
      const spec = m[1] ?? m[2];
      const resolved = spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : spec;
      if (!resolved.startsWith(core)) offenders.push(`${path.relative(core, file)} imports ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});

test("src/core uses no Office, DOM or Node globals", () => {
  const offenders = files(core)
    .filter((f) => f.endsWith(".ts"))
    .filter((f) => /\b(Office|Excel|CustomFunctions|document|window|process|Buffer)\./.test(fs.readFileSync(f, "utf8")))
    .map((f) => path.relative(core, f));
  expect(offenders).toEqual([]);
});
