// A refresh's outcome and failures in plain words, in the pane's language.
import { WorkbookError } from "../../excel/gateway";
import { fill, formatNumber, type Language, t } from "../i18n/strings";
import { type RefreshAllStatus, refreshAddress, UnknownKindError } from "../recipes/refresh";
import type { Recipe } from "../recipes/recipe";
import { describeFailure } from "../wizard/messages";

export type StatusIntent = "info" | "success" | "warning" | "error";

export interface StatusLine {
  intent: StatusIntent;
  text: string;
}

/** Why refreshing `recipe` failed: a conflicting edit names the sheet, a lost source names its address. */
export function describeRefreshFailure(lang: Language, e: unknown, recipe: Recipe): string {
  if (e instanceof UnknownKindError) return t(lang, "storedUnknownKind");
  if (e instanceof WorkbookError && e.kind === "conflict") return fill(lang, "storedConflict", { sheet: recipe.sheet });
  const address = refreshAddress(recipe) ?? "";
  if (e instanceof WorkbookError && e.kind === "bad-address") return fill(lang, "storedSourceGone", { address });
  return describeFailure(lang, e, { address, sheet: recipe.sheet });
}

/** The status line of `recipe` (as it was before the refresh) for a refresh's state. */
export function refreshLine(lang: Language, recipe: Recipe, status: RefreshAllStatus): StatusLine {
  switch (status.status) {
    case "running":
      return { intent: "info", text: t(lang, "storedRunning") };
    case "replaced": {
      const address = status.recipe.source?.address;
      return { intent: "success", text: address ? fill(lang, "storedReplaced", { sheet: status.recipe.sheet, address }) : fill(lang, "storedReplacedTyped", { sheet: status.recipe.sheet }) };
    }
    case "recreated":
      return { intent: "warning", text: fill(lang, "storedRecreated", { previous: status.previous, sheet: status.recipe.sheet }) };
    case "cancelled":
      return { intent: "info", text: fill(lang, "storedCancelled", { sheet: recipe.sheet }) };
    case "failed":
      return { intent: "error", text: fill(lang, "storedFailed", { message: describeRefreshFailure(lang, status.error, recipe) }) };
  }
}

/** The question before a sheet is replaced. */
export function replaceQuestion(lang: Language, sheet: string, address?: string, rows?: number): string {
  return address !== undefined && rows !== undefined
    ? fill(lang, "storedConfirmReplace", { sheet, address, rows: formatNumber(lang, rows) })
    : fill(lang, "storedConfirmReplaceTyped", { sheet });
}
