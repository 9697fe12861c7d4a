import { bgnbd } from "../../../src/core/clv/bgnbd";
import { customerLifetimeValue, unitsPerMonth } from "../../../src/core/clv/clv";
import type { PurchaseModel } from "../../../src/core/clv/types";

/** A stand-in purchase model buying 0.5 times per month (in the unit `perMonth` says), whatever the history. */
function steady(perMonth: number): PurchaseModel {
  return {
    ...bgnbd,
    conditionalExpectedPurchases: (_p, t) => (0.5 * t) / perMonth,
  };
}

describe("customer lifetime value", () => {
  test("hand-worked: 0.5 purchases a month, spend 10, margin 0.5, 1% a month over 3 months", () => {
    // Spend: x = 0 customers get the Gamma-Gamma mean p gamma / (q - 1) = 1 * 10 / 1 = 10.
    // CLV = 0.5 * 10 * 0.5 * (1/1.01 + 1/1.01^2 + 1/1.01^3) = 2.5 * 2.940985 = 7.352463
    const r = customerLifetimeValue(steady(1), [1, 1, 1, 1], [1, 2, 10], { frequency: [0], recency: [0], T: [10], monetary: [0] }, {
      unit: "months",
      horizonMonths: 3,
      monthlyDiscountRate: 0.01,
      margin: 0.5,
    });
    expect(r.clv[0]).toBeCloseTo(7.352463, 6);
    expect(r.expectedPurchases[0]).toBeCloseTo(1.5, 12);
    expect(r.discountedPurchases[0]).toBeCloseTo(0.5 * 2.940985, 6);
    expect(r.expectedSpend[0]).toBe(10);
    expect(r.total).toBeCloseTo(7.352463, 6);
  });

  test("the summary's unit maps to months: 30.4375 days = 4.348 weeks = 1 month", () => {
    expect(unitsPerMonth("days")).toBe(30.4375);
    expect(unitsPerMonth("weeks")).toBeCloseTo(30.4375 / 7, 14);
    expect(unitsPerMonth("months")).toBe(1);
    const inWeeks = customerLifetimeValue(steady(unitsPerMonth("weeks")), [1, 1, 1, 1], [1, 2, 10], { frequency: [0], recency: [0], T: [10], monetary: [0] }, {
      unit: "weeks",
      horizonMonths: 3,
      margin: 0.5,
    });
    expect(inWeeks.clv[0]).toBeCloseTo(7.352463, 6);
  });

  test("with BG/NBD and Gamma-Gamma (CDNOW estimates): undiscounted CLV is margin x spend x E[Y(horizon)]", () => {
    const bg = [0.2426, 4.4135, 0.7929, 2.4258];
    const gg = [6.25, 3.74, 15.44];
    const customers = { frequency: [2, 0, 2], recency: [30.43, 0, 30.43], T: [38.86, 38.86, 38.86], monetary: [22.35, 0, 22.35] };
    const r = customerLifetimeValue(bgnbd, bg, gg, customers, { unit: "weeks", horizonMonths: 12, monthlyDiscountRate: 0, margin: 0.3 });
    const horizon = 12 * unitsPerMonth("weeks");
    expect(r.clv[0]).toBeCloseTo(0.3 * 24.663713 * bgnbd.conditionalExpectedPurchases(bg, horizon, 2, 30.43, 38.86), 5);
    expect(r.clv[2]).toBe(r.clv[0]); // identical rows computed once
    expect(r.expectedSpend[1]).toBeCloseTo(35.219, 3); // population mean for x = 0
    const discounted = customerLifetimeValue(bgnbd, bg, gg, customers, { unit: "weeks", horizonMonths: 12, monthlyDiscountRate: 0.01, margin: 0.3 });
    expect(discounted.clv[0]).toBeLessThan(r.clv[0]);
    expect(discounted.clv[0]).toBeGreaterThan(r.clv[0] / 1.01 ** 12);
  });

  test("bad options and a spend model with q <= 1 are refused with clear messages", () => {
    const c = { frequency: [1], recency: [1], T: [2], monetary: [5] };
    const run = (o: object, gg = [1, 2, 10]) => () => customerLifetimeValue(bgnbd, [0.3, 4, 0.8, 2.5], gg, c, { unit: "weeks", ...o });
    expect(run({ margin: 30 })).toThrow("margin: must be a fraction of spend above 0 and at most 1, e.g. 0.3 for 30% (got 30)");
    expect(run({ horizonMonths: 0 })).toThrow(/horizon: must be a whole number of months/);
    expect(run({ monthlyDiscountRate: -0.1 })).toThrow(/discount rate/);
    expect(run({}, [2, 0.9, 10])).toThrow(/q = 0.9 is at most 1/);
  });
});
