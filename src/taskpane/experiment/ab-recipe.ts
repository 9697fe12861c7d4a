// How an A/B test run is written and re-run: the one function that turns a result into the sheet
// request (the wizard's insert and a refresh), and the stored recipe's rebuild. Counts typed into
// the pane (or read from single cells) have no source range: the recipe keeps the counts as run
// and a refresh recomputes from them; a per-visitor range is read again.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { AbTestInput, AbTestKind, AbTestOutput } from "../compute/abtest-task";
import type { AnalysisRunner } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { type AbColumns, columnChoices, type CountField, countsFormula, rangeFormula, rangeInput } from "./ab-data";
import { abSheetReport } from "./ab-view";

export type AbState =
  | {
      mode: "counts";
      /** The four counts as run: typed numbers, or the values of the cells they came from. */
      values: Record<CountField, unknown>;
      /** The formula's arguments: the numbers, or the cells' addresses. */
      args: Record<CountField, string>;
      confidence: number;
    }
  | {
      mode: "range";
      hasHeader: boolean;
      /** Positions within the range. */
      columns: AbColumns;
      /** Headers of the group and outcome columns at the run. */
      headers: string[];
      test: AbTestKind;
      confidence: number;
    };

const mapped = (c: AbColumns) => [c.group, c.outcome];

export function abRangeState(range: RangeData, hasHeader: boolean, columns: AbColumns, test: AbTestKind, confidence: number): AbState {
  return { mode: "range", hasHeader, columns: { ...columns }, headers: headersAt(range, hasHeader, mapped(columns)), test, confidence };
}

/** Runs the test for the state (on `range` in range mode; the wizard's run and a refresh alike); rejects when the columns moved. */
export async function runAbTest(runner: AnalysisRunner, range: RangeData | undefined, state: AbState, language: Language): Promise<AbTestOutput> {
  let input: AbTestInput;
  if (state.mode === "counts") input = { mode: "counts", ...state.values };
  else {
    const r = requireRange(range);
    checkColumns(r, state.hasHeader, mapped(state.columns), state.headers);
    input = rangeInput(r, state.hasHeader, state.columns, state.test, language);
  }
  return runner.run({ kind: "abtest.run", input, settings: { confidence: state.confidence } });
}

/** The group column's name for sentences (range mode): its header, else its letter. */
export function abGroupColumn(language: Language, range: RangeData | undefined, state: AbState): string | undefined {
  return state.mode === "range" && range ? columnChoices(language, range, state.hasHeader)[state.columns.group]?.name : undefined;
}

export function abSheetRequest(language: Language, range: RangeData | undefined, output: AbTestOutput, state: AbState): SheetRequest {
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const inRange = state.mode === "range" ? requireRange(range) : undefined;
  const formula =
    state.mode === "counts" ? countsFormula(state.args, state.confidence) : rangeFormula(inRange!, state.columns, state.test, output.groups!, state.confidence);
  return {
    report: abSheetReport(language, output, abGroupColumn(language, inRange, state)),
    options: {
      baseName: s("abSheetName"),
      tablePrefix: "ABTest",
      sourceAddress: inRange?.address,
      formula,
      detailTables: [],
      labels: sheetLabels(language, output.test === "rates" ? "abSheetTitleRates" : "abSheetTitleMeans"),
    },
  };
}

export const abTestRecipe: RecipeKindDef<AbState> = {
  kind: "abtest",
  async rebuild(source, state, { runner, language }) {
    const range = state.mode === "range" ? requireRange(source) : undefined;
    return abSheetRequest(language, range, await runAbTest(runner, range, state, language), state);
  },
};
