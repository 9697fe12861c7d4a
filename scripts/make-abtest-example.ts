// Generates examples/ab-test.csv: a seeded, synthetic A/B test of a checkout page, one row per
// visitor: the visitor, the variant (A the current checkout, B the new one), whether the visitor
// bought (1 or 0) and the order value (blank when nothing was bought).
// Run: npx ts-node --transpile-only scripts/make-abtest-example.ts
// Same seed, same bytes: no Math.random, no clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/core/math/random";
import { sampleNormal } from "../src/core/math/sample";

const SEED = 20241105;
const VISITORS = 10_000;
const OUT = join(__dirname, "..", "examples", "ab-test.csv");

/**
 * The truth behind the data: B converts better (6.2% against 5.0%) but its orders are a little
 * smaller (median 46 against 48; log-normal with the same spread), as a shorter checkout that
 * drops the upsell step would.
 */
const ARMS = {
  A: { rate: 0.05, median: 48 },
  B: { rate: 0.062, median: 46 },
} as const;
const SPREAD = 0.55; // sd of log(order value)

const rand = mulberry32(SEED);
const lines = ["Visitor,Variant,Converted,Order value"];
for (let i = 1; i <= VISITORS; i++) {
  const variant = rand() < 0.5 ? "A" : "B";
  const arm = ARMS[variant];
  const converted = rand() < arm.rate ? 1 : 0;
  const value = converted ? (arm.median * Math.exp(SPREAD * sampleNormal(rand))).toFixed(2) : "";
  lines.push(`V${String(i).padStart(5, "0")},${variant},${converted},${value}`);
}

mkdirSync(join(__dirname, "..", "examples"), { recursive: true });
writeFileSync(OUT, lines.join("\n") + "\n");
console.log(`wrote ${OUT}: ${VISITORS} visitors`);
