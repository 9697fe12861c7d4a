// =CX.COHORT, =CX.FUNNEL, =CX.CHURN and =CX.CHURN.RATE as Excel calls them: worksheet ranges with
// header rows, Excel serial dates, blanks; the hand-worked tables of test/core/cohort; #VALUE!
// messages naming the argument and the row.
import { churnAnalysis, cohortAnalysis, funnelAnalysis } from "../../src/core/cohort";
import { epochDayFromYmd, serialFromEpochDay } from "../../src/core/table/date";
import { churn, churnRate, cohort, funnel } from "../../src/functions/cohort";
import { excelError } from "./fuzz-outcome";

const messageOf = (f: () => unknown) => excelError(f).message;
const col = (...values: unknown[]) => values.map((v) => [v]);
const serial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromEpochDay(epochDayFromYmd(y, m, d)!);
};

// The transactions of test/core/cohort/cohort.test.ts, as a sheet: dates as Excel serials and as text.
const IDS = col("Customer", "A", "A", "A", "A", "B", "B", "C", "C", "C", "D", "E");
const DATES = col(
  "Order date",
  serial("2024-01-05"),
  "2024-01-20",
  serial("2024-02-10"),
  "20240402",
  serial("2024-01-15"),
  "2024/03/01",
  serial("2024-02-03"),
  serial("2024-02-28"),
  serial("2024-03-15"),
  "2024-02-20",
  serial("2024-04-30"),
);
const AMOUNTS = col("Amount", 10, 20, "30", 40, 5, 15, "$100", "(20)", 50, 7, 9);

describe("=CX.COHORT", () => {
  test("customers (default), retention and revenue tables worked by hand", () => {
    // See test/core/cohort/cohort.test.ts for the counts: January {A, B}, February {C, D}, April {E}.
    expect(cohort(IDS, DATES)).toEqual([
      ["Cohort", "Customers", "Month 0", "Month 1", "Month 2", "Month 3"],
      ["2024-01", 2, 2, 1, 1, 1],
      ["2024-02", 2, 2, 1, 0, ""],
      ["2024-04", 1, 1, "", "", ""],
    ]);
    expect(cohort(IDS, DATES, "month", "Retention").slice(1)).toEqual([
      ["2024-01", 2, 1, 0.5, 0.5, 0.5],
      ["2024-02", 2, 1, 0.5, 0, ""],
      ["2024-04", 1, 1, "", "", ""],
    ]);
    // "(20)" is a refund of 20: February Month 0 = 100 - 20 + 7 = 87.
    expect(cohort(IDS, DATES, null, "revenue", AMOUNTS).slice(1)).toEqual([
      ["2024-01", 2, 35, 30, 15, 40],
      ["2024-02", 2, 87, 50, 0, ""],
      ["2024-04", 1, 9, "", "", ""],
    ]);
  });

  test("amounts with another measure: refunds do not make a customer active", () => {
    // With amounts, C's refund row is not a purchase; C bought in February anyway, so the counts stay.
    expect(cohort(IDS, DATES, "", "customers", AMOUNTS)).toEqual(cohort(IDS, DATES));
    // An amount left blank skips the row (like a blank date).
    const amounts = AMOUNTS.map((r, i) => (i === 4 ? [""] : r)); // A's April 2 purchase
    expect(cohort(IDS, DATES, "", "", amounts)[1]).toEqual(["2024-01", 2, 2, 1, 1, 0]);
  });

  test("periods: quarter, year, week; whole-column references with trailing blanks", () => {
    expect(cohort(IDS, DATES, "quarter")).toEqual([
      ["Cohort", "Customers", "Quarter 0", "Quarter 1"],
      ["2024-Q1", 4, 4, 1],
      ["2024-Q2", 1, 1, ""],
    ]);
    expect(cohort(IDS, DATES, "YEAR")).toEqual([["Cohort", "Customers", "Year 0"], ["2024", 5, 5]]);
    expect(cohort(IDS, DATES, "week")[0].slice(0, 4)).toEqual(["Cohort", "Customers", "Week 0", "Week 1"]);
    const pad = (c: unknown[][]) => [...c, ...Array.from({ length: 2000 }, () => [""])];
    expect(cohort(pad(IDS), pad(DATES))).toEqual(cohort(IDS, DATES));
  });

  test("agrees with the engine called directly", () => {
    const r = cohortAnalysis({ customer: ["x", "y", "x"], day: [19723, 19760, 19800] }, "month");
    expect(cohort(col("x", "y", "x"), col(...[19723, 19760, 19800].map(serialFromEpochDay))).slice(1).map((row) => row[1])).toEqual(r.cohorts.map((c) => c.size));
  });

  test("bad input: #VALUE! naming the argument and the row", () => {
    expect(messageOf(() => cohort(IDS, DATES, "day"))).toBe("period: 'day' must be one of: week, month, quarter, year");
    expect(messageOf(() => cohort(IDS, DATES, "month", "churn"))).toBe("measure: 'churn' must be one of: customers, retention, revenue");
    expect(messageOf(() => cohort(IDS, DATES, "month", "revenue"))).toBe('amounts: give the amounts of the transactions for the measure "revenue"');
    expect(messageOf(() => cohort(IDS, col("Date", "2024-01-05", "3/5/2024")))).toMatch(/^customer_ids: has 12 rows but|^dates: has 3 rows/);
    const dates = DATES.map((r, i) => (i === 3 ? ["3/5/2024"] : r));
    expect(messageOf(() => cohort(IDS, dates))).toBe("dates, row 4: '3/5/2024' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)");
    expect(messageOf(() => cohort(IDS, DATES, "", "revenue", AMOUNTS.map((r, i) => (i === 2 ? ["n/a"] : r))))).toBe("amounts, row 3: 'n/a' is not a number");
    expect(messageOf(() => cohort(col("Customer"), col("Date")))).toBe("customer_ids, dates: no transaction rows with data");
    expect(messageOf(() => cohort(col("a", "a"), col("1900-01-01", "2024-01-01")))).toMatch(/^dates: run from 1900-01-01 to 2024-01-01, 1,489 months/);
    expect(messageOf(() => cohort([["a", "b"]], DATES))).toMatch(/^customer_ids|^dates/);
  });
});

describe("=CX.FUNNEL", () => {
  test("a funnel with a header row, worked by hand (test/core/cohort/funnel.test.ts)", () => {
    const out = funnel(col("Stage", "Visit", "Product", "Cart", "Checkout", "Purchase"), col("People", 1000, 600, 240, "180", 150));
    expect(out).toEqual([
      ["Stage", "Count", "Step conversion", "Overall conversion", "Lost", "Biggest drop"],
      ["Visit", 1000, 1, 1, 0, ""],
      ["Product", 600, 0.6, 0.6, 400, ""],
      ["Cart", 240, 0.4, 0.24, 360, "Biggest drop"],
      ["Checkout", 180, 0.75, 0.18, 60, ""],
      ["Purchase", 150, expect.closeTo(0.833333, 6), 0.15, 30, ""],
    ]);
    expect(funnel([["a", "b"]], [[10, 4]])).toEqual(funnel(col("a", "b"), col(10, 4))); // a row works as well as a column
    expect(funnelAnalysis({ stage: ["a", "b"], count: [10, 4] }).biggestDrop).toBe(1);
  });

  test("errors name the row as the sheet shows it", () => {
    // Row 4 of the range (the header is row 1): 700 after 600.
    expect(messageOf(() => funnel(col("Stage", "Visit", "Product", "Cart"), col("People", 1000, 600, 700)))).toBe(
      "counts, row 4: 700 is more than the stage before ('Product', 600): counts must not increase down a funnel (check the stage order)",
    );
    expect(messageOf(() => funnel(col("Visit", "Cart"), col(10, "")))).toBe("counts, row 2: is blank");
    expect(messageOf(() => funnel(col("Visit", ""), col(10, 5)))).toBe("stage_names, row 2: is blank");
    expect(messageOf(() => funnel(col("Visit", "Cart"), col(10, -1)))).toBe("counts, row 2: -1 is below the smallest allowed value, 0");
    expect(messageOf(() => funnel(col("Visit"), col(10)))).toBe("counts: a funnel needs at least 2 stages (got 1)");
    expect(messageOf(() => funnel(col("Stage"), col("People")))).toBe("stage_names, counts: no stage rows with data");
    expect(messageOf(() => funnel(col("a", "b", "c"), col(1, 2)))).toMatch(/^counts: has 2 rows but stage_names has data down to row 3/);
  });
});

const C_IDS = col("Customer", "A", "A", "A", "B", "C", "C", "D", "D", "E");
const C_DATES = col("Date", "2024-01-10", "2024-02-05", "2024-03-20", "2024-01-15", "2024-02-25", "2024-03-05", "2024-01-02", "2024-03-10", "2024-04-05");

describe("=CX.CHURN and =CX.CHURN.RATE", () => {
  test("status as of 2024-04-01 after 30 days without a purchase (test/core/cohort/churn.test.ts)", () => {
    expect(churn(C_IDS, C_DATES, "2024-04-01", 30)).toEqual([
      ["Customer", "First purchase", "Last purchase", "Purchases", "Days since last purchase", "Status"],
      ["A", serial("2024-01-10"), serial("2024-03-20"), 3, 12, "Active"],
      ["B", serial("2024-01-15"), serial("2024-01-15"), 1, 77, "Churned"],
      ["C", serial("2024-02-25"), serial("2024-03-05"), 2, 27, "Active"],
      ["D", serial("2024-01-02"), serial("2024-03-10"), 2, 22, "Active"],
    ]);
    // Defaults: as of 2024-04-06 (the day after the last transaction), 90 days: everyone active.
    const out = churn(C_IDS, C_DATES);
    expect(out.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["A", 17, "Active"],
      ["B", 82, "Active"],
      ["C", 32, "Active"],
      ["D", 27, "Active"],
      ["E", 1, "Active"],
    ]);
    expect(churn(C_IDS, C_DATES, serial("2024-04-01"), "30")).toEqual(churn(C_IDS, C_DATES, "2024-04-01", 30));
  });

  test("churn rate by month worked by hand; the last row ends with =CX.CHURN's active count", () => {
    expect(churnRate(C_IDS, C_DATES, "month", "2024-04-01", 30)).toEqual([
      ["Period", "Start", "End", "Active at start", "Churned", "Churn rate", "New customers", "Active at end"],
      ["2024-01", serial("2024-01-01"), serial("2024-01-31"), 0, 0, "", 3, 3],
      ["2024-02", serial("2024-02-01"), serial("2024-02-29"), 3, 2, 2 / 3, 1, 2],
      ["2024-03", serial("2024-03-01"), serial("2024-03-31"), 2, 0, 0, 0, 3],
    ]);
    const direct = churnAnalysis({ customer: ["A", "B"], day: [19723, 19800] }, { period: "quarter", inactiveDays: 30 });
    expect(churnRate(col("A", "B"), col(serialFromEpochDay(19723), serialFromEpochDay(19800)), "quarter", null, 30).length - 1).toBe(direct.rates.length);
  });

  test("bad input: #VALUE! naming the argument", () => {
    expect(messageOf(() => churn(C_IDS, C_DATES, "2023-12-01"))).toBe("as_of: 2023-12-01 is before the first transaction (2024-01-02)");
    expect(messageOf(() => churn(C_IDS, C_DATES, "soon"))).toBe("as_of: 'soon' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)");
    expect(messageOf(() => churn(C_IDS, C_DATES, "", 0))).toBe("inactive_days: 0 must be a whole number from 1 to 36500");
    expect(messageOf(() => churn(C_IDS, C_DATES, "", 1.5))).toBe("inactive_days: 1.5 must be a whole number from 1 to 36500");
    expect(messageOf(() => churnRate(C_IDS, C_DATES, "fortnight"))).toBe("period: 'fortnight' must be one of: week, month, quarter, year");
    expect(messageOf(() => churnRate(col("A"), col("2024-01-02"), "", "2024-01-02"))).toBe(
      "as_of: 2024-01-02 is the day of the first transaction: there is no period before it to report",
    );
    expect(messageOf(() => churnRate(col("A", "A"), col("1900-01-01", "2024-01-01"), "week"))).toBe(
      "dates: run over 6,471 weeks from 1900-01-01 to 2024-01-02; the churn-rate table has at most 5,000 rows: choose a longer period",
    );
    expect(messageOf(() => churn(col("Customer"), col("Date")))).toBe("customer_ids, dates: no transaction rows with data");
  });
});
