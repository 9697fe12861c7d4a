// =CX.VALUECURVE, =CX.VALUECURVE.SUMMARY, =CX.ERRC, =CX.SCORE, =CX.MATRIX and =CX.MATRIX.SUMMARY:
// the worked examples as spilled, alignment with the input rows, and #VALUE! messages.
import { errc, matrix, matrixSummary, score, valueCurve, valueCurveSummary } from "../../src/functions/strategy";
import { excelError } from "./fuzz-outcome";

const messageOf = (f: () => unknown) => excelError(f).message;
const col = (header: string | undefined, ...values: unknown[]) => [...(header === undefined ? [] : [[header]]), ...values.map((v) => [v])];

// The canvas of test/core/strategy/strategy.test.ts (worked there by hand).
const factors = col("Factor", "Price", "Lobby", "Room size", "Bed quality", "Hygiene", "Self check-in");
const levels = [
  ["Ours", "A", "B", "C"],
  [1, 3, 4, 5],
  [0, 2, 3, 4],
  [2, 2, 3, 2],
  [5, 3, 3, 3],
  [3, 3, 2, 4],
  [4, 0, 0, 0],
];

describe("=CX.VALUECURVE", () => {
  test("spills one row per factor with the action", () => {
    const out = valueCurve(factors, levels, undefined, undefined, 0.5);
    expect(out[0]).toEqual(["Factor", "Ours", "Industry average", "Competitor min", "Competitor max", "Gap", "Action"]);
    expect(out.slice(1).map((r) => r[6])).toEqual(["Reduce", "Eliminate", "Match", "Raise", "Match", "Create"]);
    expect(out[1]).toEqual(["Price", 1, 4, 3, 5, -3, "Reduce"]);
  });
  test("the summary: divergence, focus and counts", () => {
    const out = valueCurveSummary(factors, levels, undefined, 1, 0.5);
    const m = Object.fromEntries(out.slice(1)) as Record<string, number>;
    expect(m.Divergence).toBeCloseTo(37 / 18, 12);
    expect(m.Focus).toBeCloseTo(1 / 3, 12);
    expect([m.Eliminate, m.Reduce, m.Match, m.Raise, m.Create]).toEqual([1, 1, 2, 1, 1]);
  });
  test("messages", () => {
    expect(messageOf(() => valueCurve(factors, levels, undefined, 9))).toMatch(/^own_offering: 9 must be a column number from 1 to 4/);
    expect(messageOf(() => valueCurve(factors, levels, undefined, undefined, -1))).toMatch(/^tolerance:/);
    expect(messageOf(() => valueCurve(factors, [[1, "x"]]))).toMatch(/levels/);
  });
});

describe("=CX.ERRC", () => {
  const f = col("Factor", "Price", "Lobby", "Beds", "Self check-in", "Hygiene");
  const cur = col("Current", 3, 3, 3, 0, 3);
  const nu = col("New", 1, 0, 5, 4, 3);
  test("the grid and the factors table", () => {
    expect(errc(f, cur, nu)).toEqual([
      ["Eliminate", "Reduce", "Raise", "Create"],
      ["Lobby", "Price", "Beds", "Self check-in"],
    ]);
    const t = errc(f, cur, nu, undefined, "factors");
    expect(t[0]).toEqual(["Factor", "Current", "New", "Change", "Action"]);
    expect(t[5]).toEqual(["Hygiene", 3, 3, 0, "Keep"]);
  });
  test("messages", () => {
    expect(messageOf(() => errc(f, cur, col("New", 1, 2)))).toMatch(/^new_levels: has 3 rows but current_levels has 6/);
    expect(messageOf(() => errc(f, cur, col("New", 1, -2, 5, 4, 3)))).toMatch(/^new_levels, row 3: -2 is below 0/);
  });
});

describe("=CX.SCORE", () => {
  test("score and rank lined up with the input, skipped rows blank", () => {
    const scores = [["Return", "Difficulty"], [10, 5], [20, 5], ["", ""], [20, 1], [0, 1], [10, 5]];
    const out = score(scores, [[3, -1]]);
    expect(out).toEqual([["Score", "Rank"], [0.375, 3], [0.75, 2], ["", ""], [1, 1], [0.25, 5], [0.375, 3]]);
  });
  test("messages", () => {
    expect(messageOf(() => score([[1, 2]], [[1]]))).toMatch(/^weights: has 1 values but scores has 2 columns/);
    expect(messageOf(() => score([[1, 2]], [[1, 1]], "log"))).toMatch(/^normalize: 'log' must be one of: minmax, z, none/);
  });
});

describe("=CX.MATRIX", () => {
  test("quadrant per row and the summary", () => {
    const x = col("Value", 1, 2, 3, 4);
    const y = col("Effort", 4, 3, 2, 1);
    expect(matrix(x, y)).toEqual([["Quadrant"], ["Low x, high y"], ["Low x, high y"], ["High x, low y"], ["High x, low y"]]);
    const s = matrixSummary(x, y);
    expect(s[0]).toEqual(["Quadrant", "x", "y", "Count", "Share", "Mean x", "Mean y"]);
    expect(s[1]).toEqual(["Low x, high y", "Low", "High", 2, 0.5, 1.5, 3.5]);
  });
  test("messages", () => {
    expect(messageOf(() => matrix(col(undefined, 1, "x"), col(undefined, 1, 2)))).toMatch(/^x, row 2/);
    expect(messageOf(() => matrix(col(undefined, 1), col(undefined, 1), "big"))).toMatch(/^x_split: 'big' is not a number/);
  });
});
