// `cx rfm`: RFM segmentation of a transactions file. A thin layer over src/core/rfm, like
// =CX.RFM: read the file into a grid, read the columns, run the analysis, write the table.
import { Command, Option } from "commander";
import { findTable } from "../../core/report";
import { rfmFromRead, rfmOptionsFromArgs, TRANSACTION_COLUMNS } from "../../core/rfm";
import { InputError } from "../../core/table/errors";
import { readTable } from "../../core/table/table";
import { CliError } from "../errors";
import { dropLeadingBlankRows, readGrid } from "../io/read-grid";
import { CliIo, writeOutput } from "../io/output";
import { renderTable, TABLE_FORMATS, TableFormat } from "../io/write-table";

export interface RfmCommandOptions {
  input: string;
  sheet?: string;
  customer: string;
  date: string;
  amount: string;
  asOf?: string;
  bins?: string;
  monetary?: string;
  mergeSameDay?: boolean;
  segmentMap?: string;
  summary?: boolean;
  format?: TableFormat;
  out?: string;
  quiet?: boolean;
}

export function rfmCommand(io: CliIo): Command {
  return new Command("rfm")
    .summary("RFM segmentation of customers from a transactions file")
    .description(
      "RFM segmentation from transactions: recency (days since the last order), frequency (orders) and monetary value " +
        "per customer, scores 1 to 5 (5 best) and a segment such as Champions or At Risk. Writes the table =CX.RFM spills " +
        "(or the segment summary of =CX.RFM.SUMMARY with --summary); the explanation goes to stderr.",
    )
    .requiredOption("-i, --input <file>", "transactions: a CSV (comma, tab, semicolon or pipe separated) or .xlsx file with a header row")
    .option("--sheet <name>", "sheet of an .xlsx input (default: the first sheet)")
    .requiredOption("--customer <column>", "customer id column: header name or 1-based column number")
    .requiredOption("--date <column>", "order date column: Excel dates, yyyy-mm-dd or yyyymmdd")
    .requiredOption("--amount <column>", "amount column; negative amounts are refunds, netted into spend")
    .option("--as-of <date>", "date of the analysis, yyyy-mm-dd (default: the day after the last transaction)")
    .option(
      "--bins <n|cuts>",
      "score levels, 2 to 9 (default 5), or your thresholds as 'R cuts;F cuts;M cuts', e.g. '30,90,180,365;1,2,4,8;50,100,250,500'",
    )
    .option("--monetary <kind>", "monetary value: total (default) or mean spend per order")
    .option("--merge-same-day", "count a customer's orders on the same day as one order")
    .option("--segment-map <file>", "your own segments: CSV or .xlsx rows of segment, R, F, M ranges (e.g. Champions,4-5,4-5,4-5); first match wins")
    .option("--summary", "write the segment summary instead of the customers table")
    .addOption(new Option("--format <format>", "output format (default: from the --out extension, else csv)").choices(TABLE_FORMATS))
    .option("-o, --out <file>", "output file (default: stdout; xlsx needs a file)")
    .option("-q, --quiet", "do not print the explanation on stderr")
    .addHelpText(
      "after",
      `
Examples:
  cx rfm --input orders.csv --customer "Customer ID" --date "Order Date" --amount Amount
  cx rfm -i orders.xlsx --sheet Orders --customer 2 --date 3 --amount 4 --summary --out segments.xlsx
  cx rfm -i orders.csv --customer 2 --date 3 --amount 4 --as-of 2025-01-01 --segment-map my-segments.csv --format json`,
    )
    .action(async (opts: RfmCommandOptions) => {
      await runRfm(opts, io);
    });
}

/** Output format: --format, else the --out extension, else csv. */
export function outputFormat(format: TableFormat | undefined, out: string | undefined): TableFormat {
  let chosen = format;
  if (!chosen && out) {
    const ext = /\.([A-Za-z]+)$/.exec(out)?.[1]?.toLowerCase();
    chosen = ext === "xlsx" || ext === "json" ? ext : "csv";
  }
  chosen ??= "csv";
  if (chosen === "xlsx" && !out) throw new CliError("xlsx output needs a file: give --out FILE.xlsx");
  return chosen;
}

/** Core argument names in messages, as the CLI user knows them. */
function flagOf(argument: string, opts: RfmCommandOptions): string | undefined {
  const flags: Record<string, string> = {
    as_of: "--as-of",
    bins: "--bins",
    monetary: "--monetary",
    merge_same_day: "--merge-same-day",
    segment_map: `--segment-map '${opts.segmentMap}'`,
  };
  return flags[argument];
}

/** --bins: a number, or thresholds "30,90,180;1,2,4;50,100,250" as the 3-row range =CX.RFM takes. */
export function binsArg(bins: string | undefined): unknown {
  if (bins === undefined || !bins.includes(";")) return bins;
  return bins.split(";").map((row) => row.split(",").map((cell) => cell.trim()));
}

/** Core's message with the argument name replaced by the flag: "--as-of: ..." rather than "as_of: ...". */
function withFlagNames(e: unknown, opts: RfmCommandOptions): unknown {
  if (!(e instanceof InputError) || !e.argument || !e.message.startsWith(e.argument)) return e;
  const flag = flagOf(e.argument, opts);
  return flag ? new CliError(flag + e.message.slice(e.argument.length)) : e;
}

export async function runRfm(opts: RfmCommandOptions, io: CliIo): Promise<void> {
  try {
    await rfm(opts, io);
  } catch (e) {
    throw withFlagNames(e, opts);
  }
}

async function rfm(opts: RfmCommandOptions, io: CliIo): Promise<void> {
  const format = outputFormat(opts.format, opts.out);
  const segmentMap = opts.segmentMap === undefined ? undefined : (await readGrid(opts.segmentMap)).rows;
  const rfmOptions = rfmOptionsFromArgs({
    asOf: opts.asOf,
    bins: binsArg(opts.bins),
    segmentMap,
    monetary: opts.monetary,
    mergeSameDay: opts.mergeSameDay,
  });

  const grid = await readGrid(opts.input, { sheet: opts.sheet });
  const { rows, firstRowNumber } = dropLeadingBlankRows(grid.rows);
  if (rows.length === 0) throw new CliError(`'${opts.input}'${grid.sheet ? ` (sheet ${grid.sheet})` : ""} is empty`);
  const read = readTable(
    rows,
    {
      customer: { ...TRANSACTION_COLUMNS.customer, label: "--customer", column: opts.customer },
      day: { ...TRANSACTION_COLUMNS.day, label: "--date", column: opts.date },
      amount: { ...TRANSACTION_COLUMNS.amount, label: "--amount", column: opts.amount },
    },
    { firstRowNumber },
  );
  const { report } = rfmFromRead(read, rfmOptions);
  const table = findTable(report, opts.summary ? "segments" : "customers");

  await writeOutput(await renderTable(table, format), opts.out, io);
  if (!opts.quiet) {
    for (const line of report.explanation) io.stderr(`${line}\n`);
    if (opts.out) io.stderr(`Wrote ${table.rows.length.toLocaleString("en-US")} rows (${table.title}) to ${opts.out}.\n`);
  }
}
