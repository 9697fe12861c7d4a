import { aggregateTransactions } from "../../../src/core/rfm/aggregate";
import { rfmFromTransactions, scoreCustomers, summarizeSegments } from "../../../src/core/rfm/analysis";
import { rfmReport } from "../../../src/core/rfm/report";
import { day, TX } from "./fixture";

// Hand-worked (fixture.ts). Last transaction 2024-06-25, so as-of = 2024-06-26.
// Recency = days from the last order (refunds are not orders) to 2024-06-26:
//   A 2024-06-01 -> 25, B 2024-05-15 -> 42, C 2024-02-10 -> 137, D 2024-06-25 -> 1, E 2023-12-01 -> 208.
// Frequency = orders: A 3, B 1, C 2 (two orders on 2024-02-10), D 2, E 1.
// Monetary = net spend: A 300, B 20, C 600 - 100 refund = 500, D 120, E 30.
describe("aggregateTransactions", () => {
  test("recency, frequency, monetary and first purchase per customer, in order of appearance", () => {
    const a = aggregateTransactions(TX);
    expect(a.asOf).toBe(day("2024-06-26"));
    expect(a.customer).toEqual(["A", "B", "C", "D", "E"]);
    expect(Array.from(a.recency)).toEqual([25, 42, 137, 1, 208]);
    expect(Array.from(a.frequency)).toEqual([3, 1, 2, 2, 1]);
    expect(Array.from(a.monetary)).toEqual([300, 20, 500, 120, 30]);
    expect(Array.from(a.firstPurchase)).toEqual([day("2024-01-01"), day("2024-05-15"), day("2024-02-10"), day("2024-06-20"), day("2023-12-01")]);
    expect(a.refundRows).toBe(1);
    expect(a.refundOnlyCustomers).toBe(0);
    expect(a.afterAsOf).toBe(0);
  });

  test("same-day orders merged, mean monetary", () => {
    const a = aggregateTransactions(TX, { mergeSameDay: true, monetary: "mean" });
    expect(Array.from(a.frequency)).toEqual([3, 1, 1, 2, 1]);
    // mean = net spend / orders: A 300/3, B 20/1, C 500/1, D 120/2, E 30/1
    expect(Array.from(a.monetary)).toEqual([100, 20, 500, 60, 30]);
    expect(Array.from(a.revenue)).toEqual([300, 20, 500, 120, 30]);
  });

  test("an as-of date leaves later transactions out and counts them", () => {
    const a = aggregateTransactions(TX, { asOf: day("2024-06-01") });
    // Left out: B 05-15? no (before). After 06-01: D 06-20, C 06-10 refund, D 06-25 -> 3 rows; D has no order left.
    expect(a.afterAsOf).toBe(3);
    expect(a.customer).toEqual(["A", "B", "C", "E"]);
    expect(Array.from(a.recency)).toEqual([0, 17, 112, 183]);
    expect(Array.from(a.monetary)).toEqual([300, 20, 600, 30]);
  });

  test("customers with only refunds are left out and counted", () => {
    const a = aggregateTransactions({ customer: ["X", "Y"], day: [100, 101], amount: [-5, 10] });
    expect(a.customer).toEqual(["Y"]);
    expect(a.refundOnlyCustomers).toBe(1);
  });
});

describe("scores and segments", () => {
  test("quantile scores, worked by hand", () => {
    // Cut points are the 20/40/60/80% quantiles (PERCENTILE.INC, h = (n - 1) p):
    //   recency [1,25,42,137,208]: 20.2, 35.2, 80, 151.2 -> R = 5 - (cuts below): D 5, A 4, B 3, C 2, E 1
    //   frequency [1,1,2,2,3]: 1, 1.6, 2, 2.2 -> F = 1 + (cuts below): 1 -> 1, 2 -> 3, 3 -> 5
    //   monetary [20,30,120,300,500]: 28, 84, 192, 340 -> A 4, B 1, C 5, D 3, E 2
    const r = rfmFromTransactions(TX);
    expect(r.scores.cuts.recency.map((x) => +x.toFixed(10))).toEqual([20.2, 35.2, 80, 151.2]);
    expect(r.scores.cuts.frequency.map((x) => +x.toFixed(10))).toEqual([1, 1.6, 2, 2.2]);
    expect(r.scores.cuts.monetary.map((x) => +x.toFixed(10))).toEqual([28, 84, 192, 340]);
    expect(r.scores.code).toEqual(["454", "311", "235", "533", "112"]);
    // Standard map, FM = (F + M) / 2: A R4 FM4.5 Champions; B R3 FM1 About To Sleep; C R2 FM4 At Risk;
    // D R5 FM3 Loyal Customers; E R1 FM1.5 Lost.
    expect(r.scores.segment).toEqual(["Champions", "About To Sleep", "At Risk", "Loyal Customers", "Lost"]);
  });

  test("segment summary in the map's order, shares of customers and revenue", () => {
    const r = rfmFromTransactions(TX);
    expect(r.segments.map((s) => s.segment)).toEqual(["Champions", "Loyal Customers", "About To Sleep", "At Risk", "Lost"]);
    const champions = r.segments[0];
    expect(champions).toEqual({
      segment: "Champions",
      customers: 1,
      share: 0.2,
      meanRecency: 25,
      meanFrequency: 3,
      meanMonetary: 300,
      revenue: 300,
      revenueShare: expect.closeTo(300 / 970, 12),
    });
    expect(r.segments.reduce((a, s) => a + s.revenueShare, 0)).toBeCloseTo(1, 12);
  });

  test("means of a multi-customer segment", () => {
    const values = { recency: [10, 20, 30], frequency: [1, 2, 3], monetary: [5, 10, 30] };
    const scores = scoreCustomers(values, { cuts: { recency: [100], frequency: [0], monetary: [0] } });
    // cuts: everyone has recency <= 100 -> R2; frequency and monetary above 0 -> F2, M2 -> one segment
    const rows = summarizeSegments(values, scores);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ customers: 3, meanRecency: 20, meanFrequency: 2, meanMonetary: 15, revenue: 45, revenueShare: 1 });
  });

  test("means are sums divided by counts: ten customers with one order have mean frequency exactly 1", () => {
    // Adding 1/10 ten times gives 0.9999999999999999; summing first gives 1.
    const values = { recency: new Array(10).fill(3), frequency: new Array(10).fill(1), monetary: new Array(10).fill(0.1) };
    const rows = summarizeSegments(values, scoreCustomers(values, { bins: 5 }));
    expect(rows).toHaveLength(1);
    expect(rows[0].meanFrequency).toBe(1);
    expect(rows[0].meanRecency).toBe(3);
  });

  test("means of huge values do not overflow", () => {
    const values = { recency: [1, 1], frequency: [1, 1], monetary: [1.5e308, 1.7e308] };
    const scores = scoreCustomers(values, { cuts: { recency: [5], frequency: [5], monetary: [0] } });
    // 2 bins: R2 F1 M2 -> grid row 5, FM on 1..5 = 3 -> Loyal Customers.
    expect(() => summarizeSegments(values, scores)).toThrow("the revenue of segment 'Loyal Customers' is too large to represent");
    const means = summarizeSegments({ ...values, revenue: [1, 1] }, scores);
    expect(means[0].meanMonetary).toBeCloseTo(1.6e308, -300);
  });

  test("equal values always get the same score, even across quantile cut points", () => {
    const frequency = [1, 1, 1, 1, 1, 1, 1, 2, 2, 9];
    const s = scoreCustomers({ recency: frequency, frequency, monetary: frequency }, { bins: 5 });
    const byValue = new Map<number, Set<number>>();
    frequency.forEach((v, i) => byValue.set(v, (byValue.get(v) ?? new Set()).add(s.f[i])));
    for (const set of byValue.values()) expect(set.size).toBe(1);
    // cuts: 20/40/60% quantiles are 1, 80% is 2 (h = 7.2 -> 2 + 0.2 * 0) -> 1 -> F1, 2 -> F4, 9 -> F5
    expect(Array.from(s.f)).toEqual([1, 1, 1, 1, 1, 1, 1, 4, 4, 5]);
    expect(Array.from(s.r)).toEqual([5, 5, 5, 5, 5, 5, 5, 2, 2, 1]);
  });

  test("user thresholds are inclusive upper bounds, like Excel's FREQUENCY bins", () => {
    const s = scoreCustomers(
      { recency: [30, 31, 200], frequency: [1, 2, 10], monetary: [0, 50, 51] },
      { cuts: { recency: [30, 60, 90, 180], frequency: [1, 2, 4, 9], monetary: [10, 50, 100, 500] } },
    );
    expect(Array.from(s.r)).toEqual([5, 4, 1]);
    expect(Array.from(s.f)).toEqual([1, 2, 5]);
    expect(Array.from(s.m)).toEqual([1, 2, 3]);
    expect(s.bins).toBe(5);
    expect(s.quantileCuts).toBe(false);
  });

  test("threshold errors", () => {
    const v = { recency: [1], frequency: [1], monetary: [1] };
    expect(() => scoreCustomers(v, { cuts: { recency: [1, 2], frequency: [1], monetary: [1] } })).toThrow(
      "bins: give the same number of thresholds for recency, frequency and monetary (got 2, 1, 1)",
    );
    expect(() => scoreCustomers(v, { cuts: { recency: [5, 5], frequency: [1, 2], monetary: [1, 2] } })).toThrow(
      "bins: the recency thresholds must increase (5 then 5)",
    );
    expect(() => scoreCustomers(v, { bins: 12 })).toThrow("bins: must be a whole number from 2 to 9 (got 12)");
  });

  test("user segment map: first match wins, unmatched is Other", () => {
    const r = rfmFromTransactions(TX, {
      segmentMap: [
        { name: "Top", r: [4, 5], f: [4, 5], m: [4, 5] },
        { name: "Recent", r: [4, 5], f: [1, 5], m: [1, 5] },
        { name: "Top again", r: [4, 5], f: [4, 5], m: [4, 5] },
      ],
    });
    expect(r.scores.segment).toEqual(["Top", "Other", "Other", "Recent", "Other"]);
    expect(r.segments.map((s) => s.segment)).toEqual(["Top", "Recent", "Other"]);
    // Standard advice belongs to the standard map only, even for a user segment named like one.
    const named = rfmReport(rfmFromTransactions(TX, { segmentMap: [{ name: "Champions", r: [1, 5], f: [1, 5], m: [1, 5] }] }));
    expect(named.explanation[1]).toBe("Champions: 100% of customers, 100% of revenue.");
  });
});

describe("rfmReport", () => {
  test("tables, chart and explanation", () => {
    const report = rfmReport(rfmFromTransactions(TX), ["1 row skipped because dates was blank (row 9)."]);
    const customers = report.tables[0];
    expect(customers.header).toEqual(["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"]);
    expect(customers.rows[0]).toEqual(["A", 25, 3, 300, 4, 5, 4, "454", "Champions"]);
    expect(report.tables[1].rows[0].slice(0, 3)).toEqual(["Champions", 1, 0.2]);
    // R x F counts, rows R5..R1: D (R5 F3), A (R4 F5), B (R3 F1), C (R2 F3), E (R1 F1).
    expect(report.tables[2]).toMatchObject({
      name: "heatmap",
      layout: "matrix",
      header: ["R \\ F", "1", "2", "3", "4", "5"],
      rows: [
        ["5", 0, 0, 1, 0, 0],
        ["4", 0, 0, 0, 0, 1],
        ["3", 1, 0, 0, 0, 0],
        ["2", 0, 0, 1, 0, 0],
        ["1", 1, 0, 0, 0, 0],
      ],
    });
    // As of 2024-06-26 = Excel serial 45469; 9 orders; net revenue 970.
    expect(report.facts.map((f) => [f.key, f.value])).toEqual([
      ["asOf", 45469],
      ["customers", 5],
      ["orders", 9],
      ["revenue", 970],
    ]);
    expect(report.charts[0]).toMatchObject({ table: "segments", category: "Segment", series: ["Customers", "Revenue"] });
    expect(report.explanation[0]).toBe("RFM of 5 customers from 9 orders as of 2024-06-26; recency counts days since the last order.");
    // Largest revenue segment first: At Risk (C, 500 of 970 = 52%).
    expect(report.explanation[1]).toMatch(/^At Risk: 20% of customers, 52% of revenue; used to buy often/);
    expect(report.explanation).toContain("1 refund (negative amounts) netted into spend; refunds do not count as orders.");
    expect(report.explanation[report.explanation.length - 1]).toBe("1 row skipped because dates was blank (row 9).");
  });
});
