import { compressRepeatData, distinctValues } from "../../../src/core/clv/fit-data";
import { InputError } from "../../../src/core/table/errors";

describe("compressRepeatData", () => {
  test("merges identical (x, t_x, T) rows into weights and maps every row to its compressed row", () => {
    const d = compressRepeatData({
      frequency: [1, 1, 0, 1, 2],
      recency: [2, 2, 0, 2, 3],
      T: [10, 10, 10, 10, 10],
      weights: [1, 1, 1, 2, 0],
    });
    expect(Array.from(d.frequency)).toEqual([1, 0]);
    expect(Array.from(d.weights)).toEqual([4, 1]);
    expect(d.customers).toBe(5);
    expect(d.repeatCustomers).toBe(4);
    expect(Array.from(d.rowIndex)).toEqual([0, 0, 1, 0, -1]);
  });

  test("-0 and 0 are the same value", () => {
    expect(compressRepeatData({ frequency: [0, 0], recency: [0, -0], T: [5, 5] }).weights[0]).toBe(2);
  });

  test("refuses data that is not a repeat-purchase summary, naming the customer", () => {
    const bad = (frequency: number[], recency: number[], T: number[], weights?: number[]) => () => compressRepeatData({ frequency, recency, T, weights });
    expect(bad([1.5], [1], [2])).toThrow("customer 1: frequency must be a whole number of repeat purchases >= 0 (got 1.5)");
    expect(bad([1, -1], [1, 0], [2, 2])).toThrow(/customer 2: frequency must be a whole number/);
    expect(bad([0], [1], [2])).toThrow("customer 1: a customer without repeat purchases (frequency 0) must have recency 0 (got 1)");
    expect(bad([1], [3], [2])).toThrow(/customer 1: recency t_x = 3 is later than T = 2/);
    expect(bad([1], [1], [NaN])).toThrow("customer 1: T must be a number >= 0 (got NaN)");
    expect(bad([1], [1], [2], [-1])).toThrow(/weight must be a number >= 0/);
    expect(bad([1], [1], [2, 3])).toThrow(/same length/);
    expect(bad([], [], [])).toThrow("no customers to fit");
    const error = (() => {
      try {
        compressRepeatData({ frequency: [1, 1], recency: [1, 5], T: [2, 4] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).row).toBe(2);
    expect((error as InputError).argument).toBe("recency");
  });
});

test("distinctValues indexes a column and sums weights per value", () => {
  const d = distinctValues([3, 1, 3, 2, 1], [1, 2, 3, 4, 5]);
  expect(Array.from(d.values)).toEqual([3, 1, 2]);
  expect(Array.from(d.index)).toEqual([0, 1, 0, 2, 1]);
  expect(Array.from(d.weight)).toEqual([4, 7, 4]);
});
