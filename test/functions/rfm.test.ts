import { rfm, rfmScore, rfmSummary } from "../../src/functions/rfm";
import { serialFromEpochDay } from "../../src/core/table/date";
import { ROWS, day } from "../core/rfm/fixture";
import { excelError } from "./fuzz-outcome";

// The fixture as Excel passes it: n x 1 ranges with a header row, dates as serial numbers.
const ids = [["Customer"], ...ROWS.map((r) => [r[0]])];
const dates = [["Order date"], ...ROWS.map((r) => [serialFromEpochDay(day(r[1]))])];
const amounts = [["Amount"], ...ROWS.map((r) => [r[2]])];


describe("=CX.RFM", () => {
  test("spills the hand-worked table (test/core/rfm/rfm.test.ts) with a header row", () => {
    expect(rfm(ids, dates, amounts)).toEqual([
      ["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"],
      ["A", 25, 3, 300, 4, 5, 4, "454", "Champions"],
      ["B", 42, 1, 20, 3, 1, 1, "311", "About To Sleep"],
      ["C", 137, 2, 500, 2, 3, 5, "235", "At Risk"],
      ["D", 1, 2, 120, 5, 3, 3, "533", "Loyal Customers"],
      ["E", 208, 1, 30, 1, 1, 2, "112", "Lost"],
    ]);
  });

  test("whole-column inputs with trailing blanks give the same result", () => {
    const pad = (col: unknown[][]): unknown[][] => [...col, ...Array.from({ length: 5000 }, () => [""])];
    expect(rfm(pad(ids), pad(dates), pad(amounts))).toEqual(rfm(ids, dates, amounts));
  });

  test("as_of, bins, monetary and merge_same_day arguments", () => {
    const asOf = rfm(ids, dates, amounts, "2024-06-01");
    expect(asOf.map((r) => r[0])).toEqual(["Customer", "A", "B", "C", "E"]);
    expect(asOf[1][1]).toBe(0);
    const three = rfm(ids, dates, amounts, null, [[3]]);
    expect(three.slice(1).every((r) => [1, 2, 3].includes(r[4] as number))).toBe(true);
    const mean = rfm(ids, dates, amounts, null, null as never, null as never, "mean", true);
    // merged same-day orders: C has 1 order; mean spend A 100, C 500, D 60
    expect(mean.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ["A", 3, 100],
      ["B", 1, 20],
      ["C", 1, 500],
      ["D", 2, 60],
      ["E", 1, 30],
    ]);
  });

  test("thresholds as a 3-row range and a segment map range", () => {
    const thresholds = [
      [30, 60, 90, 180],
      [1, 2, 4, 9],
      [50, 100, 250, 400],
    ];
    const map = [
      ["Segment", "R", "F", "M"],
      ["Active", "4-5", "", ""],
      ["Big", "", "", "5"],
    ];
    const out = rfm(ids, dates, amounts, undefined, thresholds, map);
    // A value equal to a threshold gets the lower score (thresholds are inclusive upper bounds):
    //   recency A 25 -> R5, B 42 -> R4, C 137 -> R2, D 1 -> R5, E 208 -> R1
    //   frequency 1 -> F1, 2 -> F2, 3 -> F3;  monetary 20, 30 -> M1, 120 -> M3, 300 -> M4, 500 -> M5
    expect(out.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual([
      ["A", "534", "Active"],
      ["B", "411", "Active"],
      ["C", "225", "Big"],
      ["D", "523", "Active"],
      ["E", "111", "Other"],
    ]);
  });

  test("text from the data stays text: ids that look like formulas are returned as strings", () => {
    const out = rfm([["=1+1"], ["+44 20"], ["@x"], ["-5x"]], [[45292], [45293], [45294], [45295]], [[1], [2], [3], [4]]);
    expect(out.slice(1).map((r) => r[0])).toEqual(["=1+1", "+44 20", "@x", "-5x"]);
  });

  test("bad input is #VALUE! with a message naming the argument, the row and the problem", () => {
    const bad = amounts.map((r, i) => (i === 4 ? ["n/a"] : r));
    expect(excelError(() => rfm(ids, dates, bad))).toEqual(expect.objectContaining({ code: "#VALUE!", message: "amounts, row 5: 'n/a' is not a number" }));
    expect(excelError(() => rfm(ids, dates, amounts, null, [[12]])).message).toBe(
      "bins: 12 must be a whole number from 2 to 9, or a 3-row range of thresholds",
    );
    expect(excelError(() => rfm(ids, dates, amounts, "last week")).message).toBe(
      "as_of: 'last week' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)",
    );
    expect(excelError(() => rfm(ids, dates, amounts, null, null as never, null as never, "median")).message).toBe(
      "monetary: 'median' must be one of: total, mean",
    );
    expect(excelError(() => rfm(ids, dates.slice(0, 5), amounts)).message).toBe(
      "dates: has 5 rows but customer_ids has data down to row 11; give ranges of the same size",
    );
    expect(excelError(() => rfm([[""]], [[""]], [[""]])).message).toBe("customer_ids, dates, amounts: no transaction rows with data");
    expect(excelError(() => rfm(ids, dates, amounts, "2020-01-01")).message).toBe(
      "no customer has an order on or before the as-of date, so there is nothing to score",
    );
  });
});

describe("=CX.RFM.SUMMARY", () => {
  test("spills the segment summary", () => {
    const out = rfmSummary(ids, dates, amounts);
    expect(out[0]).toEqual(["Segment", "Customers", "Share of customers", "Mean recency (days)", "Mean frequency", "Mean monetary", "Revenue", "Share of revenue"]);
    expect(out.map((r) => r[0])).toEqual(["Segment", "Champions", "Loyal Customers", "About To Sleep", "At Risk", "Lost"]);
    expect(out[4]).toEqual(["At Risk", 1, 0.2, 137, 2, 500, 500, expect.closeTo(500 / 970, 12)]);
  });
});

describe("=CX.RFM.SCORE", () => {
  test("scores customer-level columns and lines up with the input rows", () => {
    // Same values as the hand-worked customers A-E, with a header, a blank row and a skipped row.
    const recency = [["Recency"], [25], [42], [""], [137], [1], [208], [7]];
    const frequency = [["Frequency"], [3], [1], [""], [2], [2], [1], [""]];
    const monetary = [["Monetary"], [300], [20], [""], [500], [120], [30], [10]];
    expect(rfmScore(recency, frequency, monetary)).toEqual([
      ["R", "F", "M", "RFM code", "Segment"],
      [4, 5, 4, "454", "Champions"],
      [3, 1, 1, "311", "About To Sleep"],
      ["", "", "", "", ""],
      [2, 3, 5, "235", "At Risk"],
      [5, 3, 3, "533", "Loyal Customers"],
      [1, 1, 2, "112", "Lost"],
    ]);
  });

  test("no header in, no header out", () => {
    // 2 bins: cuts at the medians (1.5). Row 1: R2 F1 M1 -> grid row 5, FM 1 -> New Customers.
    // Row 2: R1 F2 M2 -> grid row 1, FM 5 -> Can't Lose Them.
    expect(rfmScore([[1], [2]], [[1], [2]], [[1], [2]], [[2]])).toEqual([
      [2, 1, 1, "211", "New Customers"],
      [1, 2, 2, "122", "Can't Lose Them"],
    ]);
  });

  test("negative recency is an error with the row", () => {
    const e = excelError(() => rfmScore([[5], [-1]], [[1], [1]], [[1], [1]]));
    expect(e.message).toBe("recency, row 2: -1 is below the smallest allowed value, 0");
  });
});

