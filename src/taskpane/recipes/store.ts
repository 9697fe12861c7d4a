// The stored analyses of the open workbook, in one workbook setting ("cx.analyses") as JSON:
// { version: 1, analyses: Recipe[] }. Settings are saved with the file, so recipes travel with
// the workbook and survive closing and reopening it.
import type { WorkbookGateway } from "../../excel/gateway";
import type { Recipe, RecipeDraft } from "./recipe";

export const RECIPES_SETTING = "cx.analyses";
const VERSION = 1;

interface Stored {
  version: number;
  analyses: Recipe[];
}

function isRecipe(x: unknown): x is Recipe {
  const r = x as Partial<Recipe> | null;
  return !!r && typeof r === "object" && typeof r.id === "string" && typeof r.kind === "string" && typeof r.sheet === "string" && typeof r.title === "string";
}

/** The recipes stored in the workbook, oldest first; [] when none (or the setting is unreadable). */
export async function loadRecipes(gateway: WorkbookGateway): Promise<Recipe[]> {
  const text = await gateway.readSetting(RECIPES_SETTING);
  if (!text) return [];
  try {
    const stored = JSON.parse(text) as Partial<Stored>;
    return Array.isArray(stored.analyses) ? stored.analyses.filter(isRecipe) : [];
  } catch {
    return []; // a damaged setting must not stop the pane; the next save rewrites it
  }
}

async function saveAll(gateway: WorkbookGateway, analyses: Recipe[]): Promise<void> {
  await gateway.writeSetting(RECIPES_SETTING, analyses.length > 0 ? JSON.stringify({ version: VERSION, analyses } satisfies Stored) : undefined);
}

/** A new id: time and a random part, unique within a workbook. */
export function newRecipeId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** Stores the recipe of a run that wrote `sheet` (and made the tables `draft.tables`); returns it. */
export async function addRecipe(gateway: WorkbookGateway, draft: RecipeDraft & Pick<Recipe, "tables">, sheet: string, language: Recipe["language"], now: Date = new Date()): Promise<Recipe> {
  const recipe: Recipe = { ...draft, id: newRecipeId(now), sheet, language, created: now.toISOString() };
  await saveAll(gateway, [...(await loadRecipes(gateway)), recipe]);
  return recipe;
}

/** Replaces the stored recipe with the same id (after a refresh: new sheet name, source, time). */
export async function updateRecipe(gateway: WorkbookGateway, recipe: Recipe): Promise<void> {
  const all = await loadRecipes(gateway);
  await saveAll(gateway, all.map((r) => (r.id === recipe.id ? recipe : r)));
}

/** Forgets a recipe (its sheet stays). */
export async function removeRecipe(gateway: WorkbookGateway, id: string): Promise<void> {
  await saveAll(gateway, (await loadRecipes(gateway)).filter((r) => r.id !== id));
}
