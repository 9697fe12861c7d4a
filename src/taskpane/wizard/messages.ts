// Failures as plain words in the pane's language, each saying what to fix.
import { WorkbookError } from "../../excel/gateway";
import type { TaskFailure } from "../compute/tasks";
import { fill, formatNumber, type Language } from "../i18n/strings";
import { ColumnsChangedError } from "../recipes/columns";

function isTaskFailure(e: unknown): e is TaskFailure {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e && !(e instanceof Error);
}

export function describeFailure(lang: Language, e: unknown, context: { address?: string; sheet?: string } = {}): string {
  if (e instanceof ColumnsChangedError) {
    // A stored analysis re-read its source and the mapped columns moved (see recipes/columns.ts).
    const values = { letter: e.letter, expected: e.expected, found: e.found };
    return fill(lang, e.found === "" ? "storedColumnGone" : "storedColumnsChanged", values);
  }
  if (e instanceof WorkbookError) {
    switch (e.kind) {
      case "sheet-exists":
        return fill(lang, "errSheetExists", { name: context.sheet ?? "" });
      case "bad-address":
        return fill(lang, "errBadAddress", { address: context.address ?? "" });
      case "empty-range":
        return fill(lang, "errEmptyRange", {});
      case "no-selection":
        return fill(lang, "errNoSelection", {});
      case "conflict":
        return fill(lang, "errConflict", {});
      default:
        return fill(lang, "errWriteFailed", { message: e.message });
    }
  }
  if (isTaskFailure(e)) {
    // Input problems come from the engine in English with the column and row; they name the cell to fix.
    return e.kind === "input" ? fill(lang, "inputProblem", { message: e.message.replace(/\.$/, "") }) : fill(lang, "errInternal", { message: e.message });
  }
  return fill(lang, "errInternal", { message: e instanceof Error ? e.message : String(e) });
}

/** "rows 3, 7, 9" or "rows 3, 7, 9 and 12 more": the first rows of a skip, as every data step words them. */
export function rowsText(language: Language, rows: number[], count: number): string {
  const list = rows.join(", ");
  return count > rows.length ? fill(language, "rowsListMore", { list, more: formatNumber(language, count - rows.length) }) : fill(language, "rowsList", { list });
}
