// The segmentation tasks the pane sends off the UI thread: plain data in, plain data out (they
// cross a Web Worker boundary). k-means runs in two tasks, the elbow table for choosing k and the
// clustering itself; tiers and Pareto in one each. Columns are picked from the range the user
// chose and read with their headers as names, so the engine's messages name the user's columns.
import type { Report } from "../../core/report";
import {
  type ElbowRow,
  elbowAnalysis,
  kmeansAnalysis,
  PARETO_COLUMNS,
  paretoAnalysis,
  type ParetoItem,
  readSegmentColumns,
  type SegmentData,
  type Standardize,
  TIER_COLUMNS,
  tierAnalysis,
} from "../../core/segment";
import type { ClusterProfile } from "../../core/segment/profile";
import { quantileSorted, sortedCopy } from "../../core/math/quantile";
import { type ColumnRef, readColumns, type SkipCount } from "../../core/table/columns";
import { InputError } from "../../core/table/errors";

/** The numeric columns to cluster (0-based in the range), with an optional id column (-1: none). */
export interface ClusterInput {
  values: unknown[][];
  hasHeader: boolean;
  columns: number[];
  /** Name of each chosen column (its header, else its letter), in tables and messages. */
  names: string[];
  idColumn: number;
  idLabel: string;
  /** Row number of values[0] in the sheet (1-based). */
  firstRowNumber: number;
}

export interface ClusterSettings {
  standardize: Standardize;
  seed: number;
  restarts: number;
  /** Largest k of the elbow table (2 to 20). */
  maxK: number;
}

export interface ElbowOutput {
  rows: ElbowRow[];
  report: Report;
  /** The k with the highest mean silhouette, the suggested k. */
  suggestedK: number;
}

export interface KMeansOutput {
  report: Report;
  k: number;
  n: number;
  names: string[];
  sizes: number[];
  /** Cluster means in original units, one row per cluster. */
  means: number[][];
  overall: number[];
  profiles: ClusterProfile[];
  inertia: number;
  converged: boolean;
  /** Notes of the reader and the scaler (skipped rows, constant columns), in English. */
  notes: string[];
  /** The two columns that separate the clusters most (by the spread of their profile z), for a scatter; undefined for one column. */
  axes?: [number, number];
  /** Up to SCATTER_POINTS rows, evenly spaced: their values on the two axes (original units) and cluster (0-based). */
  points: { x: number; y: number; cluster: number }[];
}

/** Rows the pane's cluster scatter shows at most. */
export const SCATTER_POINTS = 500;

/** The two columns whose cluster means (in z) spread most, most first. */
export function scatterAxes(profiles: readonly ClusterProfile[], d: number): [number, number] | undefined {
  if (d < 2) return undefined;
  const spread = Array.from({ length: d }, (_, t) => {
    const zs = profiles.map((p) => p.traits[t].z);
    return Math.max(...zs) - Math.min(...zs);
  });
  const order = spread.map((s, t) => ({ s, t })).sort((a, b) => b.s - a.s || a.t - b.t);
  return [order[0].t, order[1].t];
}

export interface TierInput {
  values: unknown[][];
  hasHeader: boolean;
  value: number;
  need: number;
  /** -1: no id column. */
  id: number;
  labels: { value: string; need: string; id: string };
  firstRowNumber: number;
}

export interface TierSettings {
  /** "quantiles": cut at equal shares of the rows into `levels` levels; "typed": the thresholds below. */
  mode: "quantiles" | "typed";
  valueLevels: number;
  needLevels: number;
  valueThresholds: number[];
  needThresholds: number[];
}

export interface TierOutput {
  report: Report;
  valueThresholds: number[];
  needThresholds: number[];
  valueLevels: string[];
  needLevels: string[];
  n: number;
  /** Whether the engine's default (terciles) was used, so the formula needs no thresholds. */
  terciles: boolean;
}

export interface ParetoInput {
  values: unknown[][];
  hasHeader: boolean;
  item: number;
  value: number;
  labels: { item: string; value: string };
  firstRowNumber: number;
}

export interface ParetoSettings {
  aShare: number;
  bShare: number;
}

export interface ParetoOutput {
  report: Report;
  items: ParetoItem[];
  /** Rows read (before repeated items are added up). */
  rows: number;
}

/** What reading the chosen columns gives, for the data step. */
export interface SegmentInspect {
  rows: number;
  skipped: SkipCount[];
  blankRows: number;
  /** Skewness of each numeric column read (k-means: one per chosen column). */
  skewness: number[];
  /** Smallest value of each numeric column. */
  minimum: number[];
}

function clusterData(input: ClusterInput): SegmentData {
  if (input.columns.length === 0) throw new InputError("choose at least one column of numbers to cluster on");
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  return readSegmentColumns({
    refs: input.columns.map(ref),
    names: input.names,
    labels: input.names,
    header: input.hasHeader,
    firstRowNumber: input.firstRowNumber,
    label: "data",
    extra: input.idColumn >= 0 ? { ref: ref(input.idColumn), spec: { kind: "id", label: input.idLabel } } : undefined,
  });
}

/** Sample skewness (population moments); 0 for a constant column. */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 3) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] / n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const e = values[i] - mean;
    m2 += (e * e) / n;
    m3 += (e * e * e) / n;
  }
  return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
}

function columnStats(data: SegmentData): { skewness: number[]; minimum: number[] } {
  const out = { skewness: [] as number[], minimum: [] as number[] };
  const col = new Float64Array(data.n);
  for (let t = 0; t < data.d; t++) {
    let min = Infinity;
    for (let i = 0; i < data.n; i++) {
      col[i] = data.X[i * data.d + t];
      if (col[i] < min) min = col[i];
    }
    out.skewness.push(skewness(col));
    out.minimum.push(min);
  }
  return out;
}

/** Reads the chosen columns as the run will (throws InputError naming the first bad cell). */
export function inspectClusterInput(input: ClusterInput): SegmentInspect {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  const refs: Record<string, ColumnRef> = {};
  const specs: Record<string, { kind: "number" | "id"; label: string }> = {};
  input.columns.forEach((c, j) => {
    refs[`c${j}`] = ref(c);
    specs[`c${j}`] = { kind: "number", label: input.names[j] };
  });
  if (input.idColumn >= 0) {
    refs.id = ref(input.idColumn);
    specs.id = { kind: "id", label: input.idLabel };
  }
  const read = readColumns(refs, specs, { header: input.hasHeader, firstRowNumber: input.firstRowNumber });
  if (read.length === 0) return { rows: 0, skipped: read.skipped, blankRows: read.blankRows, skewness: [], minimum: [] };
  const data = clusterData(input);
  return { rows: read.length, skipped: read.skipped, blankRows: read.blankRows, ...columnStats(data) };
}

export function runElbowTask(input: ClusterInput, settings: ClusterSettings, progress: (stage: "fitting") => void = () => undefined): ElbowOutput {
  const data = clusterData(input);
  progress("fitting");
  const { rows, report } = elbowAnalysis(data, { maxK: settings.maxK, standardize: settings.standardize, seed: settings.seed, restarts: settings.restarts });
  const scored = rows.filter((r) => r.silhouette !== undefined);
  const best = scored.reduce<ElbowRow | undefined>((b, r) => (b === undefined || r.silhouette! > b.silhouette! ? r : b), undefined);
  return { rows, report, suggestedK: best?.k ?? rows[0]?.k ?? 2 };
}

export function runKMeansTask(input: ClusterInput, settings: ClusterSettings & { k: number }, progress: (stage: "fitting") => void = () => undefined): KMeansOutput {
  const data = clusterData(input);
  progress("fitting");
  const a = kmeansAnalysis(data, { k: settings.k, standardize: settings.standardize, seed: settings.seed, restarts: settings.restarts });
  const { d } = data;
  const overall = new Array<number>(d).fill(0);
  for (let i = 0; i < data.n; i++) for (let t = 0; t < d; t++) overall[t] += data.X[i * d + t] / data.n;
  const axes = scatterAxes(a.profiles, d);
  const step = Math.max(1, data.n / SCATTER_POINTS);
  const points: KMeansOutput["points"] = [];
  if (axes) {
    for (let q = 0; q < Math.min(data.n, SCATTER_POINTS); q++) {
      const i = Math.floor(q * step);
      points.push({ x: data.X[i * d + axes[0]], y: data.X[i * d + axes[1]], cluster: a.result.labels[i] });
    }
  }
  return {
    axes,
    points,
    report: a.report,
    k: settings.k,
    n: data.n,
    names: data.names,
    sizes: Array.from(a.result.sizes),
    means: Array.from({ length: settings.k }, (_, c) => Array.from(a.means.subarray(c * d, c * d + d))),
    overall,
    profiles: a.profiles,
    inertia: a.result.inertia,
    converged: a.result.converged,
    notes: data.notes,
  };
}

function readTier(input: TierInput) {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  const refs: Record<string, ColumnRef> = { value: ref(input.value), need: ref(input.need) };
  const specs: Record<string, { kind: "number" | "id"; label: string }> = {
    value: { ...TIER_COLUMNS.value, label: input.labels.value },
    need: { ...TIER_COLUMNS.need, label: input.labels.need },
  };
  if (input.id >= 0) {
    refs.id = ref(input.id);
    specs.id = { kind: "id", label: input.labels.id };
  }
  return readColumns(refs, specs, { header: input.hasHeader, firstRowNumber: input.firstRowNumber });
}

export function inspectTierInput(input: TierInput): SegmentInspect {
  const read = readTier(input);
  const cols = [read.columns.value, read.columns.need] as unknown as Float64Array[];
  return {
    rows: read.length,
    skipped: read.skipped,
    blankRows: read.blankRows,
    skewness: cols.map(skewness),
    minimum: cols.map((c) => c.reduce((m, x) => Math.min(m, x), Infinity)),
  };
}

/** Cut points at equal shares of the rows (PERCENTILE.INC at j / levels), repeated values dropped. */
export function quantileThresholds(values: ArrayLike<number>, levels: number): number[] {
  const sorted = sortedCopy(values);
  const out: number[] = [];
  for (let j = 1; j < levels; j++) {
    const q = quantileSorted(sorted, j / levels);
    if (out.length === 0 || q > out[out.length - 1]) out.push(q);
  }
  return out;
}

export function runTierTask(input: TierInput, settings: TierSettings): TierOutput {
  const read = readTier(input);
  if (read.length === 0) throw new InputError(`${input.labels.value}, ${input.labels.need}: no rows with both a value and a need`);
  const value = read.columns.value as unknown as Float64Array;
  const need = read.columns.need as unknown as Float64Array;
  const terciles = settings.mode === "quantiles" && settings.valueLevels === 3 && settings.needLevels === 3;
  const vt = settings.mode === "typed" ? settings.valueThresholds : quantileThresholds(value, settings.valueLevels);
  const nt = settings.mode === "typed" ? settings.needThresholds : quantileThresholds(need, settings.needLevels);
  const ids = input.id >= 0 ? (read.columns.id as unknown as string[]) : undefined;
  const tierRead = read as unknown as Parameters<typeof tierAnalysis>[0];
  const r = tierAnalysis(tierRead, {
    valueThresholds: terciles ? undefined : vt,
    needThresholds: terciles ? undefined : nt,
    ids,
    argNames: { valueThresholds: input.labels.value, needThresholds: input.labels.need },
  });
  return { report: r.report, valueThresholds: r.valueThresholds, needThresholds: r.needThresholds, valueLevels: r.valueLevels, needLevels: r.needLevels, n: read.length, terciles };
}

function readPareto(input: ParetoInput) {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  return readColumns(
    { item: ref(input.item), value: ref(input.value) },
    { item: { ...PARETO_COLUMNS.item, label: input.labels.item }, value: { ...PARETO_COLUMNS.value, label: input.labels.value } },
    { header: input.hasHeader, firstRowNumber: input.firstRowNumber },
  );
}

export function inspectParetoInput(input: ParetoInput): SegmentInspect {
  const read = readPareto(input);
  return { rows: read.length, skipped: read.skipped, blankRows: read.blankRows, skewness: [skewness(read.columns.value)], minimum: [] };
}

export function runParetoTask(input: ParetoInput, settings: ParetoSettings): ParetoOutput {
  const read = readPareto(input);
  const { items, report } = paretoAnalysis(read, { aShare: settings.aShare, bShare: settings.bShare, argNames: { aShare: "A", bShare: "B" } });
  return { report, items, rows: read.length };
}
