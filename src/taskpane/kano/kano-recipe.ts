// How a Kano run is written and re-run: the one function that turns a result into the sheet
// request (the wizard's insert and a refresh), and the stored recipe's rebuild.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import type { KanoOutput, KanoPair, KanoSettings } from "../compute/kano-task";
import type { AnalysisRunner, TaskStage } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { kanoTaskInput } from "./kano-data";
import { kanoFormula, kanoSheetReport } from "./kano-view";

export interface KanoState {
  hasHeader: boolean;
  /** Column positions within the range and the names the user gave the features. */
  pairs: KanoPair[];
  /** Headers of each pair's functional, dysfunctional and importance columns, pair after pair. */
  headers: string[];
  /** As run: useImportance is off when no pair has an importance column. */
  settings: KanoSettings;
}

const pairColumns = (pairs: readonly KanoPair[]) => pairs.flatMap((p) => [p.functional, p.dysfunctional, p.importance]);

export function kanoState(range: RangeData, hasHeader: boolean, pairs: readonly KanoPair[], settings: KanoSettings): KanoState {
  const copy = pairs.map((p) => ({ ...p }));
  const hasImportance = copy.some((p) => p.importance >= 0);
  return { hasHeader, pairs: copy, headers: headersAt(range, hasHeader, pairColumns(copy)), settings: { ...settings, useImportance: settings.useImportance && hasImportance } };
}

/** Classifies for the state on `range` (the wizard's run and a refresh alike); rejects when the columns moved. */
export async function runKano(runner: AnalysisRunner, range: RangeData, state: KanoState, onStage?: (stage: TaskStage) => void): Promise<KanoOutput> {
  checkColumns(range, state.hasHeader, pairColumns(state.pairs), state.headers);
  return runner.run({ kind: "kano.run", input: kanoTaskInput(range, state.hasHeader, state.pairs), settings: state.settings }, onStage);
}

export function kanoSheetRequest(language: Language, range: RangeData, output: KanoOutput, state: KanoState): SheetRequest {
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  return {
    report: kanoSheetReport(language, output),
    options: {
      baseName: s("sheetNameKano"),
      tablePrefix: "Kano",
      sourceAddress: range.address,
      formula: kanoFormula(range, state.hasHeader, state.pairs, state.settings.scale),
      labels: sheetLabels(language, "kanoTitle"),
      detailTables: output.report.tables.some((table) => table.name === "respondents") ? ["respondents"] : [],
    },
  };
}

export const kanoRecipe: RecipeKindDef<KanoState> = {
  kind: "kano",
  async rebuild(source, state, { runner, language }) {
    const range = requireRange(source);
    return kanoSheetRequest(language, range, await runKano(runner, range, state), state);
  },
};
