import { retentionLtv, simpleLtv } from "../../../src/core/clv/simple";
import { InputError } from "../../../src/core/table/errors";

describe("simple lifetime values", () => {
  test("margin x ARPU / churn: 0.3 x 50 / 0.05 = 300", () => {
    expect(simpleLtv({ arpu: 50, margin: 0.3, churnRate: 0.05 })).toBeCloseTo(300, 12);
  });

  test("m r / (1 + d - r) = 100 x 0.8 / 0.3 = 266.67, the sum of m r^t / (1 + d)^t", () => {
    const v = retentionLtv({ marginPerPeriod: 100, retentionRate: 0.8, discountRate: 0.1 });
    expect(v).toBeCloseTo(800 / 3, 10);
    let series = 0;
    for (let t = 1; t < 2000; t++) series += 100 * (0.8 / 1.1) ** t;
    expect(v).toBeCloseTo(series, 9);
    expect(retentionLtv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0.1 })).toBeCloseTo(1000, 10); // perpetuity m / d
  });

  test("input checks", () => {
    expect(() => simpleLtv({ arpu: 50, margin: 30, churnRate: 0.05 })).toThrow("margin: must be a fraction above 0 and at most 1, e.g. 0.3 for 30% (got 30)");
    expect(() => simpleLtv({ arpu: 50, margin: 0.3, churnRate: 0 })).toThrow(/churn rate: must be a fraction above 0/);
    expect(() => simpleLtv({ arpu: -1, margin: 0.3, churnRate: 0.1 })).toThrow(InputError);
    expect(() => retentionLtv({ marginPerPeriod: 100, retentionRate: 1.2, discountRate: 0.1 })).toThrow(/retention rate: must be a fraction from 0 to 1/);
    expect(() => retentionLtv({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 })).toThrow(/infinite lifetime value/);
  });
});
