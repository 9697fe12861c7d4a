// =CX.LTV, =CX.CLV.*, =CX.PALIVE, =CX.PURCHASES, =CX.SPEND*, =CX.LTV.SIMPLE, =CX.RETENTION.FIT:
// published values, hand-worked values, parameter recovery, and agreement with direct engine calls.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import {
  bgnbd,
  gammaGammaConditionalExpectedSpend,
  ltvFromTransactions,
  monthlyRate,
  simulateCustomers,
  unitsPerMonth,
} from "../../src/core/clv";
import { epochDayFromYmd, serialFromEpochDay } from "../../src/core/table/date";
import { clvFit, clvSummary, ltv, ltvSimple, pAlive, purchases, retentionFit, spend, spendFit } from "../../src/functions/clv";
import { excelError } from "./fuzz-outcome";

const messageOf = (f: () => unknown) => excelError(f).message;

// Published CDNOW estimates, in weeks (Fader, Hardie & Lee 2005, "Counting your customers the easy
// way", Marketing Science 24(2), 275-284): r = 0.2426, alpha = 4.4135, a = 0.7929, b = 2.4258.
const CDNOW = [0.2426, 4.4135, 0.7929, 2.4258];
// The same as the table =CX.CLV.FIT spills.
const CDNOW_TABLE = [
  ["Model", "Parameter", "Estimate", "Standard error"],
  ["BG/NBD", "r", 0.2426, 0.0121],
  ["BG/NBD", "alpha", 4.4135, 0.3784],
  ["BG/NBD", "a", 0.7929, 0.1855],
  ["BG/NBD", "b", 2.4258, 0.7054],
  ["BG/NBD", "log-likelihood", -9582.4292, ""],
  ["BG/NBD", "customers", 2357, ""],
  ["BG/NBD", "converged", true, ""],
];
// The FHL 2005 example customer: x = 2 repeat purchases, t_x = 30.43 and T = 38.86 weeks.
const col = (header: string, ...values: unknown[]) => [[header], ...values.map((v) => [v])];
const X = col("Frequency", 2);
const TX = col("Recency", 30.43);
const AGE = col("T", 38.86);

describe("=CX.PURCHASES and =CX.PALIVE with the published CDNOW parameters", () => {
  test("E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (FHL 2005, Hardie's spreadsheet)", () => {
    const out = purchases(CDNOW_TABLE, X, TX, AGE, 39);
    expect(out[0]).toEqual(["Expected purchases"]);
    expect(out[1][0]).toBeCloseTo(1.226, 3);
    // The same parameters as bare numbers, in a row or a column, with or without the model named.
    expect(purchases([CDNOW], X, TX, AGE, 39)[1][0]).toBeCloseTo(1.226, 3);
    expect(purchases(CDNOW.map((v) => [v]), X, TX, AGE, 39, "BG/NBD")[1][0]).toBeCloseTo(1.226, 3);
    // As name / value rows, and as names over values.
    const named = [["r", 0.2426], ["alpha", 4.4135], ["a", 0.7929], ["b", 2.4258]];
    expect(purchases(named, X, TX, AGE, 39)[1][0]).toBeCloseTo(1.226, 3);
    expect(purchases([["r", "alpha", "a", "b"], CDNOW], X, TX, AGE, "39")[1][0]).toBeCloseTo(1.226, 3);
  });

  test("P(alive) by hand from 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x))", () => {
    // a/(b+x-1) = 0.7929/3.4258 = 0.231450
    // (alpha+T)/(alpha+t_x) = 43.2735/34.8435 = 1.241939; ^(r+x = 2.2426) = 1.625658
    // 0.231450 x 1.625658 = 0.376258; P(alive) = 1/1.376258 = 0.726608
    expect(pAlive(CDNOW_TABLE, X, TX, AGE)).toEqual([["P(alive)"], [expect.closeTo(0.726608, 6)]]);
    // A customer without repeat purchases is alive by the BG/NBD's assumption.
    expect(pAlive([CDNOW], [[0]], [[0]], [[38.86]])).toEqual([[1]]);
  });

  test("output lines up with the input rows: header, blank and skipped rows stay in place", () => {
    const x = col("x", 2, "", 0, 2);
    const tx = col("t_x", 30.43, "", 0, "");
    const T = col("T", 38.86, "", 38.86, 38.86);
    expect(pAlive(CDNOW_TABLE, x, tx, T)).toEqual([["P(alive)"], [expect.closeTo(0.726608, 6)], [""], [1]]);
    // Whole-column references: trailing blanks are ignored.
    const pad = (c: unknown[][]) => [...c, ...Array.from({ length: 3000 }, () => [""])];
    expect(pAlive(CDNOW_TABLE, pad(x), pad(tx), pad(T))).toEqual(pAlive(CDNOW_TABLE, x, tx, T));
  });

  test("a table holding several models: the model argument picks one", () => {
    const pareto = [["Pareto/NBD", "r", 0.5533], ["Pareto/NBD", "alpha", 10.5776], ["Pareto/NBD", "s", 0.6061], ["Pareto/NBD", "beta", 11.6687]];
    const both = [...CDNOW_TABLE, ...pareto];
    expect(messageOf(() => pAlive(both, X, TX, AGE))).toBe(
      "params: holds the parameters of several models (BG/NBD, Pareto/NBD): say which with the model argument",
    );
    expect(pAlive(both, X, TX, AGE, "bg/nbd")).toEqual(pAlive(CDNOW_TABLE, X, TX, AGE));
    const p = pAlive(both, X, TX, AGE, "Pareto/NBD")[1][0] as number;
    expect(p).not.toBeCloseTo(0.726608, 3);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    // Gamma-Gamma rows are not a purchase model.
    expect(messageOf(() => pAlive([["Gamma-Gamma", "p", 6.25], ["Gamma-Gamma", "q", 3.74], ["Gamma-Gamma", "gamma", 15.44]], X, TX, AGE))).toBe(
      "params: holds no BG/NBD, MBG/NBD or Pareto/NBD parameters: give the table =CX.CLV.FIT spills, or r, alpha, a, b as 4 numbers",
    );
    expect(messageOf(() => pAlive(CDNOW_TABLE, X, TX, AGE, "Pareto/NBD"))).toBe("params: has no Pareto/NBD parameters (it holds BG/NBD)");
  });

  test("bad parameters and customer rows are #VALUE! naming the argument, the row and the problem", () => {
    expect(excelError(() => pAlive([[0.2, 4, 0.8]], X, TX, AGE))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "params: give the BG/NBD parameters r, alpha, a, b as 4 numbers (got 3 numbers)" }),
    );
    expect(messageOf(() => pAlive([[0.2, 4, -0.8, 2]], X, TX, AGE))).toBe("params: BG/NBD a is -0.8: it must be a number above 0");
    // Beyond what any fit returns (|ln theta| <= 30) the formulas lose their digits: refused, not evaluated.
    expect(messageOf(() => purchases([[0.2, 4, 0.8, 1e308]], X, TX, AGE, 39))).toBe("params: BG/NBD b is 1e+308: it must be between 1e-12 and 1e12, the range a fit can return");
    expect(messageOf(() => pAlive(CDNOW_TABLE.slice(0, 4), X, TX, AGE))).toBe("params: has no row for the BG/NBD parameter b");
    expect(messageOf(() => pAlive([[""]], X, TX, AGE))).toBe("params: is blank: give the table =CX.CLV.FIT spills, or r, alpha, a, b as 4 numbers");
    expect(messageOf(() => pAlive([["hello", "world"]], X, TX, AGE))).toMatch(/^params: no parameter names found/);
    expect(messageOf(() => pAlive([CDNOW], col("x", 2, 1.5), col("t", 3, 1), col("T", 5, 5)))).toBe("frequency, row 3: 1.5 is not a whole number");
    expect(messageOf(() => pAlive([CDNOW], col("x", 2, 1), col("t", 3, 6), col("T", 5, 5)))).toBe(
      "recency, row 3: recency t_x = 6 is later than T = 5 (the last purchase cannot be after the end of the calibration period)",
    );
    expect(messageOf(() => pAlive([CDNOW], [[0], [0]], [[0], [2]], [[5], [5]]))).toBe(
      "recency, row 2: a customer without repeat purchases (frequency 0) must have recency 0 (got 2)",
    );
    expect(messageOf(() => pAlive([CDNOW], [[1]], [[-1]], [[5]]))).toBe("recency, row 1: -1 is below the smallest allowed value, 0");
    expect(messageOf(() => purchases([CDNOW], X, TX, AGE, -1))).toBe("horizon: -1 must be a length of time of 0 or more, in the unit of recency and T");
    expect(messageOf(() => purchases([CDNOW], X, TX, AGE, ""))).toBe("horizon: is required");
    expect(messageOf(() => purchases([CDNOW], X, TX, AGE, [[1], [2]]))).toBe("horizon: give a single value, not a range");
    expect(messageOf(() => pAlive([CDNOW], X, TX, AGE, "BTYD"))).toBe('model: "BTYD" is not a model: use "BG/NBD", "MBG/NBD" or "Pareto/NBD"');
    expect(messageOf(() => pAlive([CDNOW], [[""]], [[""]], [[""]]))).toBe("frequency, recency, T: no customer rows with data");
  });
});

describe("=CX.SPEND.FIT and =CX.SPEND", () => {
  test("expected spend by hand: p (gamma + m x) / (p x + q - 1), population mean p gamma / (q - 1) without repeat spend", () => {
    // Fader & Hardie's CDNOW Gamma-Gamma estimates p = 6.25, q = 3.74, gamma = 15.44 (note 025).
    // x = 2, m = 22.35: 6.25 (15.44 + 44.70) / (12.5 + 2.74) = 375.875 / 15.24 = 24.663714
    // x = 0 (or blank spend): 6.25 x 15.44 / 2.74 = 96.5 / 2.74 = 35.218978
    const params = [["Gamma-Gamma", "p", 6.25], ["Gamma-Gamma", "q", 3.74], ["Gamma-Gamma", "gamma", 15.44]];
    expect(spend(params, col("x", 2, 0, 3), col("m", 22.35, "", 0))).toEqual([
      ["Expected spend"],
      [expect.closeTo(24.663714, 6)],
      [expect.closeTo(35.218978, 6)],
      [expect.closeTo(35.218978, 6)], // no positive spend: the population mean, as the CLV does
    ]);
    expect(spend([[6.25, 3.74, 15.44]], [[2]], [[22.35]])).toEqual([[expect.closeTo(24.663714, 6)]]);
    expect(messageOf(() => spend([[2, 0.8, 10]], [[2]], [[22.35]]))).toBe(
      "params: Gamma-Gamma q = 0.8 is at most 1: the expected spend p gamma / (q - 1) is infinite, so the model cannot predict spend",
    );
    expect(messageOf(() => spend(CDNOW_TABLE, [[2]], [[22.35]]))).toBe("params: holds no Gamma-Gamma parameters: give the table =CX.SPEND.FIT spills, or p, q, gamma as 3 numbers");
  });

  test("=CX.SPEND.FIT recovers p, q, gamma of a seeded simulation within 3 standard errors; its table feeds =CX.SPEND", () => {
    const truth = [6, 4, 15];
    const s = simulateCustomers(4000, { model: "bgnbd", params: [1, 2, 0.5, 5], T: 39, spendParams: truth, seed: 11 });
    const x = col("Frequency", ...s.frequency);
    const m = col("Monetary", ...s.monetary);
    const table = spendFit(x, m);
    expect(table[0]).toEqual(["Model", "Parameter", "Estimate", "Standard error"]);
    const row = (name: string) => table.find((r) => r[1] === name)!;
    ["p", "q", "gamma"].forEach((name, k) => {
      const [, , est, se] = row(name);
      expect(se).toBeGreaterThan(0);
      expect(Math.abs((est as number) - truth[k])).toBeLessThan(3 * (se as number));
    });
    let repeaters = 0;
    s.frequency.forEach((v) => (repeaters += v > 0 ? 1 : 0));
    expect(row("customers")[2]).toBe(repeaters);
    expect(row("excluded: no repeat purchases")[2]).toBe(4000 - repeaters);
    expect(row("excluded: zero or negative spend")[2]).toBe(0);
    expect(Math.abs(row("frequency-spend correlation")[2] as number)).toBeLessThan(0.1);
    expect(row("converged")[2]).toBe(true);
    const [p, q, g] = ["p", "q", "gamma"].map((n) => row(n)[2] as number);
    expect(row("mean spend")[2]).toBeCloseTo((p * g) / (q - 1), 10);
    // The table spills straight into =CX.SPEND.
    const out = spend(table, x.slice(0, 4), m.slice(0, 4));
    for (let i = 1; i < 4; i++) expect(out[i][0]).toBeCloseTo(gammaGammaConditionalExpectedSpend([p, q, g], s.monetary[i - 1] > 0 ? s.frequency[i - 1] : 0, s.monetary[i - 1]), 10);
  });

  test("too few repeat customers is #VALUE! with the reason", () => {
    expect(messageOf(() => spendFit([[1], [0], [0]], [[10], [0], [0]]))).toBe(
      "the spend model needs at least 3 customers with a repeat purchase and positive spend (found 1; 2 without repeat purchases, 0 with zero or negative spend)",
    );
    expect(messageOf(() => spendFit([[1], [2]], [[10], ["ten"]]))).toBe("monetary, row 2: 'ten' is not a number");
  });
});

describe("=CX.CLV.FIT", () => {
  test("recovers the BG/NBD parameters of a seeded simulation within 3 standard errors", () => {
    const truth = [0.3, 5, 0.9, 3];
    // Purchases on whole days of a summary in weeks, as summaries of real data are.
    const s = simulateCustomers(4000, { model: "bgnbd", params: truth, T: (u) => 26 + Math.floor(91 * u()) / 7, timeStep: 1 / 7, seed: 7 });
    const out = clvFit(col("Frequency", ...s.frequency), col("Recency (weeks)", ...s.recency), col("T (weeks)", ...s.T));
    expect(out.map((r) => r.slice(0, 2))).toEqual([
      ["Model", "Parameter"],
      ["BG/NBD", "r"],
      ["BG/NBD", "alpha"],
      ["BG/NBD", "a"],
      ["BG/NBD", "b"],
      ["BG/NBD", "log-likelihood"],
      ["BG/NBD", "customers"],
      ["BG/NBD", "converged"],
    ]);
    truth.forEach((v, k) => {
      const [, , est, se] = out[k + 1];
      expect(se).toBeGreaterThan(0);
      expect(Math.abs((est as number) - v)).toBeLessThan(3 * (se as number));
    });
    expect(out[5][2]).toBeLessThan(0);
    expect(out[6][2]).toBe(4000);
    expect(out[7][2]).toBe(true);
    // The fitted table goes straight into =CX.PALIVE.
    const params = out.slice(1, 5).map((r) => r[2] as number);
    expect(pAlive(out, [[s.frequency[0]]], [[s.recency[0]]], [[s.T[0]]])[0][0]).toBeCloseTo(bgnbd.probabilityAlive(params, s.frequency[0], s.recency[0], s.T[0]), 12);
  });

  test("model and penalizer arguments; errors", () => {
    const s = simulateCustomers(300, { model: "bgnbd", params: [0.5, 4, 1, 3], T: 30, seed: 3 });
    const cols = [col("x", ...s.frequency), col("t_x", ...s.recency), col("T", ...s.T)] as const;
    const mbg = clvFit(...cols, "mbg/nbd");
    expect(mbg.slice(1, 8).map((r) => r[0])).toEqual(Array(7).fill("MBG/NBD"));
    expect(mbg.slice(1, 5).map((r) => r[1])).toEqual(["r", "alpha", "a", "b"]);
    // A penalty pulls the parameters toward 0: sum of squares no larger than without it.
    const ss = (t: unknown[][]) => t.slice(1, 5).reduce((a, r) => a + (r[2] as number) ** 2, 0);
    expect(ss(clvFit(...cols, null, 0.1))).toBeLessThan(ss(clvFit(...cols)));
    expect(messageOf(() => clvFit(...cols, null, -1))).toBe("penalizer: -1 must be a number from 0 to 1000 (0 = no penalty; try 0.001 to 0.1)");
    expect(messageOf(() => clvFit([[0], [0]], [[0], [0]], [[3], [4]]))).toBe(
      "no customer made a repeat purchase (every frequency is 0): a purchase model needs some repeat buyers to be fitted",
    );
  });
});

// The fixture the CLI tests use too: 16 customers, January to June 2024, with a same-day order
// (C04 on 2024-01-10), a refund (C05, 2024-03-01), a blank line and a blank amount (C14, 2024-05-30).
const FIXTURE = join(__dirname, "..", "fixtures", "clv", "small-transactions.csv");
const grid = Papa.parse<string[]>(readFileSync(FIXTURE, "utf8"), { skipEmptyLines: false }).data.slice(0, -1);
const column = (j: number) => grid.map((row) => [row[j] ?? ""]);
const [IDS, DATES, AMOUNTS] = [column(1), column(2), column(3)];
// The same transactions as Excel passes them from a sheet: dates as serial numbers, amounts as numbers.
const day = (iso: string) => epochDayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;
const SERIALS = DATES.map(([d], i) => [i === 0 || d === "" ? d : serialFromEpochDay(day(d))]);
const NUMBERS = AMOUNTS.map(([a], i) => [i === 0 || a === "" ? a : Number(a)]);

describe("=CX.CLV.SUMMARY", () => {
  test("hand-worked rows (weeks, as of the day after the last transaction, 2024-06-28)", () => {
    const out = clvSummary(IDS, DATES, AMOUNTS);
    expect(out[0]).toEqual(["Customer", "Frequency", "Recency (weeks)", "T (weeks)", "Monetary"]);
    expect(out).toHaveLength(17);
    const row = (id: string) => out.find((r) => r[0] === id)!;
    // C01: 01-03, then 01-20 35, 02-14 50, 03-30 45, 05-02 60, 06-18 40: x = 5, mean repeat spend 46;
    // t_x = 01-03 to 06-18 = 167 days, T = 01-03 to 06-28 = 177 days.
    expect(row("C01")).toEqual(["C01", 5, expect.closeTo(167 / 7, 12), expect.closeTo(177 / 7, 12), 46]);
    // C04: 60 + 15 on 01-10 are one purchase; 02-01 55, 02-25 70: x = 2, t_x = 46 days, T = 170 days.
    expect(row("C04")).toEqual(["C04", 2, expect.closeTo(46 / 7, 12), expect.closeTo(170 / 7, 12), 62.5]);
    // C05: the refund on 03-01 is not a purchase: 01-15, 06-01 35: x = 1, t_x = 138, T = 165 days.
    expect(row("C05")).toEqual(["C05", 1, expect.closeTo(138 / 7, 12), expect.closeTo(165 / 7, 12), 35]);
    // C14: the row with a blank amount is skipped: 04-20, 05-05 52: x = 1, t_x = 15, T = 69 days.
    expect(row("C14")).toEqual(["C14", 1, expect.closeTo(15 / 7, 12), expect.closeTo(69 / 7, 12), 52]);
    // C03: one purchase on 01-08: x = 0, t_x = 0, T = 172 days, no repeat spend.
    expect(row("C03")).toEqual(["C03", 0, 0, expect.closeTo(172 / 7, 12), 0]);
    // Excel serial dates and numeric amounts give the same table.
    expect(clvSummary(IDS, SERIALS, NUMBERS)).toEqual(out);
  });

  test("calibration and holdout periods, in days", () => {
    const out = clvSummary(IDS, DATES, AMOUNTS, "days", "2024-03-31", "2024-06-30");
    expect(out[0]).toEqual(["Customer", "Frequency", "Recency (days)", "T (days)", "Monetary", "Holdout purchases", "Holdout spend"]);
    // Customers with a first purchase by 03-31: C01 to C12.
    expect(out.slice(1).map((r) => r[0])).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12"]);
    const row = (id: string) => out.find((r) => r[0] === id)!;
    // C01: calibration 01-03, 01-20 35, 02-14 50, 03-30 45 (x 3, t_x 87, T 88, m 130/3); holdout 05-02 60, 06-18 40.
    expect(row("C01")).toEqual(["C01", 3, 87, 88, expect.closeTo(130 / 3, 12), 2, 100]);
    // C06: 01-22, 02-20 150, 03-20 180 (t_x 58, T 69); holdout 04-22 210, 05-20 190, 06-24 220.
    expect(row("C06")).toEqual(["C06", 2, 58, 69, 165, 3, 620]);
    // C05: no repeat purchase in calibration (the refund is not one), one in the holdout.
    expect(row("C05")).toEqual(["C05", 0, 0, 76, 0, 1, 35]);
  });

  test("argument errors", () => {
    expect(messageOf(() => clvSummary(IDS, DATES, AMOUNTS, "years"))).toBe("unit: 'years' must be one of: days, weeks, months");
    expect(messageOf(() => clvSummary(IDS, DATES, AMOUNTS, null, null, "2024-06-30"))).toBe(
      "holdout_end: needs a calibration_end: the holdout period starts the day after it",
    );
    expect(messageOf(() => clvSummary(IDS, DATES, AMOUNTS, null, "2024-03-31", "2024-03-01"))).toBe("holdout_end: must be after calibration_end");
    expect(messageOf(() => clvSummary(IDS, DATES, AMOUNTS, null, "2023-12-31"))).toBe("calibration_end: no customer made a purchase on or before that date");
    expect(messageOf(() => clvSummary(IDS, DATES, AMOUNTS, null, "31/03/2024"))).toMatch(/^calibration_end: '31\/03\/2024' is not a date/);
    expect(messageOf(() => clvSummary([["A"]], [["2024-01-01"]], [[-5]]))).toBe("amounts: no purchases to summarise (negative amounts are refunds, not purchases)");
  });
});

describe("=CX.LTV", () => {
  const HEADER = ["Customer", "Repeat purchases", "Recency (weeks)", "Age (weeks)", "P(alive)", "Expected purchases", "Expected spend", "CLV"];

  test("agrees with direct engine calls: P(alive), E[Y(horizon)], E[M] and CLV = margin x spend x discounted purchases", () => {
    const out = ltv(IDS, DATES, AMOUNTS, 12, 0.1, 0.3);
    expect(out[0]).toEqual(HEADER);
    expect(out).toHaveLength(17);
    // The engine on the same transactions, typed in directly (the blank-amount row left out).
    const rows = grid.slice(1).filter((r) => r.length > 1 && r[3] !== "");
    const r = ltvFromTransactions({ customer: rows.map((x) => x[1]), day: rows.map((x) => day(x[2])), amount: rows.map((x) => Number(x[3])) }, { margin: 0.3 });
    const bg = r.fit.params;
    const gg = r.spend.params;
    const u = unitsPerMonth("weeks");
    const d = monthlyRate(0.1); // 1.1^(1/12) - 1 a month
    for (const row of out.slice(1)) {
      const [id, x, tx, T, alive, buys, spendEach, value] = row as [string, number, number, number, number, number, number, number];
      const i = r.summary.customer.indexOf(id);
      expect([x, tx, T]).toEqual([r.summary.frequency[i], r.summary.recency[i], r.summary.T[i]]);
      expect(alive).toBeCloseTo(bgnbd.probabilityAlive(bg, x, tx, T), 12);
      expect(buys).toBeCloseTo(bgnbd.conditionalExpectedPurchases(bg, 12 * u, x, tx, T), 10);
      const m = r.summary.monetary[i];
      expect(spendEach).toBeCloseTo(gammaGammaConditionalExpectedSpend(gg, m > 0 ? x : 0, m), 10);
      // Discounted purchases: each month's expected purchases discounted by (1 + d)^k.
      let discounted = 0;
      for (let k = 1; k <= 12; k++) {
        const inMonth = bgnbd.conditionalExpectedPurchases(bg, k * u, x, tx, T) - bgnbd.conditionalExpectedPurchases(bg, (k - 1) * u, x, tx, T);
        discounted += inMonth / (1 + d) ** k;
      }
      expect(value).toBeCloseTo(0.3 * spendEach * discounted, 8);
      expect(discounted).toBeLessThan(buys);
    }
  });

  test("a header row, Excel serial dates and whole-column trailing blanks give the same table", () => {
    const base = ltv(IDS, DATES, AMOUNTS);
    expect(ltv(IDS, SERIALS, NUMBERS)).toEqual(base);
    const pad = (c: unknown[][]) => [...c, ...Array.from({ length: 5000 }, () => [""])];
    expect(ltv(pad(IDS), pad(SERIALS), pad(NUMBERS))).toEqual(base);
    // Without the header row the same customers come out.
    expect(ltv(IDS.slice(1), DATES.slice(1), AMOUNTS.slice(1))).toEqual(base);
  });

  test("options: horizon, discount rate, margin, as-of date, model", () => {
    const base = ltv(IDS, DATES, AMOUNTS);
    const value = (t: unknown[][]) => t.slice(1).reduce((a, r) => a + (r[7] as number), 0);
    // Margin scales the value; a longer horizon adds to it; no discount is worth more.
    expect(value(ltv(IDS, DATES, AMOUNTS, null, null, "30%"))).toBeCloseTo(0.3 * value(base), 8);
    expect(value(ltv(IDS, DATES, AMOUNTS, 24))).toBeGreaterThan(value(base));
    expect(value(ltv(IDS, DATES, AMOUNTS, null, 0))).toBeGreaterThan(value(base));
    // As of 2024-03-31: customers who first bought later are not there.
    const early = ltv(IDS, DATES, AMOUNTS, null, null, null, "2024-03-31");
    expect(early.slice(1).map((r) => r[0])).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12"]);
    // MBG/NBD: unlike the BG/NBD, a customer without repeat purchases may have dropped out.
    const mbg = ltv(IDS, DATES, AMOUNTS, null, null, null, null, "MBG/NBD");
    expect(mbg[0]).toEqual(HEADER);
    expect(mbg.slice(1).every((r) => (r[4] as number) > 0 && (r[4] as number) <= 1)).toBe(true);
    expect(base.find((r) => r[0] === "C03")![4]).toBe(1);
    expect(mbg.find((r) => r[0] === "C03")![4]).toBeLessThan(1);
  });

  test("bad input is #VALUE! with a message naming the argument, the row and the problem", () => {
    const bad = AMOUNTS.map((r, i) => (i === 4 ? ["n/a"] : r));
    expect(excelError(() => ltv(IDS, DATES, bad))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "amounts, row 5: 'n/a' is not a number" }));
    const badDate = DATES.map((r, i) => (i === 3 ? ["3/5/2024"] : r));
    expect(messageOf(() => ltv(IDS, badDate, AMOUNTS))).toBe("dates, row 4: '3/5/2024' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, 0))).toBe("horizon_months: 0 must be a whole number from 1 to 1200");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, null, -0.1))).toBe("annual_discount_rate: -0.1 must be a yearly rate from 0 (write 0.1 or 10% for ten percent)");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, null, null, 30))).toBe("margin: 30 must be a share of spend above 0 and at most 1 (write 0.3 or 30% for thirty percent)");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, null, null, null, "soon"))).toBe("as_of: 'soon' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, null, null, null, null, "RFM"))).toBe('model: "RFM" is not a model: use "BG/NBD", "MBG/NBD" or "Pareto/NBD"');
    expect(messageOf(() => ltv(IDS, DATES.slice(0, 10), AMOUNTS))).toBe("dates: has 10 rows but customer_ids has data down to row 43; give ranges of the same size");
    expect(messageOf(() => ltv([[""]], [[""]], [[""]]))).toBe("customer_ids, dates, amounts: no transaction rows with data");
    expect(messageOf(() => ltv(IDS, DATES, AMOUNTS, null, null, null, "2023-01-01"))).toBe("no customer has a purchase on or before the as-of date");
    expect(messageOf(() => ltv(col("id", "A", "B"), col("d", "2024-01-01", "2024-01-02"), col("a", 1, 2)))).toBe(
      "no customer bought more than once (on different days), so repeat buying cannot be modelled; give a longer history",
    );
  });
});

describe("=CX.LTV.SIMPLE", () => {
  test("margin x ARPU / churn, by hand", () => {
    // 0.3 x 50 / 0.05 = 300
    expect(ltvSimple(0.3, 50, 0.05)).toBeCloseTo(300, 12);
    expect(ltvSimple("30%", [[50]], "5%")).toBeCloseTo(300, 12);
  });

  test("with a discount rate: m r / (1 + d - r), r = 1 - churn, m = margin x ARPU, by hand", () => {
    // m = 15, r = 0.95, d = 0.01: 15 x 0.95 / 0.06 = 237.5
    expect(ltvSimple(0.3, 50, 0.05, 0.01)).toBeCloseTo(237.5, 10);
    // d = 0: the margin comes at the end of each period retained, 15 x 0.95 / 0.05 = 285 (not 300)
    expect(ltvSimple(0.3, 50, 0.05, 0)).toBeCloseTo(285, 10);
    // Churn 1: nobody is retained, nothing is received after the first period.
    expect(ltvSimple(1, 50, 1, 0.1)).toBe(0);
  });

  test("errors name the argument", () => {
    expect(messageOf(() => ltvSimple(30, 50, 0.05))).toBe("margin: 30 must be a share of revenue above 0 and at most 1 (write 0.3 or 30% for thirty percent)");
    expect(messageOf(() => ltvSimple(0.3, -5, 0.05))).toBe("arpu: -5 must be a revenue per customer per period of 0 or more");
    expect(messageOf(() => ltvSimple(0.3, 50, 0))).toBe("churn: 0 must be a share of customers lost per period, above 0 and at most 1 (write 0.05 or 5%)");
    expect(messageOf(() => ltvSimple(0.3, "", 0.05))).toBe("arpu: is required");
    expect(messageOf(() => ltvSimple(0.3, [[1, 2]], 0.05))).toBe("arpu: give a single value, not a range");
    expect(messageOf(() => ltvSimple(0.3, 50, 0.05, "soon"))).toBe("discount_rate: 'soon' is not a number");
    expect(messageOf(() => ltvSimple(1, 1e308, 1e-300))).toBe("arpu: 1e+308 is too large: the lifetime value is beyond the largest number Excel holds");
  });
});

describe("=CX.RETENTION.FIT", () => {
  // Fader & Hardie (2007), "How to project customer retention", Journal of Interactive Marketing 21(1):
  // survivors of 1,000 customers in years 0-7 (regular segment); published fit alpha = 0.704, beta = 1.182.
  const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
  const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

  test("reproduces the published fits (regular alpha 0.704, beta 1.182; high end alpha 0.668, beta 3.806)", () => {
    const out = retentionFit(col("Active customers", ...REGULAR));
    expect(out.map((r) => r.slice(0, 2))).toEqual([
      ["Model", "Parameter"],
      ["sBG", "alpha"],
      ["sBG", "beta"],
      ["sBG", "log-likelihood"],
      ["sBG", "cohort size"],
      ["sBG", "converged"],
    ]);
    expect(out[1][2]).toBeCloseTo(0.704, 3);
    expect(out[2][2]).toBeCloseTo(1.182, 3);
    expect(out[1][3]).toBeGreaterThan(0);
    expect(out[4][2]).toBe(1000);
    expect(out[5][2]).toBe(true);
    const high = retentionFit([HIGH_END]); // a row works too
    expect(high[1][2]).toBeCloseTo(0.668, 3);
    expect(high[2][2]).toBeCloseTo(3.806, 3);
  });

  test("with a discount rate: the discounted expected lifetime, checked against the sum of S(t) / (1 + d)^t", () => {
    const out = retentionFit(col("Active customers", ...REGULAR), 0.1);
    expect(out[6][1]).toBe("discounted expected lifetime");
    const [alpha, beta] = [out[1][2] as number, out[2][2] as number];
    // S(0) = 1, S(t) = S(t-1) r_t with r_t = (beta + t - 1) / (alpha + beta + t - 1) (F&H 2007 eq. 4).
    let S = 1;
    let sum = 1;
    for (let t = 1; t < 20000; t++) {
      S *= (beta + t - 1) / (alpha + beta + t - 1);
      sum += S / 1.1 ** t;
    }
    expect(out[6][2]).toBeCloseTo(sum, 8);
  });

  test("errors", () => {
    expect(messageOf(() => retentionFit([[1000], [600], [700]]))).toBe(
      "survivors, period 2: 700 is more than the 600 of the period before (survivors cannot increase)",
    );
    expect(messageOf(() => retentionFit([[1000]]))).toBe("survivors: give the cohort size and at least one later count (customers still active after each period)");
    expect(messageOf(() => retentionFit([[1000], [""], [500]]))).toBe("survivors, row 2: is blank: give a count for every period");
    expect(messageOf(() => retentionFit([["Active"], [""], [1000], [500]]))).toBe("survivors, row 2: is blank: give a count for every period");
    expect(messageOf(() => retentionFit([[1000], [-5]]))).toBe("survivors, row 2: -5 is below the smallest allowed value, 0");
    expect(messageOf(() => retentionFit(col("n", ...REGULAR), 0))).toBe(
      "discount_rate: must be above 0 here: with alpha = 0.704 at most 1 the undiscounted expected lifetime is infinite",
    );
  });
});

describe("the functions compose: =CX.CLV.SUMMARY into =CX.CLV.FIT / =CX.SPEND.FIT into =CX.PALIVE / =CX.SPEND equals =CX.LTV", () => {
  test("P(alive) and expected spend of the one-shot function", () => {
    const summary = clvSummary(IDS, DATES, AMOUNTS);
    const pick = (j: number) => summary.map((r) => [r[j]]);
    const [x, tx, T, m] = [pick(1), pick(2), pick(3), pick(4)];
    const one = ltv(IDS, DATES, AMOUNTS);
    const alive = pAlive(clvFit(x, tx, T), x, tx, T);
    const spendEach = spend(spendFit(x, m), x, m);
    expect(alive[0]).toEqual(["P(alive)"]);
    for (let i = 1; i < one.length; i++) {
      expect(alive[i][0]).toBeCloseTo(one[i][4] as number, 12);
      expect(spendEach[i][0]).toBeCloseTo(one[i][6] as number, 8);
    }
  });
});
