// Names for replacing a sheet in place (WorkbookGateway.replaceSheet), pure; both gateways use it.
//
// The new content is written under a temporary sheet name first, so the old sheet stays whole
// until the new one is complete. Its tables cannot take their final names yet when the old sheet
// still holds tables of those names (table names are workbook-wide), so those get temporary names
// too and are renamed after the old sheet is deleted. A plan table whose name belongs to a table
// on ANOTHER sheet can never be created: that is refused before anything is written.
import { SheetPlan, WorkbookError } from "./gateway";
import { freeSheetName, freeTableName, isValidSheetName, MAX_SHEET_NAME } from "./names";

const fold = (s: string) => s.toLocaleUpperCase("en-US");

/** Marks the temporary sheet: "RFM" is rebuilt as "RFM (new)" before it takes the old one's place. */
export const TEMP_SHEET_SUFFIX = " (new)";

export interface ReplacementNames {
  /** The free name the plan is written under before the swap. */
  sheet: string;
  /** The name each plan table (same order) is created with: its own, or a temporary one when the old sheet holds it. */
  tables: string[];
}

/** At most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * Temporary names for replacing sheet `existing` with `plan`. `sheets` are the workbook's sheet
 * names, `tablesOnExisting` the tables on the old sheet, `allTables` every table in the workbook.
 * Throws "sheet-exists" when plan.name belongs to another sheet, "write-failed" for an invalid
 * sheet name or a table name taken on another sheet.
 */
export function replacementNames(
  plan: SheetPlan,
  existing: string,
  sheets: readonly string[],
  tablesOnExisting: readonly string[],
  allTables: readonly string[],
): ReplacementNames {
  if (!isValidSheetName(plan.name)) throw new WorkbookError("write-failed", `"${plan.name}" is not a valid sheet name`);
  if (fold(plan.name) !== fold(existing) && sheets.some((s) => fold(s) === fold(plan.name))) {
    throw new WorkbookError("sheet-exists", `a sheet named "${plan.name}" already exists`);
  }
  const onExisting = new Set(tablesOnExisting.map(fold));
  for (const t of plan.tables) {
    const key = fold(t.name);
    if (!onExisting.has(key) && allTables.some((n) => fold(n) === key)) {
      throw new WorkbookError("write-failed", `a table named "${t.name}" already exists on another sheet`);
    }
  }
  const taken = [...allTables, ...plan.tables.map((t) => t.name)];
  const tables = plan.tables.map((t) => {
    if (!onExisting.has(fold(t.name))) return t.name;
    const temp = freeTableName(`${t.name}_new`, taken);
    taken.push(temp);
    return temp;
  });
  const sheet = freeSheetName(cut(plan.name, MAX_SHEET_NAME - TEMP_SHEET_SUFFIX.length) + TEMP_SHEET_SUFFIX, sheets);
  return { sheet, tables };
}

/** The plan as written before the swap: under the temporary sheet and table names. */
export function withTemporaryNames(plan: SheetPlan, names: ReplacementNames): SheetPlan {
  return { ...plan, name: names.sheet, tables: plan.tables.map((t, i) => ({ ...t, name: names.tables[i] })) };
}

/** The tables to rename after the swap, [temporary, final] pairs. */
export function tableRenames(plan: SheetPlan, names: ReplacementNames): [string, string][] {
  return plan.tables.flatMap((t, i): [string, string][] => (names.tables[i] === t.name ? [] : [[names.tables[i], t.name]]));
}
