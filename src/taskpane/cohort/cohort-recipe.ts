// How a cohorts, churn or funnel run is written and re-run: the one function that turns a result
// into the sheet request (the wizard's insert and a refresh), and the stored recipe's rebuild.
// Cohorts and churn read transactions (the shared data step); a funnel reads its own range.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { ChurnOutput, ChurnSettings, CohortOutput, CohortSettings, FunnelOutput } from "../compute/cohort-task";
import type { AnalysisRunner } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { storedTransactionInput, type TransactionState } from "../recipes/transaction-state";
import type { InsertOptions } from "../wizard/insert-report";
import { churnFormula, churnSheetReport, cohortFormula, cohortSheetReport, funnelFormula, funnelSheetReport } from "./cohort-view";
import { type FunnelColumns, funnelTaskInput } from "./funnel-data";

export interface FunnelState {
  hasHeader: boolean;
  /** Positions within the range. */
  columns: FunnelColumns;
  /** Headers of the stage and count columns at the run. */
  headers: string[];
}

export type CohortState =
  | ({ mode: "cohort"; settings: CohortSettings } & TransactionState)
  | ({ mode: "churn"; settings: ChurnSettings } & TransactionState)
  | ({ mode: "funnel" } & FunnelState);

export type CohortMode = CohortState["mode"];

/** What a run computed, per mode. */
export type CohortRun = { mode: "cohort"; value: CohortOutput } | { mode: "churn"; value: ChurnOutput } | { mode: "funnel"; value: FunnelOutput };

const funnelColumns = (c: FunnelColumns) => [c.stage, c.count];

export function funnelState(range: RangeData, hasHeader: boolean, columns: FunnelColumns): FunnelState {
  return { hasHeader, columns: { ...columns }, headers: headersAt(range, hasHeader, funnelColumns(columns)) };
}

/** Runs the state's analysis on `range` (the wizard's run and a refresh alike); rejects when the columns moved. */
export async function runCohort(runner: AnalysisRunner, range: RangeData, state: CohortState): Promise<CohortRun> {
  if (state.mode === "funnel") {
    checkColumns(range, state.hasHeader, funnelColumns(state.columns), state.headers);
    return { mode: "funnel", value: await runner.run({ kind: "funnel.run", input: funnelTaskInput(range, state.hasHeader, state.columns) }) };
  }
  const input = storedTransactionInput(range, state);
  if (state.mode === "cohort") return { mode: "cohort", value: await runner.run({ kind: "cohort.run", input, settings: state.settings }) };
  return { mode: "churn", value: await runner.run({ kind: "churn.run", input, settings: state.settings }) };
}

const SHEET_NAMES: Record<CohortMode, StringKey> = { cohort: "cohSheetCohorts", churn: "cohSheetChurn", funnel: "cohSheetFunnel" };
const SHEET_TITLES: Record<CohortMode, StringKey> = { cohort: "cohSheetTitleCohorts", churn: "cohSheetTitleChurn", funnel: "cohSheetTitleFunnel" };
const TABLE_PREFIX: Record<CohortMode, string> = { cohort: "Cohorts", churn: "Churn", funnel: "Funnel" };

/** The sheet's base name in `language`: the recipe's title too. */
export const cohortSheetName = (language: Language, mode: CohortMode) => t(language, SHEET_NAMES[mode]);

export function cohortSheetRequest(language: Language, range: RangeData, run: CohortRun, state: CohortState): SheetRequest {
  let sheet: { report: SheetRequest["report"] } & Pick<InsertOptions, "formula" | "detailTables">;
  if (run.mode === "funnel" && state.mode === "funnel") {
    // Both tables beside the chart: the funnel, then the chart's stages in reverse order.
    sheet = { report: funnelSheetReport(language, run.value), formula: funnelFormula(range, state.columns), detailTables: [] };
  } else if (run.mode === "cohort" && state.mode === "cohort") {
    sheet = { report: cohortSheetReport(language, run.value), formula: cohortFormula(range, state.mapping, state.settings) };
  } else if (run.mode === "churn" && state.mode === "churn") {
    sheet = { report: churnSheetReport(language, run.value), formula: churnFormula(range, state.mapping, state.settings) };
  } else {
    throw new Error(`a ${run.mode} result cannot be written with ${state.mode} settings`);
  }
  return {
    report: sheet.report,
    options: {
      baseName: cohortSheetName(language, state.mode),
      tablePrefix: TABLE_PREFIX[state.mode],
      sourceAddress: range.address,
      formula: sheet.formula,
      labels: sheetLabels(language, SHEET_TITLES[state.mode]),
      ...(sheet.detailTables ? { detailTables: sheet.detailTables } : {}),
    },
  };
}

export const cohortRecipe: RecipeKindDef<CohortState> = {
  kind: "cohort",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    return cohortSheetRequest(language, range, await runCohort(runner, range, state), state);
  },
};
