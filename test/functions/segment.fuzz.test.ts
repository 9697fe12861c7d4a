// Fuzzing the segmentation functions: any mix of numbers, text, booleans, blanks and huge values
// gives a well-formed result (labels 1..k lined up with the input, silhouettes within -1..1, tiers
// and classes from their sets, shares within 0..1, finite numbers) or #VALUE! with a message; never
// a crash, a hang, NaN or Infinity.
import fc from "fast-check";
import { kmeans, kmeansCenters, kmeansElbow, pareto, silhouette, tier, tierSummary } from "../../src/functions/segment";
import { expectValueError, tableOrValueError } from "./fuzz-outcome";

const noise = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, "", " ", "n/a", "Recency", true, false, "9", "5%", "1,234", "(12)", "=1+1", "#N/A", -1, 0),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 1e100, -1e100, 1e-300, 5e-324),
  fc.string({ maxLength: 6 }),
);
const blank = fc.constantFrom<unknown>(null, "", " ");
const number = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 1, 2, 2, 3, 1e9));
/** Mostly valid values, sometimes blank, sometimes anything. */
const mostly = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: blank, weight: 1 }, { arbitrary: noise, weight: 1 });
const optional = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: valid, weight: 3 }, { arbitrary: noise, weight: 1 });

/** A data range: 0-25 rows of 1-4 columns, a header row sometimes, and rows of odd widths now and then. */
const data = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean())
  .chain(([n, d, header, ragged]) =>
    fc
      .array(fc.array(mostly(number), { minLength: ragged ? 0 : d, maxLength: d }), { minLength: n, maxLength: n })
      .map((rows) => (header ? [["Recency", "Frequency", "Monetary", "Tenure"].slice(0, d), ...rows] : rows)),
  );
const k = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 6 }), weight: 6 }, { arbitrary: noise, weight: 1 });
const standardize = optional(fc.constantFrom<unknown>("z", "log", "none", "LOG", true, false));
const seed = optional(fc.integer({ min: 0, max: 1000 }));
const restarts = optional(fc.integer({ min: 1, max: 3 }));
const maxK = optional(fc.integer({ min: 2, max: 6 }));
const column = (values: fc.Arbitrary<unknown>, n: number) => fc.array(values.map((v) => [v]), { minLength: n, maxLength: n });

/** Data and a column of cluster labels, usually of the same height. */
const labelled = data.chain((x) =>
  fc.tuple(
    fc.constant(x),
    fc.integer({ min: 0, max: 8 }).chain((odd) => column(mostly(fc.constantFrom<unknown>(1, 2, 3, "a", "b")), odd === 0 ? Math.max(0, x.length - 1) : x.length)),
  ),
);
const values = (n: number) => column(mostly(number), n);
const twoColumns = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(values(n), values(n)));
const thresholds = optional(fc.oneof(fc.array(number, { minLength: 1, maxLength: 3 }).map((t) => [t.sort((a, b) => (a as number) - (b as number))]), fc.array(fc.array(noise))));
const labels = optional(fc.array(fc.array(fc.constantFrom<unknown>("A", "B", "", 1), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }));
const share = optional(fc.constantFrom<unknown>(0.8, 0.5, "70%", 0.99, 0.01));
const items = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(column(mostly(fc.constantFrom<unknown>("a", "b", "c", 1, "SKU 9")), n), column(mostly(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1e6, noNaN: true }))), n)));

/** A result lined up with the input: one row per input row at most; each row all blank or all valid. */
function alignedOrValueError(f: () => unknown[][], width: number, valid: (row: unknown[]) => void): unknown[][] | undefined {
  let out: unknown[][];
  try {
    out = f();
  } catch (e) {
    expectValueError(e);
    return undefined;
  }
  expect(out.length).toBeGreaterThan(0);
  for (const row of out) {
    expect(row).toHaveLength(width);
    if (row.every((c) => c === "") || row.every((c) => typeof c === "string" && /^[A-Z]/.test(c) && ["Cluster", "Silhouette", "Value level"].includes(row[0] as string))) continue;
    valid(row);
  }
  return out;
}

const RUNS = { numRuns: 250 };
let outcomes = { results: 0, errors: 0 };
function count(out: unknown): void {
  if (out) outcomes.results++;
  else outcomes.errors++;
}

describe("fuzzing the segmentation functions", () => {
  beforeEach(() => {
    outcomes = { results: 0, errors: 0 };
  });
  afterEach(() => {
    // Both outcomes are exercised in every test.
    expect(outcomes.results).toBeGreaterThan(20);
    expect(outcomes.errors).toBeGreaterThan(20);
  });

  test("=CX.KMEANS: a label from 1 to k per row, lined up with the input", () => {
    fc.assert(
      fc.property(data, k, standardize, seed, restarts, (x, kk, s, sd, r) => {
        const out = alignedOrValueError(() => kmeans(x, kk, s, sd, r), 1, ([c]) => {
          expect(Number.isInteger(c)).toBe(true);
          expect(c as number).toBeGreaterThanOrEqual(1);
          expect(c as number).toBeLessThanOrEqual(kk as number);
        });
        if (out) expect(out.length).toBeLessThanOrEqual(x.length);
        count(out);
      }),
      RUNS,
    );
  });

  test("=CX.KMEANS.CENTERS: k clusters and the All row, sizes adding up", () => {
    fc.assert(
      fc.property(data, k, standardize, seed, restarts, (x, kk, s, sd, r) => {
        const out = tableOrValueError(() => kmeansCenters(x, kk, s, sd, r));
        if (out) {
          expect(out).toHaveLength((kk as number) + 2);
          const sizes = out.slice(1, -1).map((row) => row[1] as number);
          expect(sizes.every((v) => v >= 1)).toBe(true);
          expect(sizes.reduce((a, b) => a + b, 0)).toBe(out[out.length - 1][1]);
        }
        count(out);
      }),
      RUNS,
    );
  });

  test("=CX.KMEANS.ELBOW: k from 2 up, silhouettes within -1..1, drops within 0..1", () => {
    fc.assert(
      fc.property(data, maxK, standardize, seed, restarts, (x, m, s, sd, r) => {
        const out = tableOrValueError(
          () => kmeansElbow(x, m, s, sd, r),
          ([kk, inertia, drop, sil]) => {
            expect(kk as number).toBeGreaterThanOrEqual(2);
            expect(inertia as number).toBeGreaterThanOrEqual(0);
            expect(drop as number).toBeGreaterThanOrEqual(0);
            expect(drop as number).toBeLessThanOrEqual(1);
            if (sil !== "") expect(Math.abs(sil as number)).toBeLessThanOrEqual(1 + 1e-12);
          },
        );
        count(out);
      }),
      { numRuns: 150 },
    );
  });

  test("=CX.SILHOUETTE: per row, by cluster or the mean, within -1..1", () => {
    const output = optional(fc.constantFrom<unknown>("rows", "clusters", "mean"));
    fc.assert(
      fc.property(labelled, standardize, output, ([x, l], s, o) => {
        const inRange = (v: unknown) => {
          expect(typeof v).toBe("number");
          expect(Math.abs(v as number)).toBeLessThanOrEqual(1 + 1e-12);
        };
        const out =
          o === "clusters"
            ? tableOrValueError(() => silhouette(x, l, s, o), (row) => inRange(row[2]))
            : o === "mean"
              ? alignedOrValueError(() => silhouette(x, l, s, o), 1, ([v]) => inRange(v))
              : alignedOrValueError(() => silhouette(x, l, s, o), 1, ([v]) => inRange(v));
        count(out);
      }),
      RUNS,
    );
  });

  test("=CX.TIER and =CX.TIER.SUMMARY: levels and tiers as text, counts adding up", () => {
    fc.assert(
      fc.property(twoColumns, thresholds, thresholds, labels, ([v, n], vt, nt, l) => {
        const out = alignedOrValueError(() => tier(v, n, vt, nt, l), 3, (row) => {
          for (const c of row) expect(typeof c).toBe("string");
          expect(row[2]).not.toBe("");
        });
        count(out);
        const summary = tableOrValueError(() => tierSummary(v, n, vt, nt, l), (row) => {
          expect(Number.isInteger(row[3])).toBe(true);
          expect(row[4] as number).toBeGreaterThanOrEqual(0);
          expect(row[4] as number).toBeLessThanOrEqual(1);
        });
        expect(summary === undefined).toBe(out === undefined);
      }),
      RUNS,
    );
  });

  test("=CX.PARETO: ranks, shares within 0..1, cumulative share rising to 1, classes A, B, C in order", () => {
    fc.assert(
      fc.property(items, share, share, ([it, v], a, b) => {
        const out = tableOrValueError(() => pareto(it, v, a, b), (row) => {
          expect(row[3] as number).toBeGreaterThanOrEqual(0);
          expect(row[4] as number).toBeLessThanOrEqual(1);
          expect(["A", "B", "C"]).toContain(row[5]);
        });
        if (out) {
          const body = out.slice(1);
          expect(body[body.length - 1][4]).toBe(1);
          for (let j = 1; j < body.length; j++) {
            expect(body[j][4] as number).toBeGreaterThanOrEqual(body[j - 1][4] as number);
            expect((body[j][5] as string) >= (body[j - 1][5] as string)).toBe(true);
          }
          expect(body[0][5]).toBe("A");
        }
        count(out);
      }),
      RUNS,
    );
  });
});
