import { parseSegmentMap, STANDARD_SEGMENTS, standardSegment } from "../../../src/core/rfm/segments";

// The standard map as documented in README (rows R, columns FM = (F + M) / 2 bands).
const EXPECTED: Record<number, string[]> = {
  5: ["New Customers", "Potential Loyalist", "Loyal Customers", "Champions"],
  4: ["Promising", "Potential Loyalist", "Loyal Customers", "Champions"],
  3: ["About To Sleep", "Need Attention", "Loyal Customers", "Loyal Customers"],
  2: ["Hibernating", "Hibernating", "At Risk", "At Risk"],
  1: ["Lost", "Lost", "At Risk", "Can't Lose Them"],
};
const band = (fm: number) => (fm < 2 ? 0 : fm < 3 ? 1 : fm < 4 ? 2 : 3);

describe("standard 11-segment map", () => {
  test("every one of the 125 score combinations maps to exactly the documented segment", () => {
    const seen = new Map<string, number>();
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          const s = standardSegment(r, f, m, 5);
          expect(s).toBe(EXPECTED[r][band((f + m) / 2)]);
          seen.set(s, (seen.get(s) ?? 0) + 1);
        }
    // All 11 segments are reachable and the counts add up to 125.
    expect([...seen.keys()].sort()).toEqual([...STANDARD_SEGMENTS].sort());
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(125);
    // FM bands hold (F, M) pairs: FM < 2 -> 3 pairs, [2, 3) -> 7, [3, 4) -> 9, >= 4 -> 6 (25 in all).
    expect(seen.get("Champions")).toBe(2 * 6);
    expect(seen.get("Can't Lose Them")).toBe(6);
    expect(seen.get("At Risk")).toBe(9 + 9 + 6);
    expect(seen.get("Lost")).toBe(3 + 7);
  });

  test("other score scales are rescaled to the 1..5 grid", () => {
    // 3 bins: R 1,2,3 -> rows 1,3,5; FM on 1..5 is 1 + 2 (F + M - 2) / 2.
    expect(standardSegment(3, 3, 3, 3)).toBe("Champions");
    expect(standardSegment(1, 3, 3, 3)).toBe("Can't Lose Them");
    expect(standardSegment(2, 2, 2, 3)).toBe("Loyal Customers");
    expect(standardSegment(3, 1, 1, 3)).toBe("New Customers");
    // 9 bins: R 9 -> row 5, R 5 -> row 3; F = M = 9 -> FM 5.
    expect(standardSegment(9, 9, 9, 9)).toBe("Champions");
    expect(standardSegment(5, 1, 1, 9)).toBe("About To Sleep");
    // every combination for every bins value lands in a standard segment
    for (let bins = 2; bins <= 9; bins++)
      for (let r = 1; r <= bins; r++)
        for (let f = 1; f <= bins; f++)
          for (let m = 1; m <= bins; m++) expect(STANDARD_SEGMENTS).toContain(standardSegment(r, f, m, bins));
  });
});

describe("parseSegmentMap", () => {
  test("4-column form with a header row, ranges, single scores and blanks", () => {
    const rules = parseSegmentMap(
      [
        ["Segment", "R", "F", "M"],
        ["Best", "4-5", "4 to 5", "4–5"],
        ["", "", "", ""],
        ["Recent", 5, "", null],
      ],
      5,
    );
    expect(rules).toEqual([
      { name: "Best", r: [4, 5], f: [4, 5], m: [4, 5] },
      { name: "Recent", r: [5, 5], f: [1, 5], m: [1, 5] },
    ]);
  });

  test("7-column form (low, high per dimension), as R's rfm_segment takes it", () => {
    expect(parseSegmentMap([["Champions", 4, 5, 4, 5, 4, 5]], 5)).toEqual([{ name: "Champions", r: [4, 5], f: [4, 5], m: [4, 5] }]);
  });

  test("errors name the row and the problem", () => {
    expect(() => parseSegmentMap([["A", "1-6", "", ""]], 5)).toThrow("segment_map, row 1: the R range 1-6 must lie within the scores 1-5, low to high");
    expect(() => parseSegmentMap([["A", "1-2", "x", ""], ["B", "1", "y", ""]], 5)).toThrow(
      "segment_map, row 2: 'y' is not a score range for F (write 4-5, 3 or leave blank for any)",
    );
    expect(() => parseSegmentMap([["", "1-2", "", ""]], 5)).toThrow("segment_map, row 1: the segment name is blank");
    expect(() => parseSegmentMap([["A", "1"]], 5)).toThrow(/needs 4 columns/);
  });
});
