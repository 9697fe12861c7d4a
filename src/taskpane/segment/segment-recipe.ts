// How a segmentation run (clusters, tiers or Pareto) is written and re-run: the one function that
// turns a result into the sheet request (the wizard's insert and a refresh), and the stored
// recipe's rebuild, which runs the same tasks as the wizard (for clusters the elbow table the
// sheet shows, then k-means with the k and seed chosen at the run) and keeps the user's names.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { ClusterSettings, ElbowOutput, KMeansOutput, ParetoOutput, ParetoSettings, TierOutput, TierSettings } from "../compute/segment-task";
import { type AnalysisRunner, taskFailure } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { clusterTaskInput, inspectSegment, mappedColumns, paretoTaskInput, type SegmentMapping, type SegmentMethod, tierTaskInput } from "./segment-data";
import {
  clusterSheetReport,
  defaultTierNames,
  finalNames,
  kmeansFormula,
  paretoFormula,
  paretoSheetReport,
  suggestClusterNames,
  tierFormula,
  tierSheetReport,
} from "./segment-view";

interface SegmentBase {
  hasHeader: boolean;
  /** Positions within the range. */
  mapping: SegmentMapping;
  /** Headers of the method's columns (segment-data's mappedColumns, in that order) at the run. */
  headers: string[];
}

export type SegmentState =
  | (SegmentBase & {
      method: "clusters";
      settings: ClusterSettings;
      k: number;
      /** The names as the user left them, and the names suggested at the run: an unedited suggestion follows the data on a refresh. */
      names: string[];
      suggested: string[];
    })
  | (SegmentBase & {
      method: "tiers";
      settings: TierSettings;
      /** One row per value level (highest first), one column per need level; "" for the default name. */
      names: string[][];
    })
  | (SegmentBase & { method: "pareto"; settings: ParetoSettings });

/** What a run computed, per method. */
export type SegmentRun = { method: "clusters"; output: KMeansOutput; elbow: ElbowOutput } | { method: "tiers"; output: TierOutput } | { method: "pareto"; output: ParetoOutput };

type Options<S extends SegmentState> = Omit<S, keyof SegmentBase | "headers">;
type StateOptions = Options<Extract<SegmentState, { method: "clusters" }>> | Options<Extract<SegmentState, { method: "tiers" }>> | Options<Extract<SegmentState, { method: "pareto" }>>;

export function segmentState(range: RangeData, hasHeader: boolean, mapping: SegmentMapping, options: StateOptions): SegmentState {
  const copy = { ...mapping, columns: [...mapping.columns] };
  return { ...options, hasHeader, mapping: copy, headers: headersAt(range, hasHeader, mappedColumns(options.method, copy)) } as SegmentState;
}

/** The cluster names a sheet uses: the user's edits, the fresh suggestion where the user kept the suggested name, "Cluster n" for blanks. */
export function clusterNamesFor(language: Language, output: KMeansOutput, names: readonly string[], suggested: readonly string[]): string[] {
  const fresh = suggestClusterNames(language, output.profiles, output.names);
  return finalNames(
    language,
    fresh.map((name, c) => (names[c] !== undefined && names[c] !== suggested[c] ? names[c] : name)),
  );
}

/** The tier names a sheet uses: the user's names, the default for a blank (or for every tier when the levels changed). */
export function tierNamesFor(language: Language, output: TierOutput, names: readonly (readonly string[])[]): string[][] {
  const defaults = defaultTierNames(language, output);
  const fits = names.length === defaults.length && names.every((row, i) => row.length === defaults[i].length);
  return defaults.map((row, i) => row.map((name, j) => (fits ? names[i][j].trim() : "") || name));
}

/** Rows skipped by the engine's reader (a blank or unreadable cell), for the explanation. */
export function skippedRows(range: RangeData, state: Pick<SegmentState, "method" | "hasHeader" | "mapping">): number {
  try {
    return inspectSegment(state.method, range, state.hasHeader, state.mapping).skipped.reduce((a, x) => a + x.count, 0);
  } catch (e) {
    throw taskFailure(e); // as the runner rejects: an input problem in plain words
  }
}

/** Runs the state's tasks on `range` (what the wizard ran, in one go); rejects when the columns moved. */
export async function runSegment(runner: AnalysisRunner, range: RangeData, state: SegmentState): Promise<SegmentRun> {
  checkColumns(range, state.hasHeader, mappedColumns(state.method, state.mapping), state.headers);
  if (state.method === "clusters") {
    const input = clusterTaskInput(range, state.hasHeader, state.mapping);
    const elbow = await runner.run({ kind: "segment.elbow", input, settings: state.settings });
    return { method: "clusters", elbow, output: await runner.run({ kind: "segment.kmeans", input, settings: { ...state.settings, k: state.k } }) };
  }
  if (state.method === "tiers") return { method: "tiers", output: await runner.run({ kind: "segment.tier", input: tierTaskInput(range, state.hasHeader, state.mapping), settings: state.settings }) };
  return { method: "pareto", output: await runner.run({ kind: "segment.pareto", input: paretoTaskInput(range, state.hasHeader, state.mapping), settings: state.settings }) };
}

/** Excel table names on the sheet (ASCII in every language): "Segments_Labels", "Tiers_Summary", "Pareto_Items". */
const TABLE_PREFIX: Record<SegmentMethod, string> = { clusters: "Segments", tiers: "Tiers", pareto: "Pareto" };
const SHEET_NAMES: Record<SegmentMethod, StringKey> = { clusters: "segSheetClusters", tiers: "segSheetTiers", pareto: "segSheetPareto" };
const SHEET_TITLES: Record<SegmentMethod, StringKey> = { clusters: "segSheetTitleClusters", tiers: "segSheetTitleTiers", pareto: "segSheetTitlePareto" };

/** The sheet's base name in `language`: the recipe's title too. */
export const segmentSheetName = (language: Language, method: SegmentMethod) => t(language, SHEET_NAMES[method]);

/** `skipped`: rows the reader skipped (see skippedRows). */
export function segmentSheetRequest(language: Language, range: RangeData, run: SegmentRun, state: SegmentState, skipped: number): SheetRequest {
  let sheet: Pick<SheetRequest["options"], "formula" | "detailTables"> & { report: SheetRequest["report"] };
  if (run.method === "clusters" && state.method === "clusters") {
    const names = clusterNamesFor(language, run.output, state.names, state.suggested);
    sheet = {
      report: clusterSheetReport(language, run.output, run.elbow, state.settings, names, skipped),
      formula: kmeansFormula(range, state.mapping.columns, state.settings, run.output.k),
      detailTables: ["labels"],
    };
  } else if (run.method === "tiers" && state.method === "tiers") {
    const names = tierNamesFor(language, run.output, state.names);
    sheet = { report: tierSheetReport(language, run.output, names, skipped), formula: tierFormula(range, state.mapping, run.output, names), detailTables: ["tiers"] };
  } else if (run.method === "pareto" && state.method === "pareto") {
    sheet = { report: paretoSheetReport(language, run.output, state.settings, skipped), formula: paretoFormula(range, state.mapping, state.settings), detailTables: ["items"] };
  } else {
    throw new Error(`a ${run.method} result cannot be written with ${state.method} settings`);
  }
  return {
    report: sheet.report,
    options: {
      baseName: segmentSheetName(language, state.method),
      tablePrefix: TABLE_PREFIX[state.method],
      sourceAddress: range.address,
      formula: sheet.formula,
      labels: sheetLabels(language, SHEET_TITLES[state.method]),
      detailTables: sheet.detailTables,
    },
  };
}

export const segmentRecipe: RecipeKindDef<SegmentState> = {
  kind: "segment",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    const run = await runSegment(runner, range, state);
    return segmentSheetRequest(language, range, run, state, skippedRows(range, state));
  },
};
