// The stored strategy canvas and how a refresh re-runs it: from the re-read range when the grid
// came from one (factors matched by name, so the proposed levels the user set carry over; renamed
// offerings keep their names while their header is unchanged), else from the stored grid; then
// the same analysis and sheet request as the wizard's insert.
import type { RangeData } from "../../excel/gateway";
import type { TaskFailure } from "../compute/tasks";
import { checkColumns, headersAt } from "../recipes/columns";
import type { Language } from "../i18n/strings";
import type { RecipeDraft, RecipeKindDef, SheetRequest } from "../recipes/recipe";
import { recipeSource } from "../recipes/recipe";
import { analyseCanvas, type CanvasSetup } from "./canvas-analysis";
import { type CanvasGrid, type CanvasRangeMapping, gridFromRange, gridProblems, prefillProposed, proposedProblems } from "./canvas-grid";
import { canvasSheetRequest, type CanvasSource, defaultOfferingName } from "./canvas-sheet";
import { problemText } from "./canvas-text";

export interface CanvasRecipeState extends CanvasSetup {
  /** How the source range's columns were read; absent for a grid typed in the pane. */
  mapping?: CanvasRangeMapping;
  /** The offering names the range gave at the run (to tell the user's renames from new headers). */
  rangeOfferings?: string[];
  /** The importance column's header at the run: a refresh stops if another column moved there. */
  importanceHeader?: string;
}

const key = (s: string) => s.trim().toLocaleLowerCase();

/** The setup for a fresh read of the range: its factors and levels, the user's names, our offering and proposals. */
export function setupFromRange(range: RangeData, state: CanvasRecipeState, language: Language): CanvasSetup {
  const mapping = state.mapping ?? { hasHeader: true, importance: -1 };
  const fresh = gridFromRange(range, mapping, defaultOfferingName(language));
  const offerings = fresh.offerings.map((name, j) => (state.rangeOfferings?.[j] === name ? (state.grid.offerings[j] ?? name) : name));
  // Our offering by its name at the run, else the same column.
  const ownName = state.rangeOfferings?.[state.own] ?? state.grid.offerings[state.own] ?? "";
  const byName = fresh.offerings.findIndex((o) => key(o) === key(ownName));
  const own = byName >= 0 ? byName : state.own;
  const proposedBy = new Map(state.grid.factors.map((f, i) => [key(f), state.grid.proposed[i] ?? ""]));
  const grid: CanvasGrid = { ...fresh, offerings, proposed: fresh.factors.map((f) => proposedBy.get(key(f)) ?? "") };
  return { grid: prefillProposed(grid, own), own, tolerance: state.tolerance };
}

/** The sheet for a setup: rejects with an input TaskFailure naming the first bad cell, as the wizard would stop. */
export function canvasSheetFor(language: Language, setup: CanvasSetup, source?: CanvasSource): SheetRequest {
  const problem = [...gridProblems(setup.grid, setup.own), ...proposedProblems(setup.grid)][0];
  if (problem) throw { kind: "input", message: problemText(language, problem) } satisfies TaskFailure;
  return canvasSheetRequest(language, analyseCanvas(setup), setup.grid, source);
}

/** What the wizard's insert stores. */
export function canvasRecipeDraft(language: Language, title: string, setup: CanvasSetup, source?: CanvasSource): RecipeDraft {
  const state: CanvasRecipeState = source
    ? {
        ...setup,
        mapping: source.mapping,
        rangeOfferings: gridFromRange(source.range, source.mapping, defaultOfferingName(language)).offerings,
        importanceHeader: headersAt(source.range, source.mapping.hasHeader, [source.mapping.importance])[0],
      }
    : { ...setup };
  return { kind: "canvas", title, ...(source ? { source: recipeSource(source.range, source.mapping.hasHeader) } : {}), state };
}

export const canvasRecipe: RecipeKindDef<CanvasRecipeState> = {
  kind: "canvas",
  async rebuild(range, state, { language }) {
    if (!range) return canvasSheetFor(language, state);
    const mapping = state.mapping ?? { hasHeader: true, importance: -1 };
    checkColumns(range, mapping.hasHeader, [mapping.importance], [state.importanceHeader ?? ""]);
    return canvasSheetFor(language, setupFromRange(range, state, language), { range, mapping });
  },
};
