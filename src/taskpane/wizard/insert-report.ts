// Writes a Report as a new sheet through the gateway: a free sheet name, free table names, the
// layout of src/excel/plan-report.ts. If someone takes the name meanwhile or changes the workbook
// under the write (co-authoring), the sheet is planned and written once more. The planning is
// shared with the refresh of a stored analysis (replaceReport), so both lay a sheet out alike.
import type { Report } from "../../core/report";
import { type SheetPlan, WorkbookError, type WorkbookGateway, type WriteProgress } from "../../excel/gateway";
import { freeSheetName } from "../../excel/names";
import { planReportSheet, type ReportLabels } from "../../excel/plan-report";
import { type Language, type StringKey, t } from "../i18n/strings";

export interface InsertOptions {
  /** Sheet name to start from, e.g. "RFM" ("RFM (2)" when taken). */
  baseName: string;
  tablePrefix: string;
  labels: ReportLabels;
  sourceAddress?: string;
  formula?: string;
  /** Tables laid out last as large tables (default: the report's first table when it is a list); [] for none. */
  detailTables?: readonly string[];
}

/** What a write made: the sheet's name and its Excel tables' names. */
export interface WrittenSheet {
  sheet: string;
  tables: string[];
}

/** The plan of `report` on a sheet named `sheetName`, its tables named clear of `existingTables`. */
export function planReport(report: Report, options: InsertOptions, sheetName: string, existingTables: Iterable<string>): SheetPlan {
  return planReportSheet(report, {
    sheetName,
    existingTables,
    sourceAddress: options.sourceAddress,
    formula: options.formula,
    labels: options.labels,
    tablePrefix: options.tablePrefix,
    detailTables: options.detailTables,
  });
}

/** A failure worth one more try: the name was taken, or someone changed the workbook during the write. */
export function isRetryable(e: unknown): boolean {
  return e instanceof WorkbookError && (e.kind === "sheet-exists" || e.kind === "conflict");
}

/** Writes `report` as a new sheet; returns its name and tables. */
export async function writeReport(gateway: WorkbookGateway, report: Report, options: InsertOptions, onProgress?: (p: WriteProgress) => void): Promise<WrittenSheet> {
  for (let attempt = 0; ; attempt++) {
    const [sheets, tables] = await Promise.all([gateway.listSheets(), gateway.listTables()]);
    const sheet = freeSheetName(options.baseName, sheets);
    const plan = planReport(report, options, sheet, tables);
    try {
      await gateway.writeSheet(plan, onProgress);
      return { sheet, tables: plan.tables.map((t) => t.name) };
    } catch (e) {
      if (attempt === 0 && isRetryable(e)) continue;
      throw e;
    }
  }
}

/** Writes `report` as a new sheet; returns its name. */
export async function insertReport(gateway: WorkbookGateway, report: Report, options: InsertOptions, onProgress?: (p: WriteProgress) => void): Promise<string> {
  return (await writeReport(gateway, report, options, onProgress)).sheet;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Replaces the sheet `existing` by `report` under the same name. `ownTables` are the tables on that
 * sheet (they go with it, so the new tables may take their names); other tables keep theirs.
 * Not retried here: a conflict means the sheet changed, which the caller looks at again.
 */
export async function replaceReport(
  gateway: WorkbookGateway,
  existing: string,
  report: Report,
  options: InsertOptions,
  ownTables: readonly string[],
  onProgress?: (p: WriteProgress) => void,
): Promise<WrittenSheet> {
  const tables = (await gateway.listTables()).filter((name) => !ownTables.some((own) => sameName(own, name)));
  const plan = planReport(report, options, existing, tables);
  await gateway.replaceSheet(existing, plan, onProgress);
  return { sheet: existing, tables: plan.tables.map((t) => t.name) };
}

/** The sheet's labels in `language`: its title and the Source / Formula rows every wizard writes. */
export function sheetLabels(language: Language, title: StringKey): ReportLabels {
  const s = (key: StringKey) => t(language, key);
  return { title: s(title), source: s("sheetSource"), formula: s("sheetFormula"), formulaNote: s("sheetFormulaNote") };
}
