// Conversion funnels worked by hand.
import { funnelAnalysis, funnelReport } from "../../../src/core/cohort";
import { findTable } from "../../../src/core/report";

const STAGES = ["Visit", "Product", "Cart", "Checkout", "Purchase"];

test("step and overall conversion, people lost and the biggest drop", () => {
  // Step conversion: 600/1000 = 0.6, 240/600 = 0.4, 180/240 = 0.75, 150/180 = 0.8333.
  // Overall: 0.6, 0.24, 0.18, 0.15. Lost: 400, 360, 60, 30.
  // Biggest drop = lowest step conversion: Product -> Cart (0.4, 60% lost), though Visit -> Product loses more people (400).
  const r = funnelAnalysis({ stage: STAGES, count: [1000, 600, 240, 180, 150] });
  const t = findTable(funnelReport(r), "funnel");
  expect([t.header, ...t.rows]).toEqual([
    ["Stage", "Count", "Step conversion", "Overall conversion", "Lost", "Biggest drop"],
    ["Visit", 1000, 1, 1, 0, ""],
    ["Product", 600, 0.6, 0.6, 400, ""],
    ["Cart", 240, 0.4, 0.24, 360, "Biggest drop"],
    ["Checkout", 180, 0.75, 0.18, 60, ""],
    ["Purchase", 150, expect.closeTo(0.833333, 6), 0.15, 30, ""],
  ]);
  const text = funnelReport(r).explanation.join(" ");
  expect(text).toContain("5 stages from 'Visit' (1,000) to 'Purchase' (150): 15.0% convert overall.");
  expect(text).toContain("The biggest drop is from 'Product' to 'Cart': 60.0% of 600 did not continue (360 lost).");
  expect(text).toContain("The most people (400) are lost from 'Visit' to 'Product', a smaller share of a larger stage.");
  expect(funnelReport(r).charts).toEqual([{ type: "bar", title: "Conversion funnel", table: "funnel", category: "Stage", series: ["Count"] }]);
});

test("ties go to the first step; equal counts lose no one; a stage of 0 leaves later step conversions blank", () => {
  // 100 -> 50 (0.5) -> 50 (1) -> 25 (0.5, a tie: the first keeps the flag) -> 0 (0) -> 0 (0/0: blank)
  const r = funnelAnalysis({ stage: ["a", "b", "c", "d", "e", "f"], count: [100, 50, 50, 25, 0, 0] });
  expect(r.steps.map((s) => s.stepConversion)).toEqual([1, 0.5, 1, 0.5, 0, undefined]);
  expect(r.biggestDrop).toBe(4); // 25 -> 0 loses everyone
  expect(findTable(funnelReport(r), "funnel").rows[5]).toEqual(["f", 0, "", 0, 0, ""]);
  const flat = funnelAnalysis({ stage: ["a", "b"], count: [10, 10] });
  expect(flat.biggestDrop).toBe(-1);
  expect(funnelReport(flat).explanation).toContain("No step loses anyone.");
  expect(funnelAnalysis({ stage: ["a", "b", "c"], count: [100, 50, 25] }).biggestDrop).toBe(1);
});

test("counts that increase down the funnel are an error naming the row", () => {
  expect(() => funnelAnalysis({ stage: STAGES, count: [1000, 600, 700, 180, 150], rows: [2, 3, 4, 5, 6] })).toThrow(
    "counts, row 4: 700 is more than the stage before ('Product', 600): counts must not increase down a funnel (check the stage order)",
  );
  expect(() => funnelAnalysis({ stage: ["a"], count: [5] })).toThrow("counts: a funnel needs at least 2 stages (got 1)");
  expect(() => funnelAnalysis({ stage: ["a", "b"], count: [0, 0] })).toThrow("counts, row 1: the first stage has 0 people: a funnel starts with more than 0");
});
