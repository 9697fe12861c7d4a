// Generates the sample data in examples/: a seeded, synthetic two-year order export of a retail
// business (examples/retail-orders.csv and .xlsx) and a user segment map (segment-map.csv).
// Run: npx ts-node --transpile-only scripts/make-examples.ts   (or npm run examples)
// Same seed, same bytes: the CSV files are identical on every run (no Math.random, no clock).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { mulberry32 } from "../src/core/math/random";

const SEED = 20250101;
const CUSTOMERS = 3000;
const START = Date.UTC(2023, 0, 1);
const END = Date.UTC(2024, 11, 31, 23, 59);
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
const OUT_DIR = join(__dirname, "..", "examples");

const rand = mulberry32(SEED);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * rand();
const chance = (p: number) => rand() < p;
/** Standard normal by Box-Muller. */
function normal(): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const exponential = (mean: number) => -Math.log(1 - rand()) * mean;
function pick<T>(items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

// --- Customers -----------------------------------------------------------------------------

type Kind = "vip" | "regular" | "occasional" | "one-time";
interface Profile {
  share: number;
  /** Orders per year while active. */
  rate: number;
  /** Median order value. */
  basket: number;
  /** Mean active lifetime after the first order (churn). */
  lifetime: number;
}
const PROFILES: Record<Kind, Profile> = {
  vip: { share: 0.08, rate: 50, basket: 95, lifetime: 3 * YEAR_MS },
  regular: { share: 0.27, rate: 20, basket: 55, lifetime: 1.3 * YEAR_MS },
  occasional: { share: 0.3, rate: 5, basket: 45, lifetime: 0.9 * YEAR_MS },
  "one-time": { share: 0.35, rate: 0, basket: 38, lifetime: 0 },
};
const KINDS = Object.keys(PROFILES) as Kind[];
const CHANNELS = ["Online", "Store", "Phone"] as const;
const REGIONS = ["North", "South", "East", "West", "Central"] as const;

/** Relative demand by month (0 = January): a Black Friday / Christmas peak in Nov and Dec. */
const SEASON = [0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 0.9, 0.95, 1.0, 1.05, 1.6, 2.1];
const SEASON_MAX = Math.max(...SEASON);
const season = (t: number) => SEASON[new Date(t).getUTCMonth()];

/** A time in [from, to] drawn with the seasonal weights (rejection sampling). */
function seasonalTime(from: number, to: number): number {
  for (;;) {
    const t = uniform(from, to);
    if (chance(season(t) / SEASON_MAX)) return t;
  }
}

/** Opening hours: orders between 08:00 and 21:59, on whole minutes. */
function withTimeOfDay(t: number): number {
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  return day + (8 * 60 + Math.floor(uniform(0, 14 * 60))) * 60_000;
}

interface Order {
  id: string;
  customer: string;
  time: number;
  amount: number;
  channel: string;
  region: string;
}

const orders: Order[] = [];
for (let c = 1; c <= CUSTOMERS; c++) {
  const kind = pick(KINDS, KINDS.map((k) => PROFILES[k].share));
  const p = PROFILES[kind];
  const customer = `C${String(c).padStart(5, "0")}`;
  const region = pick(REGIONS, [0.24, 0.22, 0.2, 0.2, 0.14]);
  const favourite = pick(CHANNELS, [0.6, 0.3, 0.1]);
  const basket = Math.log(p.basket) + 0.35 * normal(); // customers differ in what they spend
  // A third of the customers were already buying when the export starts; the rest join over the two years.
  const first = chance(0.33) ? uniform(START, START + 60 * DAY_MS) : seasonalTime(START, END);
  const churn = kind === "one-time" ? first : first + exponential(p.lifetime);
  const rate = p.rate * Math.exp(0.4 * normal()); // orders per year, heterogeneous
  let t = first;
  const stop = Math.min(churn, END);
  do {
    const channel = chance(0.8) ? favourite : pick(CHANNELS, [0.5, 0.35, 0.15]);
    const amount = Math.min(2500, Math.max(1, Math.exp(basket + 0.55 * normal())));
    orders.push({ id: "", customer, time: withTimeOfDay(t), amount: Math.round(amount * 100) / 100, channel, region });
    if (rate <= 0) break;
    // Next order: a seasonal Poisson process (thinning at the peak rate).
    for (;;) {
      t += exponential(YEAR_MS / (rate * SEASON_MAX));
      if (t > stop || chance(season(t) / SEASON_MAX)) break;
    }
  } while (t <= stop);
}
orders.sort((a, b) => a.time - b.time || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
orders.forEach((o, i) => {
  o.id = `O${String(100001 + i)}`;
});

// --- Export rows with the irregularities of real exports -----------------------------------

type DateStyle = "date" | "iso-text" | "compact-text";
type AmountStyle = "number" | "currency-text" | "blank";
interface Row {
  order: Order;
  dateStyle: DateStyle;
  amountStyle: AmountStyle;
}

const rows: Row[] = [];
for (const o of orders) {
  rows.push({ order: o, dateStyle: "date", amountStyle: "number" });
  // About 1% of orders are refunded in full, 1 to 30 days later (a negative amount).
  if (chance(0.01)) {
    const time = o.time + Math.ceil(uniform(0, 30)) * DAY_MS;
    if (time <= END) rows.push({ order: { ...o, id: `${o.id}-R`, time, amount: -o.amount }, dateStyle: "date", amountStyle: "number" });
  }
}
rows.sort((a, b) => a.order.time - b.order.time);
for (const r of rows) {
  const u = rand();
  r.dateStyle = u < 0.03 ? "iso-text" : u < 0.04 ? "compact-text" : "date";
}
// A handful of rows without an amount and a few with currency text.
const blankAmount = new Set<number>();
while (blankAmount.size < 7) blankAmount.add(Math.floor(uniform(0, rows.length)));
blankAmount.forEach((i) => (rows[i].amountStyle = "blank"));
let currency = 0;
while (currency < 12) {
  const r = rows[Math.floor(uniform(0, rows.length))];
  if (r.amountStyle === "number" && r.order.amount > 0) {
    r.amountStyle = "currency-text";
    currency++;
  }
}
// Fully blank rows (as left by deleted lines or pasted blocks), at fixed positions from the seed.
const blankBefore = new Set<number>();
while (blankBefore.size < 6) blankBefore.add(1 + Math.floor(uniform(0, rows.length - 1)));

const HEADER = ["Order ID", "Customer ID", "Order Date", "Amount", "Channel", "Region"];
const pad = (n: number) => String(n).padStart(2, "0");
function dateText(t: number, style: DateStyle): string {
  const d = new Date(t);
  const ymd = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  if (style === "compact-text") return ymd.join("");
  if (style === "iso-text") return ymd.join("-");
  return `${ymd.join("-")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
function amountText(r: Row): string {
  if (r.amountStyle === "blank") return "";
  const a = r.order.amount;
  if (r.amountStyle === "currency-text") return `$${a.toFixed(2)}`;
  return a.toFixed(2);
}

// --- CSV -------------------------------------------------------------------------------------

const csvLines: string[] = [HEADER.join(",")];
let blankIndex = 0;
rows.forEach((r, i) => {
  // Half the blank rows as empty lines, half as Excel writes them (delimiters only).
  if (blankBefore.has(i)) csvLines.push(blankIndex++ % 2 === 0 ? "" : ",,,,,");
  const o = r.order;
  csvLines.push([o.id, o.customer, dateText(o.time, r.dateStyle), amountText(r), o.channel, o.region].join(","));
});

// --- XLSX ------------------------------------------------------------------------------------

async function writeXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CX Analytics scripts/make-examples.ts";
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  const ws = wb.addWorksheet("Orders", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { key: "id", width: 12 },
    { key: "customer", width: 13 },
    { key: "date", width: 18 },
    { key: "amount", width: 11 },
    { key: "channel", width: 10 },
    { key: "region", width: 10 },
  ];
  ws.addRow(HEADER).font = { bold: true };
  rows.forEach((r, i) => {
    if (blankBefore.has(i)) ws.addRow([]);
    const o = r.order;
    // Real Excel dates (date-times, shown yyyy-mm-dd hh:mm) except the text-date irregularities.
    const date: ExcelJS.CellValue = r.dateStyle === "date" ? new Date(o.time) : dateText(o.time, r.dateStyle);
    const amount: ExcelJS.CellValue = r.amountStyle === "blank" ? null : r.amountStyle === "currency-text" ? amountText(r) : o.amount;
    const row = ws.addRow([o.id, o.customer, date, amount, o.channel, o.region]);
    if (r.dateStyle === "date") row.getCell(3).numFmt = "yyyy-mm-dd hh:mm";
    if (typeof amount === "number") row.getCell(4).numFmt = "#,##0.00";
  });
  await wb.xlsx.writeFile(path);
}

// --- Segment map -----------------------------------------------------------------------------

const SEGMENT_MAP = [
  ["Segment", "R", "F", "M"],
  ["VIP", "5", "5", "5"],
  ["Champions", "4-5", "4-5", "4-5"],
  ["Loyal", "3-5", "3-5", "1-5"],
  ["New", "5", "1", "1-5"],
  ["Promising", "4-5", "1-3", "1-5"],
  ["Slipping", "3", "1-2", "1-5"],
  ["At Risk", "1-2", "3-5", "3-5"],
  ["Dormant", "1-2", "1-5", "1-5"],
];

async function run(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, "retail-orders.csv"), csvLines.join("\n") + "\n");
  writeFileSync(join(OUT_DIR, "segment-map.csv"), SEGMENT_MAP.map((r) => r.join(",")).join("\n") + "\n");
  await writeXlsx(join(OUT_DIR, "retail-orders.xlsx"));
  const customers = new Set(orders.map((o) => o.customer)).size;
  const refunds = rows.filter((r) => r.order.amount < 0).length;
  const count = (style: DateStyle) => rows.filter((r) => r.dateStyle === style).length;
  console.log(
    `examples/retail-orders.csv and .xlsx: ${orders.length} orders, ${refunds} refunds, ${customers} customers, ` +
      `${count("iso-text")} yyyy-mm-dd and ${count("compact-text")} yyyymmdd text dates, ${blankAmount.size} blank amounts, ` +
      `${currency} currency-text amounts, ${blankBefore.size} blank rows; examples/segment-map.csv.`,
  );
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
