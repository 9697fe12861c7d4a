// k-means segmentation as Reports: the cluster of each row (=CX.KMEANS), the centres in original
// units with sizes, inertia and profiles (=CX.KMEANS.CENTERS), the elbow and silhouette table for
// choosing k (=CX.KMEANS.ELBOW), and the silhouette of given labels (=CX.SILHOUETTE).
import { formatCount, formatPercent, plural } from "../format";
import { mulberry32 } from "../math/random";
import { Cell, ColumnFormat, Report, ReportTable } from "../report";
import { argError } from "../table/errors";
import { DEFAULT_RESTARTS, DEFAULT_SEED } from "./args";
import { SegmentData } from "./data";
import { countDistinctRows, kmeans, KMeansResult } from "./kmeans";
import { ClusterProfile, clusterProfiles } from "./profile";
import { silhouette } from "./silhouette";
import { Standardize, standardize, STANDARDIZE_NAMES, zScoreColumns } from "./standardize";

export interface KMeansAnalysisOptions {
  k: number;
  standardize?: Standardize;
  seed?: number;
  restarts?: number;
}

export interface KMeansAnalysis {
  result: KMeansResult;
  /** Cluster means in the units of the data, k x d row-major. */
  means: Float64Array;
  profiles: ClusterProfile[];
  report: Report;
}

/** The exact silhouette compares every pair of rows: beyond this it takes too long in a worksheet. */
export const MAX_SILHOUETTE_ROWS = 20_000;
/** Rows sampled (seeded) for the mean silhouette of each k in the elbow table. */
export const ELBOW_SILHOUETTE_SAMPLE = 2_000;

function scaledData(data: SegmentData, how: Standardize): { X: Float64Array; notes: string[] } {
  const s = standardize(data.X, data.n, data.d, how);
  const one = s.constant.length === 1;
  const notes = s.constant.length > 0 ? [`${s.constant.map((t) => data.names[t]).join(", ")} ${one ? "has" : "have"} one value only and ${one ? "does" : "do"} not count in the distances.`] : [];
  return { X: s.X, notes };
}

/** Values z-scored column by column (after the log for "log"): the space profiles are told in. */
function profileSpace(data: SegmentData, how: Standardize, scaled: Float64Array): Float64Array {
  if (how !== "none") return scaled;
  const Z = Float64Array.from(data.X);
  zScoreColumns(Z, data.n, data.d);
  return Z;
}

function checkDistinct(X: Float64Array, data: SegmentData, k: number, label: string): void {
  const distinct = countDistinctRows(X, data.n, data.d, k);
  if (distinct < k) {
    throw argError(label, `${k} clusters need at least ${k} different rows; the data have ${distinct === 1 ? "1 distinct row" : `${distinct} distinct rows`}${data.n < k ? ` (${data.n} rows)` : ""}`);
  }
}

/** Means of the original values of each cluster (k x d). */
function clusterMeans(data: SegmentData, labels: Int32Array, k: number): Float64Array {
  const { X, n, d } = data;
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    counts[c]++;
    for (let t = 0; t < d; t++) sums[c * d + t] += X[i * d + t];
  }
  for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) sums[c * d + t] = counts[c] > 0 ? sums[c * d + t] / counts[c] : 0;
  return sums;
}

function overallMeans(data: SegmentData): number[] {
  const { X, n, d } = data;
  const out = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) out[t] += X[i * d + t];
  return out.map((s) => s / n);
}

export const LABELS_TABLE = "labels";
export const CENTERS_TABLE = "centers";
export const PROFILES_TABLE = "profiles";
export const ELBOW_TABLE = "elbow";

/** k-means of the data; clusters are numbered 1..k by size, largest first. */
export function kmeansAnalysis(data: SegmentData, options: KMeansAnalysisOptions): KMeansAnalysis {
  const how = options.standardize ?? "z";
  const seed = options.seed ?? DEFAULT_SEED;
  const restarts = options.restarts ?? DEFAULT_RESTARTS;
  const { k } = options;
  const scaled = scaledData(data, how);
  checkDistinct(scaled.X, data, k, "k");
  const result = kmeans(scaled.X, data.n, data.d, { k, seed, restarts });
  const empty = result.sizes.findIndex((s) => s === 0);
  if (empty >= 0) throw argError("k", `only ${empty} clusters could be formed from these rows; choose a smaller k`);
  const means = clusterMeans(data, result.labels, k);
  const profiles = clusterProfiles(profileSpace(data, how, scaled.X), data.n, data.d, result.labels, k, data.names);
  const report: Report = {
    title: "k-means segmentation",
    facts: [
      { key: "k", label: "Clusters (k)", value: k, format: "integer" },
      { key: "rows", label: "Rows clustered", value: data.n, format: "integer" },
      { key: "standardize", label: "Standardisation", value: STANDARDIZE_NAMES[how], format: "text" },
      { key: "seed", label: "Seed", value: seed, format: "integer" },
      { key: "restarts", label: "Restarts", value: restarts, format: "integer" },
      { key: "inertia", label: "Inertia (within-cluster sum of squares)", value: result.inertia, format: "number" },
      { key: "iterations", label: "Iterations of the best run", value: result.iterations, format: "integer" },
    ],
    tables: [labelsTable(data, result), centersTable(data, result, means, profiles), profilesTable(data, profiles)],
    charts: [{ type: "column", title: "Rows by cluster", table: PROFILES_TABLE, category: "Cluster", series: ["Size"] }],
    explanation: [
      `k-means split ${plural(data.n, "row")} into ${plural(k, "cluster")} on ${data.names.join(", ")} (standardisation: ${STANDARDIZE_NAMES[how]}), ` +
        `the best of ${plural(restarts, "run")} from seed ${seed}: inertia ${result.inertia.toPrecision(6)}.`,
      ...profiles.map((p) => `Cluster ${p.cluster + 1}: ${plural(p.size, "row")} (${formatPercent(p.size / data.n)}), ${p.description}.`),
      ...(result.converged ? [] : [`The best run stopped after ${result.iterations} iterations before settling; the clusters may move a little with more.`]),
      ...scaled.notes,
      ...data.notes,
    ],
  };
  return { result, means, profiles, report };
}

function labelsTable(data: SegmentData, r: KMeansResult): ReportTable {
  const { X, n, d } = data;
  const ids = data.extra;
  const rows: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: Cell[] = [data.sourceRows[i]];
    if (ids) row.push(ids[i]);
    for (let t = 0; t < d; t++) row.push(X[i * d + t]);
    row.push(r.labels[i] + 1);
    rows[i] = row;
  }
  return {
    name: LABELS_TABLE,
    title: "Cluster of each row",
    header: ["Row", ...(ids ? ["Id"] : []), ...data.names, "Cluster"],
    rows,
    formats: ["integer", ...(ids ? ["text" as ColumnFormat] : []), ...data.names.map((): ColumnFormat => "number"), "integer"],
  };
}

function centersTable(data: SegmentData, r: KMeansResult, means: Float64Array, profiles: ClusterProfile[]): ReportTable {
  const { d } = data;
  const rows: Cell[][] = [];
  for (let c = 0; c < r.k; c++) {
    rows.push([c + 1, r.sizes[c], r.sizes[c] / data.n, ...Array.from(means.subarray(c * d, c * d + d)), r.clusterInertia[c], profiles[c].description]);
  }
  rows.push(["All", data.n, 1, ...overallMeans(data), r.inertia, ""]);
  return {
    name: CENTERS_TABLE,
    title: "Cluster centres (means in original units)",
    header: ["Cluster", "Size", "Share", ...data.names, "Inertia", "Profile"],
    rows,
    formats: ["integer", "integer", "percent", ...data.names.map((): ColumnFormat => "number"), "number", "text"],
  };
}

function profilesTable(data: SegmentData, profiles: ClusterProfile[]): ReportTable {
  return {
    name: PROFILES_TABLE,
    title: "Cluster profiles (difference from the overall mean, in standard deviations)",
    header: ["Cluster", "Size", ...data.names.map((h) => `${h} (z)`), "Profile"],
    rows: profiles.map((p) => [p.cluster + 1, p.size, ...p.traits.map((t) => t.z), p.description]),
    formats: ["integer", "integer", ...data.names.map((): ColumnFormat => "number"), "text"],
  };
}

export interface ElbowOptions {
  maxK?: number;
  standardize?: Standardize;
  seed?: number;
  restarts?: number;
}

export interface ElbowRow {
  k: number;
  inertia: number;
  /** Mean silhouette (on a seeded sample of at most ELBOW_SILHOUETTE_SAMPLE rows); undefined when the sample holds one cluster only. */
  silhouette: number | undefined;
}

/** A seeded sample of m of n indices (partial Fisher-Yates), ascending. */
function sampleIndices(n: number, m: number, seed: number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (m >= n) return idx;
  const rand = mulberry32(seed ^ 0x5eed);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rand() * (n - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.subarray(0, m).sort();
}

/** Inertia (elbow) and mean silhouette of k-means for k = 2 .. maxK (at most the distinct rows). */
export function elbowAnalysis(data: SegmentData, options: ElbowOptions = {}): { rows: ElbowRow[]; report: Report } {
  const how = options.standardize ?? "z";
  const seed = options.seed ?? DEFAULT_SEED;
  const restarts = options.restarts ?? DEFAULT_RESTARTS;
  const maxK = options.maxK ?? 10;
  const { n, d } = data;
  const scaled = scaledData(data, how);
  const distinct = countDistinctRows(scaled.X, n, d, maxK);
  if (distinct < 2) throw argError(data.label, "every row has the same values: there is nothing to cluster");
  const top = Math.min(maxK, distinct);
  const sample = sampleIndices(n, Math.min(n, ELBOW_SILHOUETTE_SAMPLE), seed);
  const m = sample.length;
  const Xs = new Float64Array(m * d);
  for (let q = 0; q < m; q++) for (let t = 0; t < d; t++) Xs[q * d + t] = scaled.X[sample[q] * d + t];
  const ls = new Int32Array(m);
  const rows: ElbowRow[] = [];
  for (let k = 2; k <= top; k++) {
    const r = kmeans(scaled.X, n, d, { k, seed, restarts });
    const present = new Set<number>();
    for (let q = 0; q < m; q++) {
      ls[q] = r.labels[sample[q]];
      present.add(ls[q]);
    }
    rows.push({ k, inertia: r.inertia, silhouette: present.size >= 2 ? silhouette(Xs, m, d, ls, k).mean : undefined });
  }
  // Inertia with one cluster: the total sum of squares around the overall mean.
  const centre = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) centre[t] += scaled.X[i * d + t] / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < d; t++) {
      const e = scaled.X[i * d + t] - centre[t];
      total += e * e;
    }
  }
  const table: ReportTable = {
    name: ELBOW_TABLE,
    title: "Choosing k: inertia (elbow) and mean silhouette",
    header: ["k", "Inertia", "Inertia drop", "Mean silhouette"],
    rows: rows.map((row, j) => {
      const before = j === 0 ? total : rows[j - 1].inertia;
      const drop = before > 0 ? Math.max(0, (before - row.inertia) / before) : 0;
      return [row.k, row.inertia, drop, row.silhouette ?? ""];
    }),
    formats: ["integer", "number", "percent", "number"],
  };
  const scored = rows.filter((r) => r.silhouette !== undefined);
  const best = scored.reduce<ElbowRow | undefined>((b, r) => (b === undefined || r.silhouette! > b.silhouette! ? r : b), undefined);
  const report: Report = {
    title: "Choosing the number of clusters",
    facts: [
      { key: "rows", label: "Rows clustered", value: n, format: "integer" },
      { key: "standardize", label: "Standardisation", value: STANDARDIZE_NAMES[how], format: "text" },
      { key: "seed", label: "Seed", value: seed, format: "integer" },
      { key: "restarts", label: "Restarts", value: restarts, format: "integer" },
    ],
    tables: [table],
    charts: [
      { type: "line", title: "Inertia (elbow) and mean silhouette by k", table: ELBOW_TABLE, category: "k", series: ["Inertia", "Mean silhouette"], secondaryAxis: ["Mean silhouette"] },
    ],
    explanation: [
      `k-means for k = 2 to ${top} on ${plural(n, "row")} (${data.names.join(", ")}; standardisation: ${STANDARDIZE_NAMES[how]}). ` +
        "Inertia always falls as k grows: look for the elbow, where adding a cluster stops helping much. A higher mean silhouette (up to 1) means tighter, better separated clusters.",
      ...(best ? [`The mean silhouette is highest at k = ${best.k} (${best.silhouette!.toFixed(2)}).`] : []),
      ...(top < maxK ? [`k stops at ${top}: the data have only ${top} distinct rows.`] : []),
      ...(m < n ? [`Silhouettes are computed on a sample of ${formatCount(m)} rows (the same rows for every k).`] : []),
      ...scaled.notes,
      ...data.notes,
    ],
  };
  return { rows, report };
}

export interface SilhouetteAnalysis {
  values: Float64Array;
  mean: number;
  report: Report;
}

/** Numeric labels in numeric order, other labels in text order. */
function compareLabels(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const SILHOUETTE_ROWS_TABLE = "rows";
export const SILHOUETTE_CLUSTERS_TABLE = "clusters";

/** Silhouette of the clustering given by data.extra (one label per row). */
export function silhouetteAnalysis(data: SegmentData, options: { standardize?: Standardize; labelsLabel?: string } = {}): SilhouetteAnalysis {
  const how = options.standardize ?? "z";
  const labelsLabel = options.labelsLabel ?? "labels";
  const { n, d } = data;
  const names = data.extra;
  if (!names) throw new Error("silhouetteAnalysis needs the labels as data.extra");
  if (n > MAX_SILHOUETTE_ROWS) {
    throw argError(data.label, `has ${formatCount(n)} rows; the silhouette compares every pair of rows, so give at most ${formatCount(MAX_SILHOUETTE_ROWS)} (a sample)`);
  }
  const clusters = [...new Set(names)].sort(compareLabels);
  if (clusters.length < 2 || clusters.length > n - 1) {
    throw argError(labelsLabel, `gives ${plural(clusters.length, "cluster")} for ${plural(n, "row")}; the silhouette needs from 2 clusters to one fewer than the rows`);
  }
  const index = new Map(clusters.map((c, j) => [c, j]));
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = index.get(names[i])!;
  const scaled = scaledData(data, how);
  const s = silhouette(scaled.X, n, d, labels, clusters.length);
  const rowsTable: ReportTable = {
    name: SILHOUETTE_ROWS_TABLE,
    title: "Silhouette of each row",
    header: ["Row", "Cluster", "Silhouette"],
    rows: Array.from({ length: n }, (_, i) => [data.sourceRows[i], names[i], s.values[i]]),
    formats: ["integer", "text", "number"],
  };
  const clustersTable: ReportTable = {
    name: SILHOUETTE_CLUSTERS_TABLE,
    title: "Mean silhouette by cluster",
    header: ["Cluster", "Rows", "Mean silhouette"],
    rows: [...clusters.map((c, j): Cell[] => [c, s.sizes[j], s.clusterMeans[j]]), ["All", n, s.mean]],
    formats: ["text", "integer", "number"],
  };
  const report: Report = {
    title: "Silhouette",
    facts: [{ key: "mean", label: "Mean silhouette", value: s.mean, format: "number" }],
    tables: [rowsTable, clustersTable],
    charts: [{ type: "column", title: "Mean silhouette by cluster", table: SILHOUETTE_CLUSTERS_TABLE, category: "Cluster", series: ["Mean silhouette"] }],
    explanation: [
      `Mean silhouette ${s.mean.toFixed(3)} over ${plural(n, "row")} in ${plural(clusters.length, "cluster")} (standardisation: ${STANDARDIZE_NAMES[how]}). ` +
        "Near 1: the row sits well inside its cluster; near 0: between two clusters; below 0: closer to another cluster. A row alone in its cluster scores 0.",
      ...scaled.notes,
      ...data.notes,
    ],
  };
  return { values: s.values, mean: s.mean, report };
}
