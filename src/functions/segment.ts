/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.KMEANS, =CX.KMEANS.CENTERS, =CX.KMEANS.ELBOW, =CX.SILHOUETTE, =CX.TIER, =CX.TIER.SUMMARY and
// =CX.PARETO: thin adapters over src/core/segment.
import { findTable } from "../core/report";
import {
  asGrid,
  CENTERS_TABLE,
  ELBOW_TABLE,
  elbowAnalysis,
  kArg,
  kmeansAnalysis,
  maxKArg,
  PARETO_COLUMNS,
  paretoAnalysis,
  readSegmentRange,
  restartsArg,
  seedArg,
  shareArg,
  SILHOUETTE_CLUSTERS_TABLE,
  silhouetteAnalysis,
  standardizeArg,
  thresholdsArg,
  TIER_COLUMNS,
  tierAnalysis,
  TierOptions,
} from "../core/segment";
import { isBlank } from "../core/table/blank";
import { columnVector, readColumns } from "../core/table/columns";
import { argError } from "../core/table/errors";
import { choiceArg } from "../core/table/scalars";
import { parseCategory } from "../core/table/text";
import { guard } from "./excel-errors";
import { alignedSpill, spill } from "./spill";

function kmeansOf(data: unknown, k: unknown, standardize: unknown, seed: unknown, restarts: unknown) {
  const options = { k: kArg(k), standardize: standardizeArg(standardize), seed: seedArg(seed), restarts: restartsArg(restarts) };
  const read = readSegmentRange(data);
  return { read, analysis: kmeansAnalysis(read, options) };
}

/**
 * k-means clusters of the rows of a table of numbers (e.g. the Recency, Frequency and Monetary columns of =CX.RFM): the cluster number of each row, 1 for the largest cluster. The result lines up row by row with the input.
 * @customfunction KMEANS
 * @param data One row per customer (or item), one column of numbers per measure; a header row is recognised, rows with a blank are skipped.
 * @param k Number of clusters, a whole number from 1 to 50.
 * @param [standardize] "z" (default: z-scores), "log" (log1p then z-scores, for skewed money and counts) or "none".
 * @param [seed] Seed of the random starts, a whole number (default 1): the same seed gives the same clusters.
 * @param [restarts] Number of k-means++ starts, 1 to 100 (default 10); the run with the lowest inertia is kept.
 * @returns The cluster of each row (a header row when the input has one).
 */
export function kmeans(data: any[][], k: any, standardize?: any, seed?: any, restarts?: any): any[][] {
  return guard(() => {
    const { read, analysis } = kmeansOf(data, k, standardize, seed, restarts);
    const rows = Array.from(analysis.result.labels, (c) => [c + 1]);
    return alignedSpill(read.hasHeader ? ["Cluster"] : undefined, rows, read.sourceRows);
  });
}

/**
 * k-means cluster centres in the units of the data: for each cluster its size, share, mean of each column, inertia and a profile such as "high Frequency, low Recency"; a last row for all rows.
 * @customfunction KMEANS.CENTERS
 * @param data One row per customer (or item), one column of numbers per measure; a header row is recognised, rows with a blank are skipped.
 * @param k Number of clusters, a whole number from 1 to 50.
 * @param [standardize] "z" (default: z-scores), "log" (log1p then z-scores, for skewed money and counts) or "none".
 * @param [seed] Seed of the random starts, a whole number (default 1): the same seed gives the same clusters.
 * @param [restarts] Number of k-means++ starts, 1 to 100 (default 10); the run with the lowest inertia is kept.
 * @returns A table: cluster, size, share, the mean of each column, inertia, profile.
 */
export function kmeansCenters(data: any[][], k: any, standardize?: any, seed?: any, restarts?: any): any[][] {
  return guard(() => spill(findTable(kmeansOf(data, k, standardize, seed, restarts).analysis.report, CENTERS_TABLE)));
}

/**
 * Helps choose the number of clusters: k-means for k = 2 to max_k with its inertia (look for the elbow) and mean silhouette (higher is better).
 * @customfunction KMEANS.ELBOW
 * @param data One row per customer (or item), one column of numbers per measure; a header row is recognised, rows with a blank are skipped.
 * @param [max_k] Largest k to try, 2 to 20 (default 10).
 * @param [standardize] "z" (default: z-scores), "log" (log1p then z-scores, for skewed money and counts) or "none".
 * @param [seed] Seed of the random starts, a whole number (default 1).
 * @param [restarts] Number of k-means++ starts for each k, 1 to 100 (default 10).
 * @returns A table: k, inertia, inertia drop, mean silhouette.
 */
export function kmeansElbow(data: any[][], max_k?: any, standardize?: any, seed?: any, restarts?: any): any[][] {
  return guard(() => {
    const options = { maxK: maxKArg(max_k), standardize: standardizeArg(standardize), seed: seedArg(seed), restarts: restartsArg(restarts) };
    return spill(findTable(elbowAnalysis(readSegmentRange(data), options).report, ELBOW_TABLE));
  });
}

/**
 * Silhouette of a clustering: how well each row sits in its cluster (1) rather than between clusters (0) or in the wrong one (below 0). Per row (lined up with the input), per cluster, or the mean.
 * @customfunction SILHOUETTE
 * @param data One row per customer (or item), one column of numbers per measure, as given to =CX.KMEANS; at most 20,000 rows.
 * @param labels Cluster of each row (numbers or text), a column as tall as data, e.g. what =CX.KMEANS spills.
 * @param [standardize] "z" (default: z-scores), "log" (log1p then z-scores) or "none": use the same as for the clustering.
 * @param [output] "rows" (default: the silhouette of each row), "clusters" (the mean of each cluster and of all) or "mean" (one number).
 * @returns The silhouette of each row, a table by cluster, or the mean silhouette.
 */
export function silhouette(data: any[][], labels: any[][], standardize?: any, output?: any): any[][] {
  return guard(() => {
    const how = standardizeArg(standardize);
    const shape = choiceArg("output", output, ["rows", "clusters", "mean"] as const, "rows");
    const read = readSegmentRange(data, { extra: { values: labels, spec: { kind: "category", label: "labels" } } });
    const s = silhouetteAnalysis(read, { standardize: how });
    if (shape === "mean") return [[s.mean]];
    if (shape === "clusters") return spill(findTable(s.report, SILHOUETTE_CLUSTERS_TABLE));
    return alignedSpill(read.hasHeader ? ["Silhouette"] : undefined, Array.from(s.values, (v) => [v]), read.sourceRows);
  });
}

/** Tier names: rows x columns of text, or undefined when left out or blank. */
function labelsArg(labels: unknown): string[][] | undefined {
  const grid = asGrid(labels);
  if (grid.every((row) => row.every(isBlank))) return undefined;
  if (grid.length > 9 || grid.some((row) => row.length > 9)) throw argError("labels", "is too large; give one row per value level and one column per need level");
  return grid.map((row) => row.map((c) => (isBlank(c) ? "" : (parseCategory(c) ?? ""))));
}

function tierOf(value: unknown, need: unknown, value_thresholds: unknown, need_thresholds: unknown, labels: unknown) {
  const options: TierOptions = {
    valueThresholds: thresholdsArg(value_thresholds, "value_thresholds"),
    needThresholds: thresholdsArg(need_thresholds, "need_thresholds"),
    labels: labelsArg(labels),
  };
  const read = readColumns({ value: columnVector("value", value), need: columnVector("need", need) }, TIER_COLUMNS);
  return { read, result: tierAnalysis(read, options) };
}

/**
 * Tier of each row on a value x need grid, e.g. clients by assets (under 1M, 1M-10M, over 10M) crossed with how much service they need; levels cut at your thresholds or at the terciles. The result lines up row by row with the input.
 * @customfunction TIER
 * @param value Value of each row (e.g. assets, revenue), a column of numbers.
 * @param need Need or activity of each row (e.g. service contacts, products held), a column as tall as value.
 * @param [value_thresholds] Ascending cut points of value (each the upper bound of its level, included), e.g. 1000000 and 10000000. Default: the terciles.
 * @param [need_thresholds] Ascending cut points of need. Default: the terciles.
 * @param [labels] Your tier names: one row per value level (highest first), one column per need level (lowest first). Default: e.g. High value, Low need.
 * @returns Value level, need level and tier of each row (a header row when the input has one).
 */
export function tier(value: any[][], need: any[][], value_thresholds?: any, need_thresholds?: any, labels?: any): any[][] {
  return guard(() => {
    const { read, result } = tierOf(value, need, value_thresholds, need_thresholds, labels);
    const rows = result.tier.map((t, i) => [result.valueLevels[result.valueLevel[i]], result.needLevels[result.needLevel[i]], t]);
    return alignedSpill(read.hasHeader ? ["Value level", "Need level", "Tier"] : undefined, rows, read.sourceRows);
  });
}

/**
 * Rows and totals of each tier of a value x need grid: count, share, total and share of value, mean value and mean need; every cell of the grid, highest value first.
 * @customfunction TIER.SUMMARY
 * @param value Value of each row (e.g. assets, revenue), a column of numbers.
 * @param need Need or activity of each row (e.g. service contacts, products held), a column as tall as value.
 * @param [value_thresholds] Ascending cut points of value (each the upper bound of its level, included). Default: the terciles.
 * @param [need_thresholds] Ascending cut points of need. Default: the terciles.
 * @param [labels] Your tier names: one row per value level (highest first), one column per need level (lowest first).
 * @returns A table: tier, value level, need level, count, share, total value, share of value, mean value, mean need.
 */
export function tierSummary(value: any[][], need: any[][], value_thresholds?: any, need_thresholds?: any, labels?: any): any[][] {
  return guard(() => spill(findTable(tierOf(value, need, value_thresholds, need_thresholds, labels).result.report, "summary")));
}

/**
 * Pareto (ABC) analysis: items by value, largest first, with share and cumulative share; class A is the fewest top items making 80% of the value, B the next 15%, C the rest. Repeated items are added up.
 * @customfunction PARETO
 * @param items Item of each row (product, customer, supplier); rows of the same item are added up.
 * @param values Value of each row (revenue, units, cost), 0 or more, a column as tall as items.
 * @param [a_share] Share of the value class A reaches, above 0 and below 1 (default 0.8 or 80%).
 * @param [b_share] Share of the value class B adds, 0 to 1 - a_share (default 0.15): class C is the rest.
 * @returns A table: rank, item, value, share, cumulative share, class.
 */
export function pareto(items: any[][], values: any[][], a_share?: any, b_share?: any): any[][] {
  return guard(() => {
    const a = shareArg(a_share, "a_share", 0.8, 0.01, 0.99);
    const b = shareArg(b_share, "b_share", 0.15, 0, 0.99);
    const read = readColumns({ item: columnVector("items", items), value: columnVector("values", values) }, PARETO_COLUMNS);
    return spill(findTable(paretoAnalysis(read, { aShare: a, bShare: b }).report, "items"));
  });
}
