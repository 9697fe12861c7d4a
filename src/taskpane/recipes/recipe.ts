// A stored analysis ("recipe"): what a wizard run read, how it mapped and set it up, and the sheet
// it wrote, saved in the workbook's own settings (never outside the file) so that anyone opening
// the workbook with the add-in can re-run it on the current data with one click.
import type { Report } from "../../core/report";
import { type RangeData, WorkbookError } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import type { InsertOptions } from "../wizard/insert-report";

/** One per wizard (and per method where a wizard has several that re-run differently). */
export type RecipeKind = "rfm" | "clv" | "kano" | "voc" | "abtest" | "segment" | "cohort" | "canvas" | "priority";

export interface RecipeSource {
  /** The address read at the last run, e.g. "Orders!A1:F35338". */
  address: string;
  /** RangeData.growsWith at that run (a table name or whole-column address): what a refresh re-reads. */
  growsWith?: string;
  hasHeader: boolean;
}

export interface Recipe {
  id: string;
  kind: RecipeKind;
  /** What the list shows, in the language of the run (the sheet's base name, e.g. "RFM", "Kano"). */
  title: string;
  /** Absent when the data was typed into the pane (a canvas grid, A/B counts): a refresh reuses `state`. */
  source?: RecipeSource;
  /** The kind's own settings: column mapping, options, names the user gave. Plain JSON. */
  state: unknown;
  /** The sheet is rebuilt in the language it was made in. */
  language: Language;
  /** The sheet the last run wrote. */
  sheet: string;
  /** The Excel tables the last run made on that sheet: a refresh gives their names to the new tables. */
  tables?: string[];
  /** ISO timestamps. */
  created: string;
  refreshed?: string;
}

/** What a wizard hands to the insert hook to store: the rest (id, sheet, times) is filled in. */
export type RecipeDraft = Pick<Recipe, "kind" | "title" | "source" | "state">;

/** What a wizard's insert writes: the report and how to lay it out (insertReport's arguments). */
export interface SheetRequest {
  report: Report;
  options: InsertOptions;
}

export interface RebuildContext {
  runner: AnalysisRunner;
  language: Language;
}

/** How one kind of analysis re-runs: the same code path the wizard's insert takes, on fresh data. */
export interface RecipeKindDef<S = unknown> {
  kind: RecipeKind;
  /**
   * The sheet for the stored state on a fresh read of the source (undefined when the recipe has no
   * source). Rejects like the wizard would (TaskFailure, WorkbookError) when the data no longer fits.
   */
  rebuild(range: RangeData | undefined, state: S, context: RebuildContext): Promise<SheetRequest>;
}

/** The source part of a recipe for a range a wizard read. */
export function recipeSource(range: RangeData, hasHeader: boolean): RecipeSource {
  return { address: range.address, ...(range.growsWith ? { growsWith: range.growsWith } : {}), hasHeader };
}

/** The recipe of a run on a range: its kind, the sheet's title, the range it read and the run's state. */
export function rangeRecipe(kind: RecipeKind, title: string, range: RangeData, state: { hasHeader: boolean }): RecipeDraft {
  return { kind, title, source: recipeSource(range, state.hasHeader), state };
}

/** The freshly read source of a recipe that has one (a rebuild of a kind that always reads data). */
export function requireRange(range: RangeData | undefined): RangeData {
  if (!range) throw new WorkbookError("empty-range", "The stored analysis has no source range.");
  return range;
}
