// Worked examples of the strategy engine, by hand: a four-offering canvas with a known ERRC
// outcome, an ERRC grid from two curves, a weighted score with known ranks and a 2 x 2 matrix.
import { findTable } from "../../../src/core/report";
import { readSegmentRange } from "../../../src/core/segment/data";
import { errcAction, errcAnalysis, matrixAnalysis, rankEq, readCanvas, scoreAnalysis, valueCurveAnalysis, weightsArg } from "../../../src/core/strategy";

/*
 * A budget hotel ("Ours") against three competitors A, B, C on six factors (0-5):
 *   factor         Ours  A  B  C   industry (mean A,B,C)  gap     min max  action (tolerance 0.5)
 *   Price           1    3  4  5   4                      -3      3   5    Reduce
 *   Lobby           0    2  3  4   3                      -3      2   4    Eliminate (ours 0, industry > 0)
 *   Room size       2    2  3  2   7/3                    -1/3    2   3    Match (|gap| <= 0.5); Reduce at tolerance 0
 *   Bed quality     5    3  3  3   3                      +2      3   3    Raise (and above every competitor)
 *   Hygiene         3    3  2  4   3                       0      2   4    Match
 *   Self check-in   4    0  0  0   0                      +4      0   0    Create (every competitor at 0)
 * Divergence = (3 + 3 + 1/3 + 2 + 0 + 4) / 6 = 37/18; focus = 2/6 (Bed quality, Self check-in).
 */
const factors = [["Factor"], ["Price"], ["Lobby"], ["Room size"], ["Bed quality"], ["Hygiene"], ["Self check-in"]];
const levels = [
  ["Ours", "A", "B", "C"],
  [1, 3, 4, 5],
  [0, 2, 3, 4],
  [2, 2, 3, 2],
  [5, 3, 3, 3],
  [3, 3, 2, 4],
  [4, 0, 0, 0],
];

describe("value curve", () => {
  test("the worked four-offering canvas", () => {
    const r = valueCurveAnalysis(readCanvas(factors, levels), { tolerance: 0.5 });
    expect(r.rows.map((x) => x.action)).toEqual(["Reduce", "Eliminate", "Match", "Raise", "Match", "Create"]);
    expect(r.rows[2].industry).toBeCloseTo(7 / 3, 12);
    expect(r.rows[0]).toMatchObject({ ours: 1, industry: 4, min: 3, max: 5, gap: -3 });
    expect(r.measures.divergence).toBeCloseTo(37 / 18, 12);
    expect(r.measures.focus).toBeCloseTo(2 / 6, 12);
    expect(r.measures.counts).toEqual({ Eliminate: 1, Reduce: 1, Match: 2, Raise: 1, Create: 1 });
    const t = findTable(r.report, "factors");
    expect(t.header).toEqual(["Factor", "Ours", "Industry average", "Competitor min", "Competitor max", "Gap", "Action"]);
    expect(r.report.charts[0]).toMatchObject({ type: "line", table: "canvas", category: "Factor", series: ["Ours", "A", "B", "C"] });
    expect(findTable(r.report, "canvas").rows[5]).toEqual(["Self check-in", 4, 0, 0, 0]);
  });

  test("tolerance 0 makes the small gap a Reduce", () => {
    const r = valueCurveAnalysis(readCanvas(factors, levels));
    expect(r.rows[2].action).toBe("Reduce");
  });

  test("own_offering by name, offering names and importance beside each factor", () => {
    const imp = [["Better"], [0.8], [0.1], [0.5], [0.9], [0.7], [0.6]];
    const c = readCanvas(factors, levels, [["W", "X", "Y", "Z"]], "Y", imp);
    expect(c.own).toBe(2);
    const r = valueCurveAnalysis(c);
    const t = findTable(r.report, "factors");
    expect(t.header[1]).toBe("Importance");
    expect(t.rows[0].slice(0, 3)).toEqual(["Price", 0.8, 4]);
    expect(r.measures.weightedGap).toBeDefined();
    expect(r.report.charts[0].series[0]).toBe("Y");
  });

  test("importance without a header beside levels with one", () => {
    const imp = [[""], [0.8], [0.1], [0.5], [0.9], [0.7], [0.6]];
    const r = valueCurveAnalysis(readCanvas(factors, levels, undefined, undefined, imp));
    expect(findTable(r.report, "factors").rows[1].slice(0, 2)).toEqual(["Lobby", 0.1]);
    expect(() => readCanvas(factors, levels, undefined, undefined, [[1], [2]])).toThrow(/^importance: has 2 rows but levels has 7/);
  });

  test("errors name the argument and row", () => {
    expect(() => readCanvas(factors, [["Ours"], [1], [2], [3], [4], [5], [6]])).toThrow(/^levels: needs at least two columns/);
    expect(() => readCanvas(factors, [...levels.slice(0, 2), [-1, 2, 3, 4], ...levels.slice(3)])).toThrow(/levels \(Ours\), row 3: -1 is below 0/);
    expect(() => readCanvas(factors, levels, undefined, "Nobody")).toThrow(/^own_offering:/);
    expect(() => readCanvas(factors, levels, [["a", "b"]])).toThrow(/^offering_names:/);
  });
});

describe("ERRC grid", () => {
  test("from a current and a new curve", () => {
    // Price 3->1 Reduce; Lobby 3->0 Eliminate; Beds 3->5 Raise; Self check-in 0->4 Create; Hygiene 3->3 Keep.
    const f = [["Factor"], ["Price"], ["Lobby"], ["Beds"], ["Self check-in"], ["Hygiene"]];
    const cur = [["Current"], [3], [3], [3], [0], [3]];
    const nu = [["New"], [1], [0], [5], [4], [3]];
    const r = errcAnalysis(f, cur, nu);
    expect(r.factors.map((x) => x.action)).toEqual(["Reduce", "Eliminate", "Raise", "Create", "Keep"]);
    const g = findTable(r.report, "grid");
    expect(g.header).toEqual(["Eliminate", "Reduce", "Raise", "Create"]);
    expect(g.rows).toEqual([["Lobby", "Price", "Beds", "Self check-in"]]);
    // With an industry that already offers self check-in, adding it is Raise, not Create.
    const withInd = errcAnalysis(f, cur, nu, [["Industry"], [4], [3], [3], [1], [3]]);
    expect(withInd.factors[3].action).toBe("Raise");
    expect(findTable(withInd.report, "grid").rows).toEqual([
      ["Lobby", "Price", "Beds", ""],
      ["", "", "Self check-in", ""],
    ]);
  });
  test("errcAction rules", () => {
    expect(errcAction(0, 0)).toBe("Keep");
    expect(errcAction(2, 0, 5)).toBe("Eliminate");
    expect(errcAction(0, 2, 0)).toBe("Create");
  });
  test("mismatched heights name the argument", () => {
    expect(() => errcAnalysis([["a"], ["b"]], [[1], [2]], [[1]])).toThrow(/^new_levels: has 1 rows/);
  });
});

describe("weighted score", () => {
  test("known ranks with a cost criterion and a tie", () => {
    /*
     * Return (weight 3) and Difficulty (weight -1); weights scale to 0.75 and 0.25. min-max:
     *   row  Return  Difficulty  R'    D'   score = 0.75 R' + 0.25 (1 - D')   rank (RANK.EQ)
     *   A    10      5           0.5   1    0.375                            3
     *   B    20      5           1     1    0.75                             2
     *   C    20      1           1     0    1                                1
     *   D    0       1           0     0    0.25                             5
     *   E    10      5           0.5   1    0.375                            3 (tie with A)
     */
    const data = readSegmentRange([["Return", "Difficulty"], [10, 5], [20, 5], [20, 1], [0, 1], [10, 5]], { label: "scores" });
    const r = scoreAnalysis(data, weightsArg([[3, -1]], 2), "minmax");
    expect(r.scores).toEqual([0.375, 0.75, 1, 0.25, 0.375]);
    expect(r.ranks).toEqual([3, 2, 1, 5, 3]);
    const z = scoreAnalysis(data, [3, -1], "z");
    expect(z.ranks[2]).toBe(1);
    const none = scoreAnalysis(data, [1, 0], "none");
    expect(none.scores).toEqual([10, 20, 20, 0, 10]);
    expect(none.ranks).toEqual([3, 1, 1, 5, 3]);
  });
  test("rankEq and weights errors", () => {
    expect(rankEq([0.1 + 0.2, 0.3, 0])).toEqual([1, 1, 3]);
    expect(() => weightsArg([[0, 0]], 2)).toThrow(/^weights: are all 0/);
    expect(() => weightsArg([[1]], 2)).toThrow(/^weights: has 1 values but scores has 2 columns/);
  });
});

describe("2 x 2 matrix", () => {
  test("quadrants at the medians and counts", () => {
    // x 1..4 (median 2.5), y 4..1 (median 2.5): rows 1-2 top-left, rows 3-4 bottom-right.
    const r = matrixAnalysis([["Value"], [1], [2], [3], [4]], [["Effort"], [4], [3], [2], [1]]);
    expect(r.quadrant).toEqual(["Low x, high y", "Low x, high y", "High x, low y", "High x, low y"]);
    const t = findTable(r.report, "quadrants");
    expect(t.rows.map((row) => row[3])).toEqual([2, 0, 0, 2]);
    expect(r.report.charts[0]).toMatchObject({ type: "scatter", category: "Value", series: ["Effort"] });
  });
  test("given splits (at the split is high) and labels", () => {
    const r = matrixAnalysis([[1], [2]], [[1], [2]], 2, 2, [["Quick wins", "Big bets"], ["Fill-ins", "Money pits"]]);
    expect(r.quadrant).toEqual(["Fill-ins", "Big bets"]);
    expect(() => matrixAnalysis([[1]], [[1]], undefined, undefined, [["a"]])).toThrow(/^labels:/);
  });
});

describe("large inputs", () => {
  test("200,000 rows score and rank quickly (no quadratic ranking, no spread of huge arrays)", () => {
    const n = 200_000;
    const grid = Array.from({ length: n }, (_, i) => [i % 1000, (i * 7) % 13]);
    const data = readSegmentRange(grid, { label: "scores" });
    const t0 = Date.now();
    const r = scoreAnalysis(data, [1, -1], "minmax");
    expect(Date.now() - t0).toBeLessThan(5000);
    // The best rows have x = 999 and y = 0 (score 0.5 + 0.5 = 1); they share rank 1, as RANK.EQ.
    const best = r.scores.filter((s) => s === 1).length;
    expect(best).toBeGreaterThan(1);
    expect(r.ranks.filter((k) => k === 1).length).toBe(best);
    expect(r.ranks.filter((k) => k === best + 1).length).toBeGreaterThan(0);
  });
});
