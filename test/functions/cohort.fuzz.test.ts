// Fuzzing =CX.COHORT, =CX.FUNNEL, =CX.CHURN and =CX.CHURN.RATE: any mix of numbers, text, booleans,
// blanks, huge values and dates from 1800 to 2200 gives a well-formed table or #VALUE! with a
// message, never a crash, a hang, NaN or Infinity; valid-looking input gives tables whose numbers
// hold together (retention within 0..1, counts within the cohort, funnel conversions within 0..1,
// churn rows that chain).
import fc from "fast-check";
import { churn, churnRate, cohort, funnel } from "../../src/functions/cohort";
import { tableOrValueError } from "./fuzz-outcome";

const cell = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, 1, 2, true, false, "n/a", "Customer", "2024-02-30", "20240305", "1,234.5", "(12)", "$5", "15%", "=1+1", "month", "week"),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, 1e-300, 2958465, 2958466, 60, 61, 45292.5),
  fc.integer({ min: -1000, max: 100000 }),
  fc.integer({ min: 45000, max: 45500 }), // plausible Excel dates (2023-2024)
  fc.string({ maxLength: 8 }),
  fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: false }),
);
const column = (n: number) => fc.array(cell.map((c) => [c]), { minLength: n, maxLength: n });
const size = fc.integer({ min: 0, max: 30 });
const aligned = (k: number) => size.chain((n) => fc.tuple(...Array.from({ length: k }, () => column(n))));
const ragged = (k: number) => fc.tuple(...Array.from({ length: k }, () => fc.integer({ min: 0, max: 6 }).chain(column)));
const columns = (k: number) => fc.oneof({ arbitrary: aligned(k), weight: 4 }, { arbitrary: ragged(k), weight: 1 });
const junk = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
/** An optional argument: mostly left out or valid, sometimes anything. */
const arg = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: valid, weight: 3 }, { arbitrary: junk, weight: 1 });
const period = arg(fc.constantFrom("month", "week", "quarter", "year", "Month"));
const measure = arg(fc.constantFrom("customers", "retention", "revenue"));
const date = arg(fc.integer({ min: 45200, max: 45700 }));
const days = arg(fc.integer({ min: 1, max: 400 }));

/** Valid-looking transactions: a few customers, dates over two years, amounts mostly positive. */
const transactions = fc.array(
  fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", 7), fc.integer({ min: 45000, max: 45700 }), fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(-5))),
  { minLength: 1, maxLength: 60 },
);
const asColumns = (rows: [unknown, unknown, unknown][]) => [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]])] as const;

describe("fuzzing the cohort, funnel and churn functions", () => {
  test("=CX.COHORT on any cells: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns(3), period, measure, fc.boolean(), ([ids, dates, amounts], p, m, withAmounts) => {
        tableOrValueError(() => cohort(ids, dates, p, m, withAmounts ? amounts : undefined), (row) => {
          expect(typeof row[0]).toBe("string");
          expect(Number.isInteger(row[1]) && (row[1] as number) >= 1).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("=CX.COHORT on valid transactions: counts within the cohort, retention within 0..1, a triangle of blanks", () => {
    fc.assert(
      fc.property(transactions, fc.constantFrom("month", "week", "quarter", "year"), fc.constantFrom("customers", "retention", "revenue"), (rows, p, m) => {
        const [ids, dates, amounts] = asColumns(rows);
        const out = tableOrValueError(() => cohort(ids, dates, p, m, amounts));
        if (!out) return;
        let blanksFrom = Infinity;
        out.slice(1).forEach((row) => {
          const size = row[1] as number;
          const cells = row.slice(2);
          const firstBlank = cells.indexOf("");
          const observed = firstBlank < 0 ? cells.length : firstBlank;
          // Later cohorts are observed for fewer periods; blanks only at the end of a row.
          expect(observed).toBeLessThanOrEqual(blanksFrom);
          blanksFrom = observed;
          cells.slice(observed).forEach((c) => expect(c).toBe(""));
          cells.slice(0, observed).forEach((c, o) => {
            expect(typeof c).toBe("number");
            if (m === "customers") expect((c as number) >= 0 && (c as number) <= size && (o > 0 || c === size)).toBe(true);
            if (m === "retention") expect((c as number) >= 0 && (c as number) <= 1 && (o > 0 || c === 1)).toBe(true);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  test("=CX.FUNNEL on any cells: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns(2), ([names, counts]) => {
        tableOrValueError(() => funnel(names, counts), (row) => {
          expect(row).toHaveLength(6);
          for (const c of [row[2], row[3]]) if (c !== "") expect((c as number) >= 0 && (c as number) <= 1).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("=CX.FUNNEL on decreasing counts: conversions within 0..1, one biggest drop at most", () => {
    const funnelCounts = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(1), fc.constant(0)), { minLength: 2, maxLength: 8 }).chain((fractions) =>
      fc.double({ min: 1, max: 1e12, noNaN: true }).map((top) => {
        let c = top;
        return fractions.map((f, i) => (i === 0 ? c : (c = Math.floor(c * f))));
      }),
    );
    fc.assert(
      fc.property(funnelCounts, (counts) => {
        const out = tableOrValueError(() => funnel(counts.map((_, i) => [`Stage ${i + 1}`]), counts.map((c) => [c])));
        expect(out).toBeDefined();
        const body = out!.slice(1);
        expect(body.filter((r) => r[5] === "Biggest drop").length).toBeLessThanOrEqual(1);
        body.forEach((r, i) => {
          expect(r[3]).toBeCloseTo(counts[i] / counts[0], 12);
          if (i > 0) expect(r[4]).toBe(counts[i - 1] - counts[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("=CX.CHURN and =CX.CHURN.RATE on any cells: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns(2), date, days, period, ([ids, dates], asOf, d, p) => {
        tableOrValueError(() => churn(ids, dates, asOf, d), (row) => expect(["Active", "Churned"]).toContain(row[5]));
        tableOrValueError(() => churnRate(ids, dates, p, asOf, d), (row) => {
          if (row[5] !== "") expect((row[5] as number) >= 0 && (row[5] as number) <= 1).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test("=CX.CHURN.RATE on valid transactions: rows chain and end with =CX.CHURN's active count", () => {
    fc.assert(
      fc.property(transactions, fc.constantFrom("month", "week", "quarter"), fc.integer({ min: 1, max: 200 }), arg(fc.integer({ min: 45100, max: 45800 })), (rows, p, d, asOf) => {
        const [ids, dates] = asColumns(rows);
        const rates = tableOrValueError(() => churnRate(ids, dates, p, asOf, d));
        const status = tableOrValueError(() => churn(ids, dates, asOf, d));
        if (!rates || !status) return;
        const body = rates.slice(1) as number[][];
        for (let k = 1; k < body.length; k++) expect(body[k][3]).toBe(body[k - 1][7]);
        body.forEach((r) => expect(r[4]).toBeLessThanOrEqual(r[3]));
        expect(body[body.length - 1][7]).toBe(status.slice(1).filter((r) => r[5] === "Active").length);
      }),
      { numRuns: 100 },
    );
  });
});
