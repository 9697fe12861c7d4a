// Acquisition cohorts: hand-worked tables (monthly, weekly, with refunds) and agreement with a
// plain Set-based reference on random transactions.
import fc from "fast-check";
import { cohortAnalysis, cohortReport, CURVE_COHORTS, periodIndex, type CohortMeasure } from "../../../src/core/cohort";
import { findTable } from "../../../src/core/report";
import { epochDayFromYmd } from "../../../src/core/table/date";
import { PERIODS, type Period } from "../../../src/core/voc/period";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return epochDayFromYmd(y, m, d)!;
};
const tx = (rows: [string, string, number?][]) => ({
  customer: rows.map((r) => r[0]),
  day: Float64Array.from(rows, (r) => day(r[1])),
  amount: rows[0][2] === undefined ? undefined : Float64Array.from(rows, (r) => r[2]!),
});
const table = (rows: [string, string, number?][], measure: CohortMeasure, period: Period = "month") => {
  const t = findTable(cohortReport(cohortAnalysis(tx(rows), period), measure), "cohorts");
  return [t.header, ...t.rows];
};

// Five customers, January to April 2024, amounts for the revenue measure:
//   A: Jan 5 (10), Jan 20 (20), Feb 10 (30), Apr 2 (40)   first purchase January
//   B: Jan 15 (5), Mar 1 (15)                              January
//   C: Feb 3 (100), Feb 28 (-20, a refund), Mar 15 (50)    February
//   D: Feb 20 (7)                                          February
//   E: Apr 30 (9)                                          April (no March cohort: no one started then)
const SMALL: [string, string, number][] = [
  ["A", "2024-01-05", 10],
  ["A", "2024-01-20", 20],
  ["A", "2024-02-10", 30],
  ["A", "2024-04-02", 40],
  ["B", "2024-01-15", 5],
  ["B", "2024-03-01", 15],
  ["C", "2024-02-03", 100],
  ["C", "2024-02-28", -20],
  ["C", "2024-03-15", 50],
  ["D", "2024-02-20", 7],
  ["E", "2024-04-30", 9],
];

describe("cohort tables worked by hand", () => {
  test("customers: who bought in each month since the first purchase, each customer once a month", () => {
    // January cohort {A, B}: Month 0 (Jan) A and B = 2; Month 1 (Feb) A = 1 (A's two January orders count once);
    //   Month 2 (Mar) B = 1; Month 3 (Apr) A = 1.
    // February cohort {C, D}: Month 0 (Feb) C, D = 2; Month 1 (Mar) C = 1; Month 2 (Apr) nobody = 0;
    //   Month 3 would be May, after the data: blank.
    // April cohort {E}: Month 0 = 1, the rest blank.
    expect(table(SMALL, "customers")).toEqual([
      ["Cohort", "Customers", "Month 0", "Month 1", "Month 2", "Month 3"],
      ["2024-01", 2, 2, 1, 1, 1],
      ["2024-02", 2, 2, 1, 0, ""],
      ["2024-04", 1, 1, "", "", ""],
    ]);
  });

  test("retention: the same counts divided by the cohort size", () => {
    // January: 2/2, 1/2, 1/2, 1/2; February: 2/2, 1/2, 0/2; April: 1/1.
    expect(table(SMALL, "retention").slice(1)).toEqual([
      ["2024-01", 2, 1, 0.5, 0.5, 0.5],
      ["2024-02", 2, 1, 0.5, 0, ""],
      ["2024-04", 1, 1, "", "", ""],
    ]);
  });

  test("revenue: net amounts of the cohort's customers by month since the first purchase", () => {
    // January: Month 0 = 10 + 20 + 5 = 35; Month 1 = 30; Month 2 = 15; Month 3 = 40.
    // February: Month 0 = 100 - 20 (C's refund, netted) + 7 = 87; Month 1 = 50; Month 2 = 0.
    // April: 9.
    expect(table(SMALL, "revenue").slice(1)).toEqual([
      ["2024-01", 2, 35, 30, 15, 40],
      ["2024-02", 2, 87, 50, 0, ""],
      ["2024-04", 1, 9, "", "", ""],
    ]);
  });

  test("refunds are not purchases: a refund-only customer is in no cohort; a refund before the first purchase is left out", () => {
    // F only has a refund (March): left out. G refunds in January, then buys in March: cohort March, Month 0 = 12;
    // the January refund is not in any cohort's revenue. A refund does not make C active (C bought in February anyway).
    const rows: [string, string, number][] = [...SMALL, ["F", "2024-03-10", -5], ["G", "2024-01-02", -3], ["G", "2024-03-05", 12]];
    const r = cohortAnalysis(tx(rows), "month");
    expect(r.refundRows).toBe(3);
    expect(r.refundOnlyCustomers).toBe(1);
    expect(r.refundsBeforeFirstPurchase).toBe(1);
    expect(r.customers).toBe(6);
    expect(table(rows, "revenue").slice(1)).toEqual([
      ["2024-01", 2, 35, 30, 15, 40],
      ["2024-02", 2, 87, 50, 0, ""],
      ["2024-03", 1, 12, 0, "", ""],
      ["2024-04", 1, 9, "", "", ""],
    ]);
  });

  test("weeks are ISO weeks, Monday to Sunday, across the new year", () => {
    // X buys on Sunday 2023-12-31 (2023-W52) and Monday 2024-01-01 (2024-W01): Week 0 and Week 1.
    // Y buys on Sunday 2024-01-07 (2024-W01) and twice in 2024-W02 (counted once); Z on 2024-01-09 (W02).
    const rows: [string, string][] = [
      ["X", "2023-12-31"],
      ["X", "2024-01-01"],
      ["Y", "2024-01-07"],
      ["Y", "2024-01-08"],
      ["Y", "2024-01-14"],
      ["Z", "2024-01-09"],
    ];
    expect(table(rows, "customers", "week")).toEqual([
      ["Cohort", "Customers", "Week 0", "Week 1", "Week 2"],
      ["2023-W52", 1, 1, 1, 0],
      ["2024-W01", 1, 1, 1, ""],
      ["2024-W02", 1, 1, "", ""],
    ]);
  });

  test("quarters: the last quarter is partial and said so", () => {
    const r = cohortAnalysis(tx(SMALL.map(([c, d]) => [c, d])), "quarter");
    // Everyone's first purchase is in 2024-Q1 except E (April: 2024-Q2). A bought again in Q2 (April 2).
    expect(findTable(cohortReport(r, "customers"), "cohorts").rows).toEqual([
      ["2024-Q1", 4, 4, 1],
      ["2024-Q2", 1, 1, ""],
    ]);
    expect(r.lastPeriodPartial).toBe(true);
    expect(cohortReport(r, "customers").explanation.join(" ")).toContain("The last quarter is incomplete: the data end on 2024-04-30");
    expect(cohortAnalysis(tx(SMALL), "month").lastPeriodPartial).toBe(false); // April 30 ends April
  });
});

describe("the report: heat map, retention curves and their chart", () => {
  test("curves: periods since first purchase down, one retention column per cohort, blank where not observed", () => {
    const report = cohortReport(cohortAnalysis(tx(SMALL), "month"), "customers");
    const curves = findTable(report, "curves");
    expect([curves.header, ...curves.rows]).toEqual([
      ["Months since first purchase", "2024-01", "2024-02", "2024-04"],
      [0, 1, 1, 1],
      [1, 0.5, 0.5, ""],
      [2, 0.5, 0, ""],
      [3, 0.5, "", ""],
    ]);
    expect(report.charts).toEqual([
      { type: "line", title: "Retention by month since first purchase", table: "curves", category: "Months since first purchase", series: ["2024-01", "2024-02", "2024-04"] },
    ]);
    const heat = findTable(report, "heatmap");
    expect(heat.layout).toBe("matrix");
    expect(heat.header).toEqual(["Cohort", "Month 0", "Month 1", "Month 2", "Month 3"]);
    expect(heat.rows[1]).toEqual(["2024-02", 2, 1, 0, ""]);
    // Pooled Month 1 retention: (1 + 1) / (2 + 2) = 50% (the April cohort has no Month 1 yet).
    expect(report.explanation.join(" ")).toContain("On average 50% of customers bought again in the month after their first purchase");
  });

  test("only the latest 12 cohorts are drawn", () => {
    const rows: [string, string][] = [];
    for (let m = 1; m <= 12; m++) for (const y of [2023, 2024]) rows.push([`${y}-${m}`, `${y}-${String(m).padStart(2, "0")}-10`]);
    const report = cohortReport(cohortAnalysis(tx(rows), "month"), "retention");
    expect(findTable(report, "cohorts").rows).toHaveLength(24);
    const curves = findTable(report, "curves");
    expect(curves.header.slice(1)).toEqual(Array.from({ length: CURVE_COHORTS }, (_, k) => `2024-${String(k + 1).padStart(2, "0")}`));
    expect(curves.rows).toHaveLength(12);
    expect(report.charts[0].title).toBe("Retention by month since first purchase (latest 12 cohorts)");
  });
});

describe("errors", () => {
  test("a span too wide for a table names the dates and suggests a longer period", () => {
    expect(() => cohortAnalysis(tx([["A", "1900-01-01"], ["A", "2024-01-01"]]), "month")).toThrow(
      "dates: run from 1900-01-01 to 2024-01-01, 1,489 months; a cohort table holds at most 1,000 periods",
    );
    // 124 years of quarters fit: 2024-Q1 is quarter 496 after 1900-Q1.
    expect(cohortAnalysis(tx([["A", "1900-01-01"], ["A", "2024-01-01"]]), "quarter").width).toBe(497);
  });

  test("only refunds: no purchases", () => {
    expect(() => cohortAnalysis(tx([["A", "2024-01-01", -5]]))).toThrow("amounts: no purchases: every amount is negative");
  });

  test("revenue too large to represent", () => {
    expect(() => cohortAnalysis(tx([["A", "2024-01-01", 1e308], ["B", "2024-01-02", 1e308]]))).toThrow(
      "amounts: the revenue of the 2024-01 cohort is too large to represent",
    );
  });
});

/** Reference: the same table from Sets of (customer, period), written for clarity, not speed. */
function reference(rows: { c: string; d: number; a: number }[], period: Period) {
  const first = new Map<string, number>();
  for (const r of rows) if (r.a >= 0) first.set(r.c, Math.min(first.get(r.c) ?? Infinity, periodIndex(r.d, period)));
  const last = Math.max(...rows.map((r) => periodIndex(r.d, period)));
  const cohorts = [...new Set(first.values())].sort((x, y) => x - y);
  return cohorts.map((q) => {
    const members = [...first.entries()].filter(([, f]) => f === q).map(([c]) => c);
    const active: number[] = [];
    const revenue: number[] = [];
    for (let o = 0; q + o <= last; o++) {
      const inPeriod = rows.filter((r) => members.includes(r.c) && periodIndex(r.d, period) === q + o);
      active.push(new Set(inPeriod.filter((r) => r.a >= 0).map((r) => r.c)).size);
      revenue.push(inPeriod.reduce((s, r) => s + r.a, 0));
    }
    return { size: members.length, active, revenue };
  });
}

test("agrees with a plain reference on random transactions, every period", () => {
  const row = fc.record({
    c: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
    d: fc.integer({ min: day("2023-11-01"), max: day("2024-09-30") }),
    a: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(-7)),
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom(...PERIODS), (rows, period) => {
      if (rows.every((r) => r.a < 0)) return;
      const r = cohortAnalysis({ customer: rows.map((x) => x.c), day: rows.map((x) => x.d), amount: rows.map((x) => x.a) }, period);
      const want = reference(rows, period);
      expect(r.cohorts.map((c) => ({ size: c.size, active: [...c.active], revenue: [...c.revenue] }))).toEqual(
        want.map((w) => ({ ...w, revenue: w.revenue.map((v) => expect.closeTo(v, 9)) })),
      );
    }),
    { numRuns: 300 },
  );
});
