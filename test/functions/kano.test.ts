import { kano, kanoClass } from "../../src/functions/kano";
import { dysfunctional, functional } from "../core/kano/fixture";
import { excelError } from "./fuzz-outcome";

const HEADER = [
  "Feature",
  "Respondents",
  "Category",
  "A",
  "O",
  "M",
  "I",
  "R",
  "Q",
  "Category strength",
  "Total strength",
  "Top two differ (Fong)",
  "Better",
  "Worse",
  "Functional score",
  "Dysfunctional score",
];

/*
 * By hand, with the evaluation table of Berger et al. (1993):
 * Wifi: (like, dislike) O, (like, neutral) A, O, (neutral, neutral) I, (like, live with) A, O
 *   -> A 2, O 3, I 1 of 6: category One-dimensional; strength 3/6 - 2/6 = 1/6; total (2 + 3) / 6 = 5/6;
 *   Fong |3 - 2| = 1 < 1.65 sqrt(5 x 7 / 12) = 2.818: "no"; Better (2 + 3) / 6 = 5/6; Worse -(3 + 0) / 6 = -0.5;
 *   DuMouchel functional (4 x 5 like + 0 neutral) / 6 = 10/3; dysfunctional (4 + 0 + 4 + 0 + 2 + 4) / 6 = 7/3.
 * Pool: (must-be, dislike) M, M, blank (skipped), (dislike, live with) R, M, M
 *   -> M 4, R 1 of 5: Must-be; second R: strength 4/5 - 1/5 = 0.6; total 4/5;
 *   Fong |4 - 1| = 3 >= 1.65 sqrt(5 x 5 / 10) = 2.609: "yes"; Better 0 / 4 = 0; Worse -(0 + 4) / 4 = -1;
 *   functional (2 x 4 - 2) / 5 = 1.2; dysfunctional (4 x 4 + 2) / 5 = 3.6.
 */
const WIFI = ["Wifi", 6, "One-dimensional", 2, 3, 0, 1, 0, 0, 1 / 6, 5 / 6, "no", 5 / 6, -0.5, 10 / 3, 7 / 3];
const POOL = ["Pool", 5, "Must-be", 0, 0, 4, 0, 1, 0, 0.6, 0.8, "yes", 0, -1, 1.2, 3.6];
const close = (row: (string | number)[]) => row.map((v) => (typeof v === "number" ? expect.closeTo(v, 12) : v));

describe("=CX.KANO", () => {
  test("spills the per-feature table, worked by hand", () => {
    const out = kano(functional, dysfunctional);
    expect(out[0]).toEqual(HEADER);
    expect(out[1]).toEqual(close(WIFI));
    expect(out[2]).toEqual(close(POOL));
    expect(out).toHaveLength(3);
  });

  test("whole-column references: trailing blanks, and the zeros some platforms pad them with, are ignored", () => {
    const blanks = (g: unknown[][]) => [...g, ...Array.from({ length: 5000 }, () => ["", null])];
    expect(kano(blanks(functional), blanks(dysfunctional))).toEqual(kano(functional, dysfunctional));
    const pad = [0, 0];
    const zeros = (g: unknown[][]) => [...g, ...new Array<unknown[]>(1_048_576 - g.length).fill(pad)];
    expect(kano(zeros(functional), zeros(dysfunctional))).toEqual(kano(functional, dysfunctional));
  });

  test("feature_names as a row or a column; left out or blank, the header row names the features", () => {
    const body = (g: unknown[][]) => g.slice(1);
    expect(kano(body(functional), body(dysfunctional)).map((r) => r[0])).toEqual(["Feature", "Feature 1", "Feature 2"]);
    expect(kano(body(functional), body(dysfunctional), [["Speed", "Price"]]).map((r) => r[0])).toEqual(["Feature", "Speed", "Price"]);
    expect(kano(body(functional), body(dysfunctional), [["Speed"], ["Price"]]).map((r) => r[0])).toEqual(["Feature", "Speed", "Price"]);
    expect(kano(functional, dysfunctional, [[null]]).map((r) => r[0])).toEqual(["Feature", "Wifi", "Pool"]);
    expect(kano(functional, dysfunctional, [[""], [""]]).map((r) => r[0])).toEqual(["Feature", "Wifi", "Pool"]);
    // The names replace the header's; the numbers are the same.
    expect(kano(functional, dysfunctional, [["Speed", "Price"]]).slice(1).map((r) => r.slice(1))).toEqual(kano(functional, dysfunctional).slice(1).map((r) => r.slice(1)));
  });

  test("a single feature as one column without a header", () => {
    // (1,5) O, (1,5) O, (2,5) M: One-dimensional, Better 2/3, Worse -1.
    const out = kano([[1], [1], [2]], [[5], [5], [5]]);
    expect(out[1].slice(0, 9)).toEqual(["Feature 1", 3, "One-dimensional", 0, 2, 1, 0, 0, 0]);
    expect(out[1][12]).toBeCloseTo(2 / 3, 14);
    expect(out[1][13]).toBe(-1);
  });

  test("bad input is #VALUE! naming the argument, the row and the problem", () => {
    const bad = functional.map((r, i) => (i === 3 ? ["maybe", r[1]] : r));
    expect(excelError(() => kano(bad, dysfunctional))).toEqual(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringMatching(/^functional, row 4: 'maybe' for 'Wifi' is not a Kano answer: use a code 1-5 \(1 = I like it/),
      }),
    );
    expect(excelError(() => kano([[1], [1]], [[5], [7]])).message).toMatch(/^dysfunctional, row 2: 7 for 'Feature 1' is not a Kano answer/);
    expect(excelError(() => kano([[1, 2]], [[5]])).message).toBe(
      "dysfunctional: has 1 columns but functional has 2; give one column per feature in both, in the same order",
    );
    expect(excelError(() => kano([["A"], [1]], [[5], [5]])).message).toBe(
      "dysfunctional: functional starts with a header row but dysfunctional does not; select both with their headers or both without",
    );
    expect(excelError(() => kano([[1, 2]], [[5, 5]], [["x"]])).message).toBe("feature_names: gives 1 names for 2 features (one per column of functional)");
    expect(excelError(() => kano([[""]], [[""]])).message).toBe("functional, dysfunctional: no respondent answered both questions for 'Feature 1'");
    expect(excelError(() => kano([], [])).message).toBe("functional: is empty: give one column of answers per feature");
    expect(excelError(() => kano([[1, ""]], [[5, ""]], [["x", "y"]])).message).toBe("functional, dysfunctional: no respondent answered both questions for 'y'");
  });
});

describe("=CX.KANO.CLASS", () => {
  test("the whole evaluation table (Berger et al. 1993, table 1) from codes 1-5", () => {
    // Row i: functional answer i; column j: dysfunctional answer j (1 like ... 5 dislike).
    const f = [1, 2, 3, 4, 5].map((i) => [i, i, i, i, i]);
    const d = [1, 2, 3, 4, 5].map(() => [1, 2, 3, 4, 5]);
    expect(kanoClass(f, d)).toEqual([
      ["Q", "A", "A", "A", "O"],
      ["R", "I", "I", "I", "M"],
      ["R", "I", "I", "I", "M"],
      ["R", "I", "I", "I", "M"],
      ["R", "R", "R", "R", "Q"],
    ]);
  });

  test("single cells, labels in English and Chinese, numeric text", () => {
    expect(kanoClass([[1]], [[5]])).toEqual([["O"]]);
    expect(kanoClass([["I expect it"]], [["我不喜欢"]])).toEqual([["M"]]);
    expect(kanoClass([["1. I like it"]], [["3"]])).toEqual([["A"]]);
    expect(kanoClass([[""]], [[5]])).toEqual([[""]]);
  });

  test("a column with a header row gives a header and lines up with the input; blanks stay blank", () => {
    const f = [["Functional"], [1], [""], [2], [3]];
    const d = [["Dysfunctional"], [5], [5], [5], ["I can live with it"]];
    expect(kanoClass(f, d)).toEqual([["Kano category"], ["O"], [""], ["M"], ["I"]]);
  });

  test("one cell paired with every cell of a range", () => {
    expect(kanoClass([[1]], [[1], [2], [3], [4], [5]])).toEqual([["Q"], ["A"], ["A"], ["A"], ["O"]]);
    expect(kanoClass([[1, 2, 3]], [[5]])).toEqual([["O", "M", "M"]]);
  });

  test("whole-column references: trailing blank rows are left off", () => {
    const f = [[1], [2], ...new Array<unknown[]>(1_048_574).fill([""])];
    const d = [[5], [3], ...new Array<unknown[]>(1_048_574).fill([null])];
    expect(kanoClass(f, d)).toEqual([["O"], ["I"]]);
    expect(kanoClass([[""], [""]], [[""], [""]])).toEqual([[""]]);
  });

  test("bad answers and shapes are #VALUE! naming the argument, the row and the column", () => {
    expect(excelError(() => kanoClass([["so-so"]], [[5]]))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^functional_answer, row 1: 'so-so' is not a Kano answer: use a code 1-5/) }),
    );
    expect(excelError(() => kanoClass([[1, 2], [1, 2]], [[5, 5], [5, 6]])).message).toMatch(/^dysfunctional_answer, row 2: 6 \(column 2\) is not a Kano answer/);
    expect(excelError(() => kanoClass([[1], [2]], [[5], [5], [5]])).message).toBe(
      "dysfunctional_answer: is 3 x 1 but functional_answer is 2 x 1; give ranges of the same size (or a single cell)",
    );
  });
});
