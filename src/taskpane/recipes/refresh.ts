// One-click refresh of a stored analysis: read its source again (the table or whole columns it
// grows with, else the same address), rebuild the sheet with the kind's own code (the wizard's
// path), and replace the sheet the last run wrote, after asking. If that sheet is gone, a new one
// is written instead. A conflicting edit by someone else is retried once, then rethrown; the
// gateway guarantees that a failed write leaves nothing half-written.
import type { RangeData, WorkbookGateway, WriteProgress } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import { isRetryable, replaceReport, writeReport, type WrittenSheet } from "../wizard/insert-report";
import { recipeKindDef } from "./kinds";
import type { Recipe } from "./recipe";
import { updateRecipe } from "./store";

/** Thrown for a recipe made by a newer add-in version: its kind is not known here. */
export class UnknownKindError extends Error {
  constructor(readonly kind: string) {
    super(`Unknown kind of analysis "${kind}".`);
    this.name = "UnknownKindError";
  }
}

/** What the user is asked before a sheet is replaced. */
export interface RefreshQuestion {
  recipe: Recipe;
  /** The sheet to be replaced, as the workbook spells it now. */
  sheet: string;
  /** The range just read, and its data rows (header excluded); absent for a recipe without a source. */
  address?: string;
  rows?: number;
}

export interface RefreshOptions {
  gateway: WorkbookGateway;
  runner: AnalysisRunner;
  /** Asked before an existing sheet is replaced; false leaves it untouched. Absent: replace. */
  confirm?(question: RefreshQuestion): Promise<boolean>;
  onProgress?(p: WriteProgress): void;
  now?: Date;
}

export type RefreshResult =
  | { status: "replaced"; recipe: Recipe }
  /** The sheet the last run wrote was gone (renamed or deleted): the run went to a new sheet. */
  | { status: "recreated"; recipe: Recipe; previous: string }
  | { status: "cancelled" };

/** Whether this add-in version can re-run the recipe. */
export function canRefresh(recipe: Recipe): boolean {
  return recipeKindDef(recipe.kind) !== undefined;
}

/** The address a refresh reads: what the source grows with, else the address of the last run. */
export function refreshAddress(recipe: Recipe): string | undefined {
  return recipe.source ? recipe.source.growsWith ?? recipe.source.address : undefined;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** Re-runs `recipe` on the current data and writes its sheet; stores the updated recipe. */
export async function refreshRecipe(recipe: Recipe, options: RefreshOptions): Promise<RefreshResult> {
  const { gateway, runner, confirm, onProgress } = options;
  const def = recipeKindDef(recipe.kind);
  if (!def) throw new UnknownKindError(recipe.kind);
  const address = refreshAddress(recipe);
  const range: RangeData | undefined = address ? await gateway.readRange(address) : undefined;
  const request = await def.rebuild(range, recipe.state, { runner, language: recipe.language });

  let asked = false;
  let written: WrittenSheet | undefined;
  let replaced = false;
  for (let attempt = 0; !written; attempt++) {
    const existing = (await gateway.listSheets()).find((name) => sameName(name, recipe.sheet));
    try {
      if (existing) {
        if (!asked && confirm) {
          const rows = range ? range.rows - (recipe.source?.hasHeader ? 1 : 0) : undefined;
          if (!(await confirm({ recipe, sheet: existing, address: range?.address, rows }))) return { status: "cancelled" };
        }
        asked = true;
        written = await replaceReport(gateway, existing, request.report, request.options, recipe.tables ?? [], onProgress);
        replaced = true;
      } else {
        written = await writeReport(gateway, request.report, request.options, onProgress);
      }
    } catch (e) {
      if (attempt === 0 && isRetryable(e)) continue;
      throw e;
    }
  }

  const updated: Recipe = {
    ...recipe,
    sheet: written.sheet,
    tables: written.tables,
    ...(recipe.source && range ? { source: { ...recipe.source, address: range.address, ...(range.growsWith ? { growsWith: range.growsWith } : {}) } } : {}),
    refreshed: (options.now ?? new Date()).toISOString(),
  };
  await updateRecipe(gateway, updated);
  return replaced ? { status: "replaced", recipe: updated } : { status: "recreated", recipe: updated, previous: recipe.sheet };
}

export type RefreshAllStatus = { status: "running" } | RefreshResult | { status: "failed"; error: unknown };

/**
 * Refreshes the recipes one after another (each reads the workbook as the previous one left it),
 * reporting each one's status as it goes; a failure stops only that one. Unknown kinds are skipped.
 */
export async function refreshAll(recipes: readonly Recipe[], options: RefreshOptions, onStatus: (id: string, status: RefreshAllStatus) => void): Promise<Map<string, RefreshAllStatus>> {
  const results = new Map<string, RefreshAllStatus>();
  for (const recipe of recipes.filter(canRefresh)) {
    onStatus(recipe.id, { status: "running" });
    let status: RefreshAllStatus;
    try {
      status = await refreshRecipe(recipe, options);
    } catch (error) {
      status = { status: "failed", error };
    }
    results.set(recipe.id, status);
    onStatus(recipe.id, status);
  }
  return results;
}
