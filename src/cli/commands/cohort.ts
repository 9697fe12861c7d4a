// `cx cohort`, `cx funnel` and `cx churn`: acquisition cohorts, conversion funnels and churn of a
// file. Thin layers over src/core/cohort writing the tables =CX.COHORT, =CX.FUNNEL, =CX.CHURN and
// =CX.CHURN.RATE spill.
import { Command, Option } from "commander";
import {
  ACTIVITY_COLUMNS,
  churnAnalysis,
  churnOptionsFromArgs,
  churnReport,
  COHORT_AMOUNT_COLUMNS,
  cohortFromRead,
  cohortOptionsFromArgs,
  FUNNEL_COLUMNS,
  funnelFromRead,
} from "../../core/cohort";
import { describeSkips } from "../../core/table/notes";
import { readTable } from "../../core/table/table";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

/** Core's argument names as the flags the user typed. */
const COHORT_FLAGS: Record<string, string> = {
  customer_ids: "--customer",
  dates: "--date",
  amounts: "--amount",
  period: "--period",
  measure: "--measure",
  as_of: "--as-of",
  inactive_days: "--inactive-days",
  stage_names: "--stage",
  counts: "--count",
};

interface ActivityOptions extends InputOptions, OutputOptions {
  customer: string;
  date: string;
  period?: string;
}

function addActivityColumns(cmd: Command): Command {
  return cmd
    .requiredOption("--customer <column>", "customer id column: header name or 1-based column number")
    .requiredOption("--date <column>", "purchase date column: Excel dates, yyyy-mm-dd or yyyymmdd");
}

async function readActivityFile(opts: ActivityOptions & { amount?: string }) {
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const customer = { ...ACTIVITY_COLUMNS.customer, label: "--customer", column: opts.customer };
  const day = { ...ACTIVITY_COLUMNS.day, label: "--date", column: opts.date };
  const read =
    opts.amount === undefined
      ? readTable(rows, { customer, day }, { firstRowNumber })
      : readTable(rows, { customer, day, amount: { ...COHORT_AMOUNT_COLUMNS.amount, label: "--amount", column: opts.amount } }, { firstRowNumber });
  if (read.length === 0) throw new CliError(`'${opts.input}' has no transaction rows with data`);
  return read;
}

interface CohortCommandOptions extends ActivityOptions {
  amount?: string;
  measure?: string;
  table?: string;
}

const COHORT_TABLES = ["cohorts", "curves"] as const;

export function cohortCommand(io: CliIo): Command {
  const cmd = new Command("cohort")
    .summary("acquisition cohorts: customers by period of first purchase, followed period by period")
    .description(
      "Groups customers by the month (week, quarter or year) of their first purchase and follows each cohort in the " +
        "periods since: the customers who bought again (--measure customers, the default), their share of the cohort " +
        "(retention) or their revenue (needs --amount). Writes the table =CX.COHORT spills (or, with --table curves, the " +
        "retention curves of the latest 12 cohorts); the explanation goes to stderr.",
    );
  addInputOptions(cmd, "transactions, one row per purchase");
  addActivityColumns(cmd)
    .option("--amount <column>", "amount column, for --measure revenue; negative amounts are refunds, netted into revenue")
    .option("--period <period>", "cohort period: week (ISO, Monday to Sunday), month (default), quarter or year")
    .option("--measure <measure>", "customers (default), retention or revenue")
    .addOption(new Option("--table <table>", "which table to write (default cohorts)").choices(COHORT_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx cohort --input orders.csv --customer "Customer ID" --date "Order Date"
  cx cohort -i orders.xlsx --customer 1 --date 2 --measure retention --period quarter --out cohorts.xlsx
  cx cohort -i orders.csv --customer 1 --date 2 --amount 3 --measure revenue --format json`,
    )
    .action(async (opts: CohortCommandOptions) => {
      await withFlagNames(COHORT_FLAGS, () => runCohort(opts, io));
    });
}

async function runCohort(opts: CohortCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const options = cohortOptionsFromArgs({ period: opts.period, measure: opts.measure });
  const read = await readActivityFile(opts);
  const report = cohortFromRead(read, options);
  const table = opts.table ?? "cohorts";
  await writeReportTable(report, table, table === "cohorts" ? "Cohorts" : "Retention curves", opts, io);
}

interface FunnelCommandOptions extends InputOptions, OutputOptions {
  stage: string;
  count: string;
}

export function funnelCommand(io: CliIo): Command {
  const cmd = new Command("funnel")
    .summary("conversion funnel: step and overall conversion, the biggest drop")
    .description(
      "A conversion funnel from one row per stage, top of the funnel first: the step conversion (count / the stage " +
        "before), the overall conversion (count / the first stage), the people lost at each step, and the biggest drop " +
        "(the lowest step conversion) flagged. Counts must not increase down the funnel. Writes the table =CX.FUNNEL spills; " +
        "the explanation goes to stderr.",
    );
  addInputOptions(cmd, "stages, one row per stage in funnel order")
    .requiredOption("--stage <column>", "stage name column: header name or 1-based column number")
    .requiredOption("--count <column>", "column of the people who reached each stage");
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx funnel --input funnel.csv --stage Stage --count Users
  cx funnel -i funnel.xlsx --stage 1 --count 2 --out funnel-report.xlsx`,
    )
    .action(async (opts: FunnelCommandOptions) => {
      await withFlagNames(COHORT_FLAGS, () => runFunnel(opts, io));
    });
}

async function runFunnel(opts: FunnelCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const read = readTable(
    rows,
    {
      stage: { ...FUNNEL_COLUMNS.stage, label: "--stage", column: opts.stage },
      count: { ...FUNNEL_COLUMNS.count, label: "--count", column: opts.count },
    },
    { firstRowNumber },
  );
  await writeReportTable(funnelFromRead(read), "funnel", "Funnel", opts, io);
}

interface ChurnCommandOptions extends ActivityOptions {
  asOf?: string;
  inactiveDays?: string;
  table?: string;
}

const CHURN_TABLES = ["customers", "rates", "summary"] as const;

export function churnCommand(io: CliIo): Command {
  const cmd = new Command("churn")
    .summary("churn from purchase dates: each customer's status, or the churn rate by period")
    .description(
      "A customer has churned when their last purchase is more than --inactive-days days (default 90) before the as-of " +
        "date. Writes the table =CX.CHURN spills (every customer's status); with --table rates the table of " +
        "=CX.CHURN.RATE (of the customers active at the start of each period, the share no longer active at its end), " +
        "with --table summary the active and churned counts. The explanation goes to stderr.",
    );
  addInputOptions(cmd, "transactions, one row per purchase");
  addActivityColumns(cmd)
    .option("--as-of <date>", "date of the analysis, yyyy-mm-dd (default: the day after the last transaction)")
    .option("--inactive-days <days>", "days without a purchase after which a customer has churned, 1 to 36500 (default 90)")
    .option("--period <period>", "period of --table rates: week, month (default), quarter or year")
    .addOption(new Option("--table <table>", "which table to write (default customers)").choices(CHURN_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx churn --input orders.csv --customer "Customer ID" --date "Order Date"
  cx churn -i orders.csv --customer 1 --date 2 --inactive-days 60 --as-of 2025-01-01 --out churn.xlsx
  cx churn -i orders.csv --customer 1 --date 2 --table rates --period quarter`,
    )
    .action(async (opts: ChurnCommandOptions) => {
      await withFlagNames(COHORT_FLAGS, () => runChurn(opts, io));
    });
}

async function runChurn(opts: ChurnCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const table = opts.table ?? "customers";
  if (opts.period !== undefined && table !== "rates") throw new CliError("--period applies to --table rates only");
  const options = churnOptionsFromArgs({ asOf: opts.asOf, inactiveDays: opts.inactiveDays, period: opts.period });
  const read = await readActivityFile(opts);
  const result = churnAnalysis(read.columns, options);
  if (table === "rates" && result.ratesProblem) throw result.ratesProblem;
  const sheet = table === "customers" ? "Churn" : table === "rates" ? `Churn rate by ${options.period}` : "Churn summary";
  await writeReportTable(churnReport(result, describeSkips(read)), table, sheet, opts, io);
}
