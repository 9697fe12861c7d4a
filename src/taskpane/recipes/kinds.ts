// Which code re-runs each kind of stored analysis. Every wizard exports its RecipeKindDef next to
// its sheet-request function (the one its insert calls), so a refresh and a wizard run share code.
import { clvRecipe } from "../clv/clv-recipe";
import { cohortRecipe } from "../cohort/cohort-recipe";
import { abTestRecipe } from "../experiment/ab-recipe";
import { segmentRecipe } from "../segment/segment-recipe";
import { vocRecipe } from "../voc/voc-recipe";
import { kanoRecipe } from "../kano/kano-recipe";
import { rfmRecipe } from "../rfm/rfm-recipe";
import { canvasRecipe } from "../strategy/canvas-recipe";
import { priorityRecipe } from "../priority/priority-recipe";
import type { RecipeKind, RecipeKindDef } from "./recipe";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own state type
type AnyKindDef = RecipeKindDef<any>;

export const RECIPE_KINDS: Partial<Record<RecipeKind, AnyKindDef>> = {
  // one line per kind (e.g. `rfm: rfmRecipe,`), imports at the top
  priority: priorityRecipe,
  canvas: canvasRecipe,
  rfm: rfmRecipe,
  clv: clvRecipe,
  kano: kanoRecipe,
  voc: vocRecipe,
  abtest: abTestRecipe,
  segment: segmentRecipe,
  cohort: cohortRecipe,
};

/** The definition for a stored kind; undefined for a kind this add-in version does not know. */
export function recipeKindDef(kind: string): AnyKindDef | undefined {
  return Object.prototype.hasOwnProperty.call(RECIPE_KINDS, kind) ? RECIPE_KINDS[kind as RecipeKind] : undefined;
}
