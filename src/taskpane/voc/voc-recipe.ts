// How a survey (NPS, CSAT, CES) run is written and re-run: the one function that turns a result
// into the sheet request (the wizard's insert and a refresh), and the stored recipe's rebuild.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocMapping, VocOutput, VocSettings } from "../compute/voc-task";
import { type Language, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { surveyTaskInput } from "./survey-data";
import { SHEET_NAMES, SHEET_TITLES, vocFormulas, vocSheetReport } from "./voc-view";

export interface VocState {
  hasHeader: boolean;
  /** Positions within the range; -1 for an unused segment or date column. */
  mapping: VocMapping;
  /** Headers of the score, segment and date columns at the run ("" for none). */
  headers: string[];
  settings: VocSettings;
}

const mapped = (m: VocMapping) => [m.score, m.group, m.date];

export function vocState(range: RangeData, hasHeader: boolean, mapping: VocMapping, settings: VocSettings): VocState {
  return { hasHeader, mapping: { ...mapping }, headers: headersAt(range, hasHeader, mapped(mapping)), settings: { ...settings } };
}

/** Computes the measure for the state on `range` (the wizard's run and a refresh alike); rejects when the columns moved. */
export async function runVoc(runner: AnalysisRunner, range: RangeData, state: VocState): Promise<VocOutput> {
  checkColumns(range, state.hasHeader, mapped(state.mapping), state.headers);
  return runner.run({ kind: "voc.run", input: surveyTaskInput(range, state.hasHeader, state.mapping), settings: state.settings });
}

/** The sheet's base name in `language` ("NPS", "CSAT", "CES"): the recipe's title too. */
export const vocSheetName = (language: Language, output: VocOutput) => t(language, SHEET_NAMES[output.settings.metric]);

export function vocSheetRequest(language: Language, range: RangeData, output: VocOutput, state: VocState): SheetRequest {
  const formulas = vocFormulas(range, state.mapping, output.settings);
  const sheetName = vocSheetName(language, output);
  return {
    report: vocSheetReport(language, output, formulas),
    options: {
      baseName: sheetName,
      tablePrefix: sheetName,
      sourceAddress: range.address,
      formula: formulas.main,
      detailTables: [],
      labels: sheetLabels(language, SHEET_TITLES[output.settings.metric]),
    },
  };
}

export const vocRecipe: RecipeKindDef<VocState> = {
  kind: "voc",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    return vocSheetRequest(language, range, await runVoc(runner, range, state), state);
  },
};
