// How a lifetime-value run is written and re-run: the one function that turns a result into the
// sheet request (the wizard's insert and a refresh), and the stored recipe's rebuild.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { AnalysisRunner, ClvOutput, ClvSettings, TaskStage } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { storedTransactionInput, type TransactionState } from "../recipes/transaction-state";
import { clvSheetReport, ltvFormula } from "./clv-view";

export interface ClvState extends TransactionState {
  settings: ClvSettings;
}

/** Fits and values for the state on `range` (the wizard's run and a refresh alike). */
export async function runClv(runner: AnalysisRunner, range: RangeData, state: ClvState, onStage?: (stage: TaskStage) => void): Promise<ClvOutput> {
  return runner.run({ kind: "clv.run", input: storedTransactionInput(range, state), settings: state.settings }, onStage);
}

export function clvSheetRequest(language: Language, range: RangeData, output: ClvOutput, state: ClvState): SheetRequest {
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  return {
    report: clvSheetReport(language, output),
    options: {
      baseName: s("sheetNameClv"),
      tablePrefix: "CLV",
      sourceAddress: range.address,
      formula: ltvFormula(range, state.mapping, state.settings),
      labels: sheetLabels(language, "sheetTitleClv"),
    },
  };
}

export const clvRecipe: RecipeKindDef<ClvState> = {
  kind: "clv",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    return clvSheetRequest(language, range, await runClv(runner, range, state), state);
  },
};
