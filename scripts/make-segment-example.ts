// Generates the sample data of the segmentation wizard:
//   examples/customers-rfm.csv  1,000 customers with Customer, Recency (days), Frequency, Monetary
//                               and Region, from four behaviour groups (for k-means and tiers);
//   examples/product-sales.csv  3,000 sales rows (Product, Revenue) of a catalogue of 120 products
//                               (111 of them sold), a few best sellers making most of the revenue
//                               (for Pareto / ABC).
// Run: npx ts-node --transpile-only scripts/make-segment-example.ts   (or npm run examples)
// Same seed, same bytes: no Math.random, no clock.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/core/math/random";
import { sampleNormal } from "../src/core/math/sample";

const SEED = 20250601;
const CUSTOMERS = 1000;
const PRODUCTS = 120;
const SALES = 3000;
const OUT_DIR = join(__dirname, "..", "examples");

const rand = mulberry32(SEED);

/**
 * The truth behind the customers: four groups, each with its median recency, frequency and spend
 * per order (log-normal around them, so money and counts are skewed as in real data).
 */
const GROUPS = [
  { name: "best", share: 0.15, recency: 8, frequency: 24, perOrder: 110 },
  { name: "regular", share: 0.35, recency: 40, frequency: 6, perOrder: 55 },
  { name: "slipping", share: 0.2, recency: 250, frequency: 12, perOrder: 80 },
  { name: "lapsed", share: 0.3, recency: 500, frequency: 1.2, perOrder: 40 },
] as const;
const REGIONS = ["North", "South", "East", "West"];

function pickGroup(): (typeof GROUPS)[number] {
  let r = rand();
  for (const g of GROUPS) {
    r -= g.share;
    if (r < 0) return g;
  }
  return GROUPS[GROUPS.length - 1];
}

const logNormal = (median: number, sd: number) => median * Math.exp(sd * sampleNormal(rand));

const customers = ["Customer,Recency (days),Frequency,Monetary,Region"];
for (let i = 1; i <= CUSTOMERS; i++) {
  const g = pickGroup();
  const recency = Math.max(0, Math.round(logNormal(g.recency, 0.25)));
  const frequency = Math.max(1, Math.round(logNormal(g.frequency, 0.2)));
  const monetary = (frequency * logNormal(g.perOrder, 0.2)).toFixed(2);
  customers.push(`C${String(i).padStart(4, "0")},${recency},${frequency},${monetary},${REGIONS[Math.floor(rand() * REGIONS.length)]}`);
}

// Products: popularity falls off as 1 / rank^1.4 (Zipf), prices vary by product.
const weights = Array.from({ length: PRODUCTS }, (_, j) => 1 / Math.pow(j + 1, 1.4));
const totalWeight = weights.reduce((a, b) => a + b, 0);
const prices = Array.from({ length: PRODUCTS }, () => logNormal(40, 0.5));
function pickProduct(): number {
  let r = rand() * totalWeight;
  for (let j = 0; j < PRODUCTS; j++) {
    r -= weights[j];
    if (r < 0) return j;
  }
  return PRODUCTS - 1;
}
const sales = ["Product,Revenue"];
for (let i = 0; i < SALES; i++) {
  const j = pickProduct();
  const units = 1 + Math.floor(rand() * 3);
  sales.push(`P${String(j + 1).padStart(3, "0")},${(units * prices[j]).toFixed(2)}`);
}

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, "customers-rfm.csv"), customers.join("\n") + "\n");
writeFileSync(join(OUT_DIR, "product-sales.csv"), sales.join("\n") + "\n");
console.log(`wrote examples/customers-rfm.csv (${CUSTOMERS} customers) and examples/product-sales.csv (${SALES} sales from a catalogue of ${PRODUCTS} products)`);
