// RFM benchmark: 10^4, 10^5 and 10^6 synthetic transactions through the path =CX.RFM takes
// (the exported rfm() of src/functions/rfm.ts on n x 1 ranges with a header row, as Excel passes
// them), and through the core path alone (columnVector + readColumns + rfmFromRead on the same ranges).
// Each size runs in its own child process, so peak memory is per size.
//
//   npx ts-node --transpile-only bench/run.ts            all sizes
//   npx ts-node --transpile-only bench/run.ts --profile  also write a CPU profile of 10^6
//                                                        (written anyway when the target is missed)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { mulberry32 } from "../src/core/math/random";

const SIZES = [10_000, 100_000, 1_000_000];
const TARGET = { transactions: 1_000_000, ms: 1000 };
const RUNS = 3;
const TS_NODE_BIN = require.resolve("ts-node/dist/bin.js");
const ROOT = join(__dirname, "..");

interface Timing {
  bestMs: number;
  meanMs: number;
}
interface ChildResult {
  transactions: number;
  customers: number;
  rfm: Timing;
  core: Timing;
  baselineRssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
}

// --- Child: one size -------------------------------------------------------------------------

/** Worksheet-like columns: a header cell then n values, each row a 1-element array. */
function transactions(n: number): { ids: unknown[][]; dates: unknown[][]; amounts: unknown[][]; customers: number } {
  const rand = mulberry32(12345 + n);
  const customers = Math.max(1, Math.round(n / 10));
  const first = 44927; // 2023-01-01
  const days = 731; // to 2024-12-31
  const ids: unknown[][] = [["Customer"]];
  const dates: unknown[][] = [["Date"]];
  const amounts: unknown[][] = [["Amount"]];
  for (let i = 0; i < n; i++) {
    // Skewed activity: low customer numbers buy more often.
    const c = Math.floor(customers * rand() ** 1.5);
    ids.push([`C${String(c).padStart(7, "0")}`]);
    dates.push([first + Math.floor(rand() * days)]);
    const u = 1 - rand();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
    amounts.push([Math.round(Math.exp(3.8 + 0.7 * normal) * 100) / 100]);
  }
  return { ids, dates, amounts, customers };
}

function timeRuns(body: () => void): Timing {
  const gc = (globalThis as { gc?: () => void }).gc;
  body(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    const t0 = process.hrtime.bigint();
    body();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { bestMs: Math.min(...times), meanMs: times.reduce((a, b) => a + b, 0) / times.length };
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function child(n: number): Promise<void> {
  // The custom-functions runtime global rfm() needs, as the tests define it.
  await import("../test/setup/custom-functions");
  const { rfm } = await import("../src/functions/rfm");
  const { columnVector, readColumns } = await import("../src/core/table/columns");
  const { rfmFromRead, TRANSACTION_COLUMNS } = await import("../src/core/rfm");
  const baselineRssMb = mb(process.memoryUsage().rss);

  const data = transactions(n);
  let spilled: unknown[][] = [];
  const rfmTiming = timeRuns(() => {
    spilled = rfm(data.ids, data.dates, data.amounts);
  });
  const heapUsedMb = mb(process.memoryUsage().heapUsed);

  // The same ranges through core alone: no argument checks, error mapping or spill.
  const coreTiming = timeRuns(() => {
    const columns = {
      customer: columnVector("customer_ids", data.ids),
      day: columnVector("dates", data.dates),
      amount: columnVector("amounts", data.amounts),
    };
    rfmFromRead(readColumns(columns, TRANSACTION_COLUMNS), {});
  });

  const result: ChildResult = {
    transactions: n,
    customers: spilled.length - 1,
    rfm: rfmTiming,
    core: coreTiming,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// --- Parent: one child per size, then the table --------------------------------------------

function runChild(n: number, nodeFlags: string[] = []): ChildResult {
  const res = spawnSync(process.execPath, ["--expose-gc", ...nodeFlags, TS_NODE_BIN, "--transpile-only", __filename, "--child", String(n)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`benchmark child for ${n} transactions failed (status ${res.status}):\n${res.stderr}`);
  const line = res.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as ChildResult;
}

function pad(s: string, width: number): string {
  return s.padStart(width);
}

function printTable(results: ChildResult[]): void {
  const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const header = ["transactions", "customers", "rfm() best ms", "rfm() mean ms", "core best ms", "core mean ms", "peak RSS MB", "base RSS MB", "heap used MB"];
  const rows = results.map((r) => [
    fmt(r.transactions),
    fmt(r.customers),
    fmt(r.rfm.bestMs, 1),
    fmt(r.rfm.meanMs, 1),
    fmt(r.core.bestMs, 1),
    fmt(r.core.meanMs, 1),
    fmt(r.peakRssMb, 0),
    fmt(r.baselineRssMb, 0),
    fmt(r.heapUsedMb, 0),
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) => `| ${cells.map((c, j) => pad(c, widths[j])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  rows.forEach((r) => console.log(line(r)));
  console.log(
    `\nTimes: best of ${RUNS} runs after a warm-up, and their mean. rfm() is =CX.RFM's code on n x 1 ranges with a header row ` +
      `(ids as text, dates as Excel serials, amounts as numbers), including the spill of the customers table; ` +
      `core is columnVector + readColumns + rfmFromRead on the same ranges (no option parsing, error mapping or spill). Peak RSS is process.resourceUsage().maxRSS of the child; ` +
      `base RSS is the child's RSS once ts-node, TypeScript and the engine are loaded (before the data is made); ` +
      `heap used is measured after the timed rfm() runs, with the data and the last result alive.`,
  );
}

/** Top functions by self time in a .cpuprofile (V8 CPU profile JSON). */
function summarizeProfile(path: string, top = 15): void {
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string };
    hitCount?: number;
  }
  const profile = JSON.parse(readFileSync(path, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const f = node.callFrame;
    // File only: line numbers in the profile are those of ts-node's transpiled JavaScript.
    const where = f.url ? relative(ROOT, f.url.replace(/^file:\/\//, "")) : "";
    const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  console.log(`\nCPU profile of the 10^6 child (${path}), self time by function (whole child: data generation, warm-up and runs):`);
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, us]) => console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`));
}

function parent(profile: boolean): void {
  console.log(`RFM benchmark, Node ${process.version}, ${process.platform}/${process.arch}\n`);
  const results = SIZES.map((n) => runChild(n));
  printTable(results);
  const big = results.find((r) => r.transactions === TARGET.transactions)!;
  const met = big.rfm.bestMs < TARGET.ms;
  console.log(
    `\nTarget: 10^6 transactions < ${TARGET.ms} ms through rfm(): ${met ? "met" : "NOT met"} ` +
      `(best ${big.rfm.bestMs.toFixed(0)} ms, mean ${big.rfm.meanMs.toFixed(0)} ms).`,
  );
  if (profile || !met) {
    const dir = join(tmpdir(), "cx-bench-profiles");
    mkdirSync(dir, { recursive: true });
    const name = `rfm-1e6-${Date.now()}.cpuprofile`;
    runChild(TARGET.transactions, ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", name]);
    summarizeProfile(join(dir, name));
    console.log(`\nOpen the profile in Chrome DevTools (Performance panel) or VS Code.`);
  }
}

const argv = process.argv.slice(2);
const childAt = argv.indexOf("--child");
if (childAt >= 0) {
  child(Number(argv[childAt + 1])).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  parent(argv.includes("--profile"));
}
