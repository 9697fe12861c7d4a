// Fuzzing the lifetime-value functions: any mix of numbers, text, booleans, blanks and huge values
// gives either a well-formed result (finite numbers) or #VALUE! with a message, never a crash, a
// hang, NaN or Infinity. Fits are slow under jest, so the fitting functions get few customers and
// fewer runs. (The Pareto/NBD is left out of the fitting runs: on tiny degenerate data its fit can
// take a minute under jest; its formulas are fuzzed through =CX.PALIVE and =CX.PURCHASES.)
import fc from "fast-check";
import { expectValueError } from "./fuzz-outcome";
import { clvFit, clvSummary, ltv, ltvSimple, pAlive, purchases, retentionFit, spend, spendFit } from "../../src/functions/clv";

const cell = fc.oneof(
  fc.constantFrom<unknown>(null, "", " ", 0, 1, 2, true, false, "n/a", "Customer", "2024-02-30", "20240305", "1,234.5", "(12)", "$5", "15%", "=1+1", "BG/NBD"),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 5e-324, 1e-300, 2958465, 2958466, 60, 61, 45292.5),
  fc.integer({ min: -1000, max: 100000 }),
  fc.integer({ min: 45000, max: 45500 }), // plausible Excel dates (2023-2024)
  fc.string({ maxLength: 8 }),
  fc.date({ min: new Date("1800-01-01"), max: new Date("2200-01-01"), noInvalidDate: false }),
);
const column = (n: number) => fc.array(cell.map((c) => [c]), { minLength: n, maxLength: n });
const columns = (k: number, max: number) => fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: k }, () => column(n))));
const junk = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
const optional = fc.option(junk, { nil: undefined });
/** An optional argument: mostly left out or valid, sometimes anything, so that the runs reach the analysis. */
const arg = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: valid, weight: 3 }, { arbitrary: junk, weight: 1 });
const date = fc.integer({ min: 45200, max: 45700 });
const fittingModel = fc.oneof({ arbitrary: fc.constantFrom<unknown>(undefined, "BG/NBD", "mbgnbd", ""), weight: 5 }, fc.constantFrom<unknown>("junk", 3, true));
const anyModel = fc.oneof({ arbitrary: fc.constantFrom<unknown>(undefined, "BG/NBD", "mbgnbd", "Pareto/NBD", ""), weight: 5 }, fc.constantFrom<unknown>("junk", 3));

/** A parameters argument: bare numbers, a =CX.CLV.FIT-like table, name/value rows, or junk. */
const number = fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), cell);
const positive = fc.oneof(fc.double({ min: 1e-3, max: 50, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
const params = fc.oneof(
  { arbitrary: fc.array(positive, { minLength: 4, maxLength: 4 }).map((v) => [v]), weight: 4 },
  fc.array(number, { minLength: 3, maxLength: 4 }).map((v) => [v]),
  fc.array(number, { minLength: 4, maxLength: 4 }).map((v) => v.map((x) => [x])),
  fc
    .tuple(fc.constantFrom("BG/NBD", "MBG/NBD", "Pareto/NBD", "Gamma-Gamma", "x"), fc.array(fc.oneof(positive, positive, number), { minLength: 4, maxLength: 4 }))
    .map(([label, v]) => [["Model", "Parameter", "Estimate", "Standard error"], ...["r", "alpha", "a", "b", "s", "beta", "p", "q", "gamma"].map((n, k) => [label, n, v[k % 4], ""])]),
  { arbitrary: fc.array(positive, { minLength: 3, maxLength: 3 }).map((v) => [v]), weight: 2 },
  fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
);

function checkOutcome(f: () => unknown, validate: (out: unknown[][]) => void = () => undefined): void {
  let out: unknown;
  try {
    out = f();
  } catch (e) {
    expectValueError(e);
    return;
  }
  if (typeof out === "number") {
    expect(Number.isFinite(out)).toBe(true);
    return;
  }
  expect(Array.isArray(out)).toBe(true);
  const rows = out as unknown[][];
  const width = rows[0]?.length;
  for (const row of rows) {
    expect(row).toHaveLength(width);
    for (const c of row) {
      expect(["number", "string", "boolean"]).toContain(typeof c);
      if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    }
  }
  validate(rows);
}

/** Rows of a parameters table: model, parameter, estimate, standard error. */
const parametersTable = (out: unknown[][]) => {
  expect(out[0]).toEqual(["Model", "Parameter", "Estimate", "Standard error"]);
  for (const row of out.slice(1)) expect(row).toHaveLength(4);
};
const probabilities = (out: unknown[][]) => {
  for (const [v] of out) if (typeof v === "number") expect(v >= 0 && v <= 1).toBe(true);
};
const nonNegative = (out: unknown[][]) => {
  for (const [v] of out) if (typeof v === "number") expect(v).toBeGreaterThanOrEqual(0);
};

/** Valid-looking transactions: a few customers, dates in 2024, amounts mostly positive. */
const transactions = fc.array(
  fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", 7), fc.integer({ min: 45292, max: 45400 }), fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(-5))),
  { minLength: 1, maxLength: 60, size: "large" },
);
const asColumns = (rows: [unknown, unknown, unknown][]) => [rows.map((r) => [r[0]]), rows.map((r) => [r[1]]), rows.map((r) => [r[2]])] as const;

/** Valid-looking customer summaries: x whole, t_x <= T, some huge. */
const customer = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.double({ min: 0, max: 200, noNaN: true }), fc.constant(1e300)))
  .map(([x, share, T]) => [x, x === 0 ? 0 : share * T, T] as const);
const summaries = fc.array(customer, { minLength: 1, maxLength: 12 });

describe("fuzzing the lifetime-value functions", () => {
  test("=CX.LTV on any cells: a table or #VALUE!", () => {
    fc.assert(
      fc.property(columns(3, 12), arg(fc.integer({ min: 1, max: 60 })), arg(fc.double({ min: 0, max: 1, noNaN: true })), arg(fc.constantFrom(0.3, "50%", 1)), arg(date), fittingModel, ([ids, dates, amounts], h, d, m, asOf, model) => {
        checkOutcome(() => ltv(ids, dates, amounts, h, d, m, asOf, model));
      }),
      { numRuns: 150 },
    );
  });

  test("=CX.LTV on valid transactions: probabilities, counts and values in range", () => {
    fc.assert(
      fc.property(transactions, fc.integer({ min: 1, max: 120 }), arg(fc.double({ min: 0, max: 2, noNaN: true })), arg(date), fittingModel, (rows, horizon, d, asOf, model) => {
        const [ids, dates, amounts] = asColumns(rows);
        checkOutcome(
          () => ltv(ids, dates, amounts, horizon, d, null, asOf, model),
          (out) => {
            expect(out[0]).toHaveLength(8);
            for (const row of out.slice(1)) {
              const [, x, tx, T, alive, buys, each, value] = row as number[];
              expect(Number.isInteger(x) && x >= 0).toBe(true);
              expect(tx).toBeLessThanOrEqual(T);
              expect(alive >= 0 && alive <= 1).toBe(true);
              expect(buys).toBeGreaterThanOrEqual(0);
              expect(each).toBeGreaterThanOrEqual(0);
              expect(value).toBeGreaterThanOrEqual(0);
            }
          },
        );
      }),
      { numRuns: 80 },
    );
  });

  test("=CX.CLV.SUMMARY: a table or #VALUE!", () => {
    fc.assert(
      fc.property(fc.oneof(columns(3, 20), transactions.map(asColumns)), arg(fc.constantFrom("days", "Weeks", "months")), arg(date), arg(date), ([ids, dates, amounts], unit, cal, hold) => {
        checkOutcome(
          () => clvSummary(ids, dates, amounts, unit, cal, hold),
          (out) => {
            for (const row of out.slice(1)) {
              expect(Number.isInteger(row[1])).toBe(true);
              expect(row[2] as number).toBeLessThanOrEqual(row[3] as number);
            }
          },
        );
      }),
      { numRuns: 200 },
    );
  });

  test("=CX.CLV.FIT: a parameters table or #VALUE!", () => {
    const valid = summaries.map((s) => [s.map((c) => [c[0]]), s.map((c) => [c[1]]), s.map((c) => [c[2]])] as const);
    fc.assert(
      fc.property(fc.oneof(columns(3, 10), valid, valid), fittingModel, arg(fc.double({ min: 0, max: 1, noNaN: true })), ([x, tx, T], model, penalizer) => {
        checkOutcome(() => clvFit(x, tx, T, model, penalizer), parametersTable);
      }),
      { numRuns: 80 },
    );
  });

  test("=CX.PALIVE and =CX.PURCHASES: aligned values or #VALUE!", () => {
    const valid = summaries.map((s) => [s.map((c) => [c[0]]), s.map((c) => [c[1]]), s.map((c) => [c[2]])] as const);
    fc.assert(
      fc.property(params, fc.oneof(columns(3, 10), valid, valid), anyModel, fc.oneof(positive, positive, cell), (p, [x, tx, T], model, t) => {
        checkOutcome(() => pAlive(p, x, tx, T, model), probabilities);
        checkOutcome(() => purchases(p, x, tx, T, t, model), nonNegative);
      }),
      { numRuns: 200 },
    );
  });

  test("=CX.SPEND.FIT and =CX.SPEND: a table / aligned values or #VALUE!", () => {
    const valid = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 });
    const both = fc.oneof(columns(2, 12), valid.map((s) => [s.map((c) => [c[0]]), s.map((c) => [c[1]])] as const), valid.map((s) => [s.map((c) => [c[0]]), s.map((c) => [c[1]])] as const));
    fc.assert(
      fc.property(both, arg(fc.double({ min: 0, max: 1, noNaN: true })), params, ([x, m], penalizer, p) => {
        checkOutcome(() => spendFit(x, m, penalizer), parametersTable);
        checkOutcome(() => spend(p, x, m), nonNegative);
      }),
      { numRuns: 100 },
    );
  });

  test("=CX.LTV.SIMPLE: a finite number or #VALUE!", () => {
    fc.assert(
      fc.property(arg(fc.double({ min: 0, max: 1, noNaN: true })), arg(fc.double({ min: 0, max: 1e6, noNaN: true })), arg(fc.double({ min: 0, max: 1, noNaN: true })), optional, (m, arpu, churn, d) => {
        checkOutcome(() => ltvSimple(m, arpu, churn, d));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1, noNaN: true }), fc.double({ min: 0, max: 1e300, noNaN: true }), fc.double({ min: 1e-300, max: 1, noNaN: true }), fc.option(fc.double({ min: 0, max: 9, noNaN: true })), (m, arpu, churn, d) => {
        checkOutcome(() => ltvSimple(m, arpu, churn, d));
      }),
      { numRuns: 200 },
    );
  });

  test("=CX.RETENTION.FIT: a parameters table or #VALUE!", () => {
    const decreasing = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).map((v) => [1000, ...v.sort((a, b) => b - a)].map((n) => [n]));
    fc.assert(
      fc.property(fc.oneof(columns(1, 10).map(([c]) => c), decreasing, decreasing), arg(fc.double({ min: 0, max: 2, noNaN: true })), (survivors, d) => {
        checkOutcome(() => retentionFit(survivors, d), parametersTable);
      }),
      { numRuns: 150 },
    );
  });
});
