// What the survey and experiment subcommands share: the input and output options, reading the
// input file, writing one table of a Report (the table the matching =CX.* function spills) with
// the explanation on stderr, and core's argument names replaced by the flags the user typed.
import { Command, Option } from "commander";
import { findTable, Report } from "../../core/report";
import { InputError } from "../../core/table/errors";
import { CliError } from "../errors";
import { CliIo, writeOutput } from "../io/output";
import { dropLeadingBlankRows, readGrid } from "../io/read-grid";
import { renderTable, TABLE_FORMATS, TableFormat, tableToWorkbook } from "../io/write-table";
import { outputFormat } from "./rfm";

export interface InputOptions {
  input: string;
  sheet?: string;
}

export interface OutputOptions {
  format?: TableFormat;
  out?: string;
  quiet?: boolean;
}

/** -i/--input (required) and --sheet. */
export function addInputOptions(cmd: Command, what: string): Command {
  return cmd
    .requiredOption("-i, --input <file>", `${what}: a CSV (comma, tab, semicolon or pipe separated) or .xlsx file with a header row`)
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first sheet)");
}

/** --format, -o/--out and -q/--quiet, as cx rfm has them. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--format <format>", "output format (default: from the --out extension, else csv)").choices(TABLE_FORMATS))
    .option("-o, --out <file>", "output file (default: stdout; xlsx needs a file)")
    .option("-q, --quiet", "do not print the explanation on stderr");
}

/** A file's rows with the header first; firstRowNumber is the header's line, so messages give the file's own row numbers. */
export async function readInputTable(input: string, sheet: string | undefined): Promise<{ rows: unknown[][]; firstRowNumber: number }> {
  const grid = await readGrid(input, { sheet });
  const { rows, firstRowNumber } = dropLeadingBlankRows(grid.rows);
  if (rows.length === 0) throw new CliError(`'${input}'${grid.sheet ? ` (sheet ${grid.sheet})` : ""} is empty`);
  return { rows, firstRowNumber };
}

/** Checks --format and --out before any work is done. */
export function chosenFormat(opts: OutputOptions): TableFormat {
  return outputFormat(opts.format, opts.out);
}

/** Writes the named table of the report (sheet sheetName in xlsx output) and, unless --quiet, the explanation on stderr. */
export async function writeReportTable(report: Report, tableName: string, sheetName: string, opts: OutputOptions, io: CliIo): Promise<void> {
  const format = chosenFormat(opts);
  const table = findTable(report, tableName);
  const data = format === "xlsx" ? Buffer.from((await tableToWorkbook(table, sheetName).xlsx.writeBuffer()) as ArrayBuffer) : await renderTable(table, format);
  await writeOutput(data, opts.out, io);
  if (!opts.quiet) {
    for (const line of report.explanation) io.stderr(`${line}\n`);
    if (opts.out) io.stderr(`Wrote ${table.rows.length.toLocaleString("en-US")} ${table.rows.length === 1 ? "row" : "rows"} (${table.title}) to ${opts.out}.\n`);
  }
}

/**
 * Core's message with the argument name replaced by the flag: "--confidence: ..." rather than
 * "confidence: ...". Only messages about an argument as a whole are renamed; messages about a
 * row of data already name the file's column. With everywhere, other argument names in the
 * message are replaced too ("--conversions-a: 90 is more than --visitors-a (80)"); only for
 * commands without an input file, whose messages quote no column names.
 */
export function withFlagName(e: unknown, flags: Record<string, string>, everywhere = false): unknown {
  if (!(e instanceof InputError) || e.row !== undefined || !e.argument || !e.message.startsWith(e.argument)) return e;
  const flag = flags[e.argument];
  if (!flag) return e;
  let rest = e.message.slice(e.argument.length);
  if (everywhere) {
    for (const [name, other] of Object.entries(flags)) rest = rest.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, "g"), other);
  }
  return new CliError(flag + rest);
}

/** Runs body, renaming core's argument names in its errors (see withFlagName). */
export async function withFlagNames<T>(flags: Record<string, string>, body: () => Promise<T>, everywhere = false): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw withFlagName(e, flags, everywhere);
  }
}

/** "Wifi F,Wifi D" -> ["Wifi F", "Wifi D"]: a comma-separated list of columns (header names or 1-based numbers). */
export function columnList(flag: string, text: string): string[] {
  const items = text.split(",").map((s) => s.trim());
  if (items.some((s) => s === "")) throw new CliError(`${flag}: '${text}' has an empty column name; separate header names or column numbers with commas`);
  return items;
}

/** How a column is named in messages: its header, else "column N". */
export function columnName(header: readonly unknown[], j: number): string {
  const h = header[j];
  return typeof h === "string" && h.trim() !== "" ? h.trim() : typeof h === "number" ? String(h) : `column ${j + 1}`;
}
