// How a priorities run is written and re-run: the state a recipe stores, the one function that
// reads the items and scores them (the wizard's run and a refresh), the sheet request its insert
// writes, and the stored recipe's rebuild.
import type { RangeData } from "../../excel/gateway";
import { sheetLabels } from "../wizard/insert-report";
import { taskFailure } from "../compute/tasks";
import { type Language, t } from "../i18n/strings";
import { checkColumns, headersAt } from "../recipes/columns";
import { type RecipeKindDef, requireRange, type SheetRequest } from "../recipes/recipe";
import { columnOptions } from "../wizard/transaction-data";
import { analysePriority, type PriorityResult, type PrioritySettings } from "./priority-analysis";
import { type PriorityMapping, readPriorityItems } from "./priority-data";
import { priorityReport, scoreFormula } from "./priority-view";

export interface PriorityState {
  hasHeader: boolean;
  /** Positions in the range: the item names (-1: none) and the criteria. */
  mapping: PriorityMapping;
  /** Headers at [label, ...criteria] at the run ("" for none or without a header row). */
  headers: string[];
  /** As run: weights, scaling, axes, splits and the quadrant names in the run's language. */
  settings: PrioritySettings;
}

const mappedColumns = (m: PriorityMapping) => [m.label, ...m.criteria];

export function priorityState(range: RangeData, hasHeader: boolean, mapping: PriorityMapping, settings: PrioritySettings): PriorityState {
  const copy = { label: mapping.label, criteria: [...mapping.criteria] };
  return { hasHeader, mapping: copy, headers: headersAt(range, hasHeader, mappedColumns(copy)), settings: { ...settings, weights: [...settings.weights], labels: [...settings.labels] } };
}

/**
 * Scores the items of `range` for the state (the wizard's run and a refresh alike). Throws
 * ColumnsChangedError when the mapped columns moved, a TaskFailure naming the cell for the data.
 */
export function runPriority(range: RangeData, state: PriorityState): PriorityResult {
  checkColumns(range, state.hasHeader, mappedColumns(state.mapping), state.headers);
  try {
    return analysePriority(readPriorityItems(range, state.hasHeader, state.mapping), state.settings);
  } catch (e) {
    throw taskFailure(e);
  }
}

export function prioritySheetRequest(language: Language, range: RangeData, result: PriorityResult, state: PriorityState): SheetRequest {
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const label = state.mapping.label;
  const itemHeader = (label >= 0 && columnOptions(range, state.hasHeader)[label]?.header) || s("prHdrItem");
  const source = { range, criteria: state.mapping.criteria };
  return {
    report: priorityReport(language, result, itemHeader, source),
    options: {
      baseName: s("sheetNamePriority"),
      tablePrefix: "Priorities",
      sourceAddress: range.address,
      formula: scoreFormula(source, state.settings),
      labels: sheetLabels(language, "prTitle"),
      detailTables: ["ranked"],
    },
  };
}

export const priorityRecipe: RecipeKindDef<PriorityState> = {
  kind: "priority",
  async rebuild(source, state, { language }) {
    const range = requireRange(source);
    return prioritySheetRequest(language, range, runPriority(range, state), state);
  },
};
