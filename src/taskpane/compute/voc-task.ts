// The survey (voice-of-the-customer) tasks the pane sends off the UI thread: plain data in, plain
// data out. "voc.inspect" reads the mapped columns for the data step's preview; "voc.run" computes
// NPS, CSAT or CES overall, by segment and by period with the engine (src/core/voc).
import type { Report } from "../../core/report";
import { type ColumnRef, type ColumnSpec, readColumns, type SkipCount } from "../../core/table/columns";
import { isBlank } from "../../core/table/blank";
import { isoFromEpochDay } from "../../core/table/date";
import {
  breakdownTable,
  byTime,
  ces,
  cesAnalysis,
  cesColumns,
  type CesResult,
  type CesScale,
  confidenceLabel,
  csat,
  csatAnalysis,
  csatColumns,
  type CsatResult,
  type CsatScale,
  type MeasureColumns,
  type Named,
  npsAnalysis,
  type NpsResult,
  type Period,
  periodLabel,
  resultsBy,
  vocDataFromRead,
  type VocData,
} from "../../core/voc";

export type VocMetric = "nps" | "csat" | "ces";

/** Column index (0-based in the range) of each role; -1 when the optional segment or date is not used. */
export interface VocMapping {
  score: number;
  group: number;
  date: number;
}

export interface VocInput {
  values: unknown[][];
  hasHeader: boolean;
  mapping: VocMapping;
  /** Column labels used in messages (the headers, else the column letters). */
  labels: { score: string; group: string; date: string };
  /** Row number of values[0] in the sheet (1-based), so messages point at sheet rows. */
  firstRowNumber: number;
}

export interface VocSettings {
  metric: VocMetric;
  /** CSAT: points of the answer scale. */
  csatScale: CsatScale;
  /** CSAT: lowest answer counted as satisfied. */
  topBox: number;
  /** CES: 7 (agreement that it was easy) or 5 (effort). */
  cesScale: CesScale;
  /** Confidence level of the intervals, as a fraction (0.95). */
  confidence: number;
  /** Period of the trend when a date column is mapped. */
  period: Period;
}

/** What reading the mapped columns gives, before any analysis: for the data step's preview. */
export interface VocInspect {
  rows: number;
  skipped: SkipCount[];
  blankRows: number;
  /** Smallest and largest score, and whether every score is a whole number. */
  min?: number;
  max?: number;
  integers: boolean;
  /** Number of segments, when a segment column is mapped. */
  groups?: number;
  /** First and last answer dates (ISO), when a date column is mapped. */
  firstDate?: string;
  lastDate?: string;
}

export type VocResults =
  | { metric: "nps"; overall: NpsResult; groups?: Named<NpsResult>[]; periods?: Named<NpsResult>[] }
  | { metric: "csat"; overall: CsatResult; groups?: Named<CsatResult>[]; periods?: Named<CsatResult>[] }
  | { metric: "ces"; overall: CesResult; groups?: Named<CesResult>[]; periods?: Named<CesResult>[] };

export interface VocOutput {
  /** The engine's report, with a trend by period added for CSAT and CES (the engine's NPS report has one). */
  report: Report;
  results: VocResults;
  settings: VocSettings;
  /** Header of the segment column, when one was mapped and the range has a header row. */
  groupHeader?: string;
  inspect: VocInspect;
}

function readSurvey(input: VocInput): { data: VocData; inspect: VocInspect } {
  const ref = (col: number): ColumnRef => ({ rows: input.values, col });
  const refs: Record<string, ColumnRef> = { score: ref(input.mapping.score) };
  const specs: Record<string, ColumnSpec> = { score: { kind: "number", label: input.labels.score } };
  if (input.mapping.group >= 0) {
    refs.group = ref(input.mapping.group);
    specs.group = { kind: "category", label: input.labels.group };
  }
  if (input.mapping.date >= 0) {
    refs.day = ref(input.mapping.date);
    specs.day = { kind: "date", label: input.labels.date };
  }
  const read = readColumns(refs, specs, { header: input.hasHeader, firstRowNumber: input.firstRowNumber });
  const { skipped, blankRows } = blankAnswers(input, read.skipped, read.blankRows);
  const data = vocDataFromRead(read);
  return { data, inspect: inspectOf(data, skipped, blankRows) };
}

/**
 * The reader sees only the mapped columns, so a row whose score (and segment and date) is blank
 * looks empty to it, even when the row holds other answers. Such rows are counted here as skipped
 * because the score is blank; only rows blank in every column stay "empty rows".
 */
function blankAnswers(input: VocInput, skipped: SkipCount[], blankRows: number): { skipped: SkipCount[]; blankRows: number } {
  const mapped = [input.mapping.score, input.mapping.group, input.mapping.date].filter((c) => c >= 0);
  const rows = input.values;
  const start = input.hasHeader ? 1 : 0;
  let end = start;
  for (let i = rows.length - 1; i >= start; i--) {
    if (mapped.some((c) => !isBlank(rows[i]?.[c]))) {
      end = i + 1;
      break;
    }
  }
  let extra: SkipCount | undefined;
  let empty = blankRows;
  for (let i = start; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (mapped.some((c) => !isBlank(row[c]))) continue;
    if (!row.some((v) => !isBlank(v))) continue; // empty in every column: an empty row
    if (i < end) empty--; // the reader counted it as empty
    extra ??= { column: input.labels.score, count: 0, firstRows: [] };
    extra.count++;
    if (extra.firstRows.length < 5) extra.firstRows.push(i + input.firstRowNumber);
  }
  if (!extra) return { skipped, blankRows };
  const same = skipped.find((x) => x.column === extra!.column);
  if (!same) return { skipped: [extra, ...skipped], blankRows: empty };
  const merged = { column: same.column, count: same.count + extra.count, firstRows: [...same.firstRows, ...extra.firstRows].sort((a, b) => a - b).slice(0, 5) };
  return { skipped: skipped.map((x) => (x === same ? merged : x)), blankRows: empty };
}

function inspectOf(data: VocData, skipped: SkipCount[], blankRows: number): VocInspect {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (const v of data.score) {
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v)) integers = false;
  }
  const out: VocInspect = { rows: data.score.length, skipped, blankRows, integers };
  if (data.score.length > 0) Object.assign(out, { min, max });
  if (data.group) out.groups = new Set(data.group).size;
  if (data.day && data.day.length > 0) {
    let first = Infinity;
    let last = -Infinity;
    for (const d of data.day) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    out.firstDate = isoFromEpochDay(first);
    out.lastDate = isoFromEpochDay(last);
  }
  return out;
}

/** The data step's preview: how many answers, what is skipped; an input problem throws (InputError). */
export function inspectVocTask(input: VocInput): VocInspect {
  return readSurvey(input).inspect;
}

/** Trend of a CSAT or CES measure by period, as a table and a line chart added to the report. */
function addTrend<T>(report: Report, data: VocData, period: Period, title: string, cols: MeasureColumns<T>, compute: (s: Float64Array) => T, series: string[]): Named<T>[] {
  const periods = resultsBy(Array.from(data.day!, (d) => periodLabel(d, period)), data.score, compute, byTime);
  report.tables.push(breakdownTable("byPeriod", title, "Period", cols, periods));
  report.charts.push({ type: "line", title, table: "byPeriod", category: "Period", series });
  return periods;
}

export function runVocTask(input: VocInput, settings: VocSettings): VocOutput {
  const { data, inspect } = readSurvey(input);
  const confidence = settings.confidence;
  const c = confidenceLabel(confidence);
  const period = settings.period;
  const base = { settings, groupHeader: data.groupHeader, inspect };
  if (settings.metric === "nps") {
    const { result, report } = npsAnalysis(data, { confidence, period });
    return { ...base, report, results: { metric: "nps", overall: result.overall, groups: result.groups, periods: result.periods } };
  }
  if (settings.metric === "csat") {
    const options = { scale: settings.csatScale, topBox: settings.topBox, confidence };
    const { result, report } = csatAnalysis(data, options);
    let periods: Named<CsatResult>[] | undefined;
    if (data.day) {
      const cols = csatColumns(confidence, settings.topBox, settings.csatScale);
      periods = addTrend(report, data, period, `CSAT by ${period}`, cols, (s) => csat(s, options), ["CSAT", `CSAT ${c} CI low`, `CSAT ${c} CI high`]);
    }
    return { ...base, report, results: { metric: "csat", overall: result.overall, groups: result.groups, periods } };
  }
  const options = { scale: settings.cesScale, confidence };
  const { result, report } = cesAnalysis(data, options);
  let periods: Named<CesResult>[] | undefined;
  if (data.day) {
    const cols = cesColumns(confidence, settings.cesScale);
    periods = addTrend(report, data, period, `CES by ${period}`, cols, (s) => ces(s, options), [cols.header[1], `Mean ${c} CI low`, `Mean ${c} CI high`]);
  }
  return { ...base, report, results: { metric: "ces", overall: result.overall, groups: result.groups, periods } };
}
