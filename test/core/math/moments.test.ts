import fc from "fast-check";
import { moments } from "../../../src/core/math/moments";

describe("moments (two-pass mean and standard deviation)", () => {
  test("hand-worked: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and sample SD sqrt(32 / 7)", () => {
    const m = moments([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(m.n).toBe(8);
    expect(m.mean).toBe(5);
    expect(m.sd).toBeCloseTo(Math.sqrt(32 / 7), 15);
  });

  test("a large offset does not cost digits (the naive sum-of-squares formula loses them all)", () => {
    const m = moments([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(m.mean).toBe(1e9 + 10);
    expect(m.sd).toBeCloseTo(Math.sqrt(90 / 3), 9);
  });

  test("one value, none, zeros", () => {
    expect(moments([3])).toEqual({ n: 1, mean: 3, sd: 0 });
    expect(moments([0, 0])).toEqual({ n: 2, mean: 0, sd: 0 });
    expect(Number.isNaN(moments([]).mean)).toBe(true);
  });

  test("property: finite for any finite values, even near the largest doubles", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 40 }), (xs) => {
        const m = moments(xs);
        expect(Number.isFinite(m.mean)).toBe(true);
        expect(Number.isFinite(m.sd)).toBe(true);
        expect(m.sd).toBeGreaterThanOrEqual(0);
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        expect(m.mean).toBeGreaterThanOrEqual(lo - Math.abs(lo) * 1e-12);
        expect(m.mean).toBeLessThanOrEqual(hi + Math.abs(hi) * 1e-12);
      }),
      { numRuns: 1000 },
    );
  });
});
