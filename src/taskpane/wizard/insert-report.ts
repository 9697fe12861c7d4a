// Writes a Report as a new sheet through the gateway: a free sheet name, free table names, the
// layout of src/excel/plan-report.ts. If someone takes the name meanwhile (co-authoring), a new
// name is picked once. Returns the sheet's name.
import type { Report } from "../../core/report";
import { WorkbookError, type WorkbookGateway, type WriteProgress } from "../../excel/gateway";
import { freeSheetName } from "../../excel/names";
import { planReportSheet, type ReportLabels } from "../../excel/plan-report";

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

export async function insertReport(gateway: WorkbookGateway, report: Report, options: InsertOptions, onProgress?: (p: WriteProgress) => void): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const [sheets, tables] = await Promise.all([gateway.listSheets(), gateway.listTables()]);
    const sheet = freeSheetName(options.baseName, sheets);
    const plan = planReportSheet(report, {
      sheetName: sheet,
      existingTables: tables,
      sourceAddress: options.sourceAddress,
      formula: options.formula,
      labels: options.labels,
      tablePrefix: options.tablePrefix,
      detailTables: options.detailTables,
    });
    try {
      await gateway.writeSheet(plan, onProgress);
      return sheet;
    } catch (e) {
      if (attempt === 0 && e instanceof WorkbookError && e.kind === "sheet-exists") continue;
      throw e;
    }
  }
}
