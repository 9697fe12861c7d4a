import { bgnbd } from "../../../src/core/clv/bgnbd";
import type { PurchaseModel } from "../../../src/core/clv/types";
import { expectedCumulativeRepeatPurchases, validateHoldout } from "../../../src/core/clv/validation";

/** A stand-in model: E[Y(t) | x] = (x + 1) t / 10 and E[X(t)] = t. */
const stub: PurchaseModel = {
  ...bgnbd,
  label: "test",
  conditionalExpectedPurchases: (_p, t, x) => ((x + 1) * t) / 10,
  expectedPurchases: (_p, t) => t,
};

describe("holdout validation", () => {
  test("hand-worked table, total error and verdict", () => {
    // x = 0, 0, 1, 2, 8 with holdout purchases 0, 1, 1, 2, 9 over 10 units: predicted 1, 1, 2, 3, 9.
    const v = validateHoldout(stub, [], { frequency: [0, 0, 1, 2, 8], recency: [0, 0, 1, 2, 3], T: [5, 5, 5, 5, 5], holdoutFrequency: [0, 1, 1, 2, 9] }, 10);
    expect(v.rows).toEqual([
      { frequency: 0, label: "0", customers: 2, actual: 0.5, predicted: 1 },
      { frequency: 1, label: "1", customers: 1, actual: 1, predicted: 2 },
      { frequency: 2, label: "2", customers: 1, actual: 2, predicted: 3 },
      { frequency: 7, label: "7+", customers: 1, actual: 9, predicted: 9 },
    ]);
    expect(v.actualTotal).toBe(13);
    expect(v.predictedTotal).toBeCloseTo(16, 12);
    // total: (16 - 13)/13 = 23.1% over; groups: (|2 - 1| + |2 - 1| + |3 - 2| + 0)/13 = 23.1%: above 20%, within 50%: fair
    expect(v.totalError).toBeCloseTo(3 / 13, 12);
    expect(v.groupError).toBeCloseTo(3 / 13, 12);
    expect(v.verdict).toBe("fair");
    expect(v.verdictText).toBe(
      "Fair fit: the test model predicted 16 holdout purchases against 13 actual (23.1% over), with 23.1% error across the frequency groups.",
    );
  });

  test("good and poor verdicts", () => {
    const data = { frequency: [0, 1, 2], recency: [0, 1, 2], T: [5, 5, 5], holdoutFrequency: [1, 2, 3] };
    expect(validateHoldout(stub, [], data, 10).verdict).toBe("good"); // predicted exactly 1, 2, 3
    expect(validateHoldout(stub, [], data, 30).verdict).toBe("poor"); // predicted 3, 6, 9: 200% over
    expect(() => validateHoldout(stub, [], data, 0)).toThrow(/holdout length/);
  });
});

test("expected cumulative repeat purchases from first-purchase days (tracking chart)", () => {
  // E[X(t)] = t weeks; first purchases on day 0 and day 7; week k ends on day 7k.
  const c = expectedCumulativeRepeatPurchases(stub, [], [0, 7], { unit: "weeks", origin: 0, periods: 3 });
  expect(Array.from(c)).toEqual([1, 3, 5]); // (1 + 0), (2 + 1), (3 + 2)
});
