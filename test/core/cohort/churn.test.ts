// Churn status and churn rate by period: worked by hand, and checked day by day against a plain
// reference of the definitions in src/core/cohort/churn.ts.
import fc from "fast-check";
import { churnAnalysis, churnReport, periodIndex, periodStart } from "../../../src/core/cohort";
import { findTable } from "../../../src/core/report";
import { epochDayFromYmd, serialFromEpochDay } from "../../../src/core/table/date";
import { PERIODS, type Period } from "../../../src/core/voc/period";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return epochDayFromYmd(y, m, d)!;
};
const tx = (rows: [string, string][]) => ({ customer: rows.map((r) => r[0]), day: rows.map((r) => day(r[1])) });

// Inactive after 30 days, as of 2024-04-01:
//   A: Jan 10, Feb 5, Mar 20   last purchase 12 days before as_of: active
//   B: Jan 15                  77 days: churned
//   C: Feb 25, Mar 5           27 days: active
//   D: Jan 2, Mar 10           22 days: active (lapsed in February, came back)
//   E: Apr 5                   after as_of: left out
const SMALL: [string, string][] = [
  ["A", "2024-01-10"],
  ["A", "2024-02-05"],
  ["A", "2024-03-20"],
  ["B", "2024-01-15"],
  ["C", "2024-02-25"],
  ["C", "2024-03-05"],
  ["D", "2024-01-02"],
  ["D", "2024-03-10"],
  ["E", "2024-04-05"],
];
const OPTIONS = { asOf: day("2024-04-01"), inactiveDays: 30 };

test("status as of a date, worked by hand", () => {
  const r = churnAnalysis(tx(SMALL), OPTIONS);
  const t = findTable(churnReport(r), "customers");
  const s = (iso: string) => serialFromEpochDay(day(iso));
  expect([t.header, ...t.rows]).toEqual([
    ["Customer", "First purchase", "Last purchase", "Purchases", "Days since last purchase", "Status"],
    ["A", s("2024-01-10"), s("2024-03-20"), 3, 12, "Active"],
    ["B", s("2024-01-15"), s("2024-01-15"), 1, 77, "Churned"],
    ["C", s("2024-02-25"), s("2024-03-05"), 2, 27, "Active"],
    ["D", s("2024-01-02"), s("2024-03-10"), 2, 22, "Active"],
  ]);
  expect(r.afterAsOf).toBe(1);
  expect(findTable(churnReport(r), "summary").rows).toEqual([
    ["Active", 3, 0.75],
    ["Churned", 1, 0.25],
  ]);
  // Exactly inactive_days days is still active; one more is churned.
  expect(churnAnalysis(tx([["A", "2024-01-01"]]), { asOf: day("2024-01-31"), inactiveDays: 30 }).churnedCount).toBe(0);
  expect(churnAnalysis(tx([["A", "2024-01-01"]]), { asOf: day("2024-02-01"), inactiveDays: 30 }).churnedCount).toBe(1);
});

test("churn rate by month, worked by hand", () => {
  // Status at each boundary (active when the last purchase before it is at most 30 days old):
  //   Feb 1: A (Jan 10, 22 days), B (Jan 15, 17 days), D (Jan 2, 30 days) active; C not yet a customer.
  //   Mar 1: A (Feb 5, 25 days), C (Feb 25, 5 days) active; B (46 days) and D (59 days) lapsed.
  //   Apr 1 (as_of): A (12), C (27), D (22: back on Mar 10) active; B not.
  // January:  active at start 0, churned 0, rate blank, new A, B, D = 3, active at end 3.
  // February: active at start 3, churned B and D = 2, rate 2/3, new C = 1, active at end 2.
  // March:    active at start 2 (A, C), churned 0, rate 0, new 0, active at end 3 (D returned).
  // The last row's "active at end" is the active count of the status table with the same as_of.
  const r = churnAnalysis(tx(SMALL), { ...OPTIONS, period: "month" });
  const s = (iso: string) => serialFromEpochDay(day(iso));
  const t = findTable(churnReport(r), "rates");
  expect([t.header, ...t.rows]).toEqual([
    ["Period", "Start", "End", "Active at start", "Churned", "Churn rate", "New customers", "Active at end"],
    ["2024-01", s("2024-01-01"), s("2024-01-31"), 0, 0, "", 3, 3],
    ["2024-02", s("2024-02-01"), s("2024-02-29"), 3, 2, 2 / 3, 1, 2],
    ["2024-03", s("2024-03-01"), s("2024-03-31"), 2, 0, 0, 0, 3],
  ]);
  expect(churnReport(r).charts).toEqual([{ type: "line", title: "Churn rate by month", table: "rates", category: "Period", series: ["Churn rate"] }]);
});

test("the default as_of is the day after the last transaction; the last period runs to it", () => {
  // Last transaction 2024-04-05: as_of 2024-04-06; April is cut short at 2024-04-06.
  const r = churnAnalysis(tx(SMALL), { inactiveDays: 30 });
  expect(r.asOf).toBe(day("2024-04-06"));
  expect(r.rates.map((x) => x.label)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
  const april = r.rates[3];
  expect(april.end).toBe(day("2024-04-06"));
  expect(april.cut).toBe(true);
  // At Apr 6: A (17 days), C (32: lapsed), D (27), E (1, new) active; B not.
  expect([april.activeAtStart, april.churned, april.newCustomers, april.activeAtEnd]).toEqual([3, 1, 1, 3]);
  expect(churnReport(r).explanation.join(" ")).toContain("The last month (2024-04) is cut short at the as-of date");
  // Data ending on a month's last day: as_of is the 1st of the next month, and that month gets no row.
  const r2 = churnAnalysis(tx([["A", "2024-01-10"], ["B", "2024-02-29"]]), { inactiveDays: 30 });
  expect(r2.rates.map((x) => [x.label, x.cut])).toEqual([["2024-01", false], ["2024-02", false]]);
});

test("errors: as_of before the data; no period before as_of", () => {
  expect(() => churnAnalysis(tx(SMALL), { asOf: day("2023-12-31") })).toThrow("as_of: 2023-12-31 is before the first transaction (2024-01-02)");
  const r = churnAnalysis(tx([["A", "2024-01-02"]]), { asOf: day("2024-01-02") });
  expect(r.churnedCount).toBe(0);
  expect(r.ratesProblem?.message).toBe("as_of: 2024-01-02 is the day of the first transaction: there is no period before it to report");
  expect(() => churnAnalysis(tx(SMALL), { inactiveDays: 0 })).toThrow("inactive_days: must be a whole number from 1 to 36500 (got 0)");
});

/** Active on boundary r: the last purchase before r (on or before r when final) is at most D days old. */
function activeAt(days: number[], r: number, final: boolean, D: number): boolean {
  const before = days.filter((d) => (final ? d <= r : d < r));
  return before.length > 0 && r - Math.max(...before) <= D;
}

/** The churn-rate table straight from the definitions, boundary by boundary and customer by customer. */
function reference(rows: { c: string; d: number }[], asOf: number, D: number, period: Period) {
  const kept = rows.filter((r) => r.d <= asOf);
  const byCustomer = new Map<string, number[]>();
  for (const r of kept) byCustomer.set(r.c, [...(byCustomer.get(r.c) ?? []), r.d]);
  const p0 = periodIndex(Math.min(...rows.map((r) => r.d)), period);
  const p1 = periodIndex(asOf - 1, period);
  const out = [];
  for (let p = p0; p <= p1; p++) {
    const final = p === p1;
    const end = final ? asOf : periodStart(p + 1, period);
    let start = 0;
    let churned = 0;
    let fresh = 0;
    let atEnd = 0;
    for (const days of byCustomer.values()) {
      const a = p > p0 && activeAt(days, periodStart(p, period), false, D);
      const b = activeAt(days, end, final, D);
      if (a) start++;
      if (a && !b) churned++;
      if (b) atEnd++;
      const f = Math.min(...days);
      if (f >= periodStart(p, period) && (final ? f <= asOf : f < end)) fresh++;
    }
    out.push([start, churned, fresh, atEnd]);
  }
  return out;
}

test("agrees with the definitions on random transactions, every period", () => {
  const row = fc.record({ c: fc.constantFrom("a", "b", "c", "d", "e", "f"), d: fc.integer({ min: day("2023-12-01"), max: day("2024-06-30") }) });
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 30 }),
      fc.constantFrom(...PERIODS),
      fc.integer({ min: 1, max: 120 }),
      fc.option(fc.integer({ min: 1, max: 250 }), { nil: undefined }),
      (rows, period, D, shift) => {
        const first = Math.min(...rows.map((r) => r.d));
        const asOf = shift === undefined ? undefined : first + shift;
        const r = churnAnalysis({ customer: rows.map((x) => x.c), day: rows.map((x) => x.d) }, { asOf, inactiveDays: D, period });
        const want = reference(rows, r.asOf, D, period);
        expect(r.rates.map((x) => [x.activeAtStart, x.churned, x.newCustomers, x.activeAtEnd])).toEqual(want);
        // The last row ends with the status table's active count.
        expect(r.rates[r.rates.length - 1].activeAtEnd).toBe(r.customer.length - r.churnedCount);
        for (let k = 1; k < r.rates.length; k++) expect(r.rates[k].activeAtStart).toBe(r.rates[k - 1].activeAtEnd);
      },
    ),
    { numRuns: 400 },
  );
});
