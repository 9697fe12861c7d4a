import { cumulativeRepeatPurchases, summarizeTransactions } from "../../../src/core/clv/summary";
import { epochDayFromYmd } from "../../../src/core/table/date";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return epochDayFromYmd(y, m, d) as number;
};

// A hand-made transaction list: A buys twice on 1 January (merged), then 15 January and 1 February;
// a refund on 10 March; 5 April in the holdout; 10 May after it. B buys once. C first buys in the holdout.
const tx = {
  customer: ["A", "A", "B", "A", "A", "A", "C", "A", "A"],
  day: ["2024-01-01", "2024-01-01", "2024-01-20", "2024-01-15", "2024-02-01", "2024-03-10", "2024-03-20", "2024-04-05", "2024-05-10"].map(day),
  amount: [10, 5, 15, 20, 30, -5, 12, 40, 7],
};

describe("summarizeTransactions", () => {
  test("calibration to 1 March 2024 (included), holdout to 30 April, in days", () => {
    const s = summarizeTransactions(tx, { unit: "days", calibrationEnd: day("2024-03-01"), holdoutEnd: day("2024-04-30") });
    expect(s.customer).toEqual(["A", "B"]);
    // A: purchase days 1 Jan (15), 15 Jan (20), 1 Feb (30): x = 2, t_x = 31, T = 60 (2024 is a leap year), m = (20 + 30)/2
    expect(Array.from(s.frequency)).toEqual([2, 0]);
    expect(Array.from(s.recency)).toEqual([31, 0]);
    expect(Array.from(s.T)).toEqual([60, 41]);
    expect(Array.from(s.monetary)).toEqual([25, 0]);
    expect(Array.from(s.firstPurchase)).toEqual([day("2024-01-01"), day("2024-01-20")]);
    // holdout: A's 5 April purchase (the refund is not a purchase)
    expect(Array.from(s.holdoutFrequency as Float64Array)).toEqual([1, 0]);
    expect(Array.from(s.holdoutSpend as Float64Array)).toEqual([40, 0]);
    expect(s.holdoutLength).toBe(60);
    expect(s.excluded).toEqual({ refundRows: 1, rowsAfterEnd: 1, customersAfterCalibration: 1, sameDayMerged: 1 });
  });

  test("in weeks; without a calibration end the period ends the day after the last transaction", () => {
    const s = summarizeTransactions(tx, { unit: "weeks", calibrationEnd: day("2024-03-01") });
    expect(s.T[0]).toBeCloseTo(60 / 7, 14);
    expect(s.recency[0]).toBeCloseTo(31 / 7, 14);
    expect(s.holdoutFrequency).toBeUndefined();
    const d = summarizeTransactions(tx, { unit: "days" });
    expect(d.calibrationEnd).toBe(day("2024-05-11"));
    // A: days 1 Jan, 15 Jan, 1 Feb, 5 Apr, 10 May -> x = 4; C: one purchase
    expect(d.customer).toEqual(["A", "B", "C"]);
    expect(d.frequency[0]).toBe(4);
    expect(d.monetary[0]).toBe((20 + 30 + 40 + 7) / 4);
    expect(d.T[2]).toBe(day("2024-05-11") - day("2024-03-20"));
  });

  test("input problems", () => {
    expect(() => summarizeTransactions(tx, { unit: "days", holdoutEnd: day("2024-04-30") })).toThrow("a holdout end needs a calibration end");
    expect(() => summarizeTransactions(tx, { unit: "days", calibrationEnd: day("2024-03-01"), holdoutEnd: day("2024-02-01") })).toThrow(
      "the holdout period must end after the calibration period",
    );
    expect(() => summarizeTransactions({ customer: ["A"], day: [day("2024-01-01")], amount: [NaN] }, { unit: "days" })).toThrow("amounts, row 1: not a number (got NaN)");
    expect(() => summarizeTransactions({ customer: [], day: [], amount: [] }, { unit: "days" })).toThrow(/no transactions/);
  });
});

test("cumulativeRepeatPurchases counts repeat purchase days per week (the tracking chart's actual line)", () => {
  const weeks = cumulativeRepeatPurchases(tx, { unit: "weeks", origin: day("2024-01-01"), periods: 20 });
  // repeat days of A: 15 Jan (week 3), 1 Feb (week 5), 5 Apr (week 14), 10 May (week 19); refunds and first purchases do not count
  expect(weeks[1]).toBe(0);
  expect(weeks[2]).toBe(1);
  expect(weeks[4]).toBe(2);
  expect(weeks[13]).toBe(3);
  expect(weeks[19]).toBe(4);
});
