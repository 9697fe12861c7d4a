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

  test("at the edge of the doubles: the mean stays finite; an SD beyond the largest double is Infinity, not NaN", () => {
    // [MAX, -MAX]: mean 0, SD = sqrt(2) * MAX, which no double can hold.
    const m = moments([Number.MAX_VALUE, -Number.MAX_VALUE]);
    expect(m.mean).toBe(0);
    expect(m.sd).toBe(Infinity);
    // [MAX, MAX]: mean MAX exactly, SD 0.
    expect(moments([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual({ n: 2, mean: Number.MAX_VALUE, sd: 0 });
  });

  test("property: finite for any values up to 1e300 in size, and for tiny ones (scaled, no underflow to 0/0)", () => {
    // Bounded at 1e300 because the SD of values near the largest double can itself exceed it (see above).
    const value = fc.oneof(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.double({ min: -1e-300, max: 1e-300, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (xs) => {
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
