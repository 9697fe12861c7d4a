/** @jest-environment jsdom */
// The data the segmentation wizard's two-axis charts draw: the secondary axis carries the mean
// silhouette (elbow) and the cumulative share (Pareto); the scatter has one series per cluster.
import { clusterSeries, elbowSeries, paretoBars } from "../../../src/taskpane/segment/SegmentCharts";

test("elbow: inertia on the left axis, the mean silhouette (where known) on the right", () => {
  const series = elbowSeries(
    [
      { k: 2, inertia: 100, silhouette: 0.5 },
      { k: 3, inertia: 40, silhouette: undefined },
      { k: 4, inertia: 30, silhouette: 0.7 },
    ],
    { inertia: "Inertia", silhouette: "Mean silhouette" },
    (v) => v.toFixed(1),
  );
  expect(series.map((s) => [s.legend, s.useSecondaryYScale ?? false])).toEqual([
    ["Inertia", false],
    ["Mean silhouette", true],
  ]);
  expect(series[0].data.map((p) => [p.x, p.y])).toEqual([
    [2, 100],
    [3, 40],
    [4, 30],
  ]);
  expect(series[1].data.map((p) => [p.x, p.y, p.yAxisCalloutData])).toEqual([
    [2, 0.5, "0.5"],
    [4, 0.7, "0.7"],
  ]);
});

test("Pareto: a bar per item with its cumulative share as the line on the secondary axis", () => {
  const bars = paretoBars(
    [
      { label: "P1", value: 50, cumulativeShare: 0.5 },
      { label: "P2", value: 30, cumulativeShare: 0.8 },
    ],
    "Value",
    String,
    (v) => `${v * 100}%`,
  );
  expect(bars.map((b) => [b.x, b.y, b.legend, b.lineData?.y, b.lineData?.useSecondaryYScale, b.lineData?.yAxisCalloutData])).toEqual([
    ["P1", 50, "Value", 0.5, true, "50%"],
    ["P2", 30, "Value", 0.8, true, "80%"],
  ]);
});

test("scatter: one named series per cluster with its points", () => {
  const series = clusterSeries(
    [
      { x: 1, y: 2, cluster: 1 },
      { x: 3, y: 4, cluster: 0 },
      { x: 5, y: 6, cluster: 1 },
    ],
    ["Best", "Lapsed"],
    { x: "Frequency", y: "Monetary" },
    String,
  );
  expect(series.map((s) => [s.legend, s.data.map((p) => [p.x, p.y])])).toEqual([
    ["Best", [[3, 4]]],
    [
      "Lapsed",
      [
        [1, 2],
        [5, 6],
      ],
    ],
  ]);
  expect(series[1].data[0].xAxisCalloutData).toBe("Frequency 1");
});
