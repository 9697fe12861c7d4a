// How an RFM run is written and re-run: the one function that turns a result into the sheet
// request (used by the wizard's insert and by a refresh), and the stored recipe's rebuild.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { AnalysisRunner, RfmOutput, RfmSettings } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { storedTransactionInput, type TransactionState } from "../recipes/transaction-state";
import { sheetExplanation } from "./explain";
import { rfmFormula } from "./formula";
import { localizeReport } from "./localize";

export interface RfmState extends TransactionState {
  /** The options without the segment map's values (kept apart below). */
  settings: Omit<RfmSettings, "segmentMap">;
  /** The user's own segment map: its address (for the formula) and the values read at the run. */
  segmentMap?: { address: string; values: unknown[][] };
}

/** Runs the analysis for the state on `range` (the wizard's run and a refresh alike). */
export async function runRfm(runner: AnalysisRunner, range: RangeData, state: RfmState): Promise<RfmOutput> {
  return runner.run({ kind: "rfm.run", input: storedTransactionInput(range, state), settings: { ...state.settings, segmentMap: state.segmentMap?.values } });
}

export function rfmSheetRequest(language: Language, range: RangeData, output: RfmOutput, state: RfmState): SheetRequest {
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  return {
    report: { ...localizeReport(language, output.report), explanation: sheetExplanation(language, output) },
    options: {
      baseName: s("sheetName"),
      tablePrefix: "RFM",
      sourceAddress: range.address,
      formula: rfmFormula(range, state.mapping, state.settings, state.segmentMap?.address),
      labels: sheetLabels(language, "sheetTitle"),
    },
  };
}

export const rfmRecipe: RecipeKindDef<RfmState> = {
  kind: "rfm",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    return rfmSheetRequest(language, range, await runRfm(runner, range, state), state);
  },
};
