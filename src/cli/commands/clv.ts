// `cx ltv`, `cx clv-fit` and `cx clv-validate`: lifetime value of a transactions file, the model
// parameters, and the holdout check. Thin layers over src/core/clv, writing the tables =CX.LTV,
// =CX.CLV.FIT (with =CX.SPEND.FIT) and the wizard's validation sheet hold.
import { Command, Option } from "commander";
import {
  fitGammaGamma,
  ltvFromTransactions,
  ltvOptionsFromArgs,
  ltvReport,
  modelArg,
  purchaseModels,
  summarizeTransactions,
  unitArg,
  validateFromTransactions,
  validationReport,
} from "../../core/clv";
import { atSourceRows, fitRows, parametersOf, REPEAT_COLUMNS, spendRows } from "../../core/clv/fit-tables";
import type { Report } from "../../core/report";
import { TRANSACTION_COLUMNS } from "../../core/rfm";
import { argError, InputError } from "../../core/table/errors";
import { describeSkips } from "../../core/table/notes";
import { dateArg, numberArg } from "../../core/table/scalars";
import { readTable } from "../../core/table/table";
import { CliError } from "../errors";
import { CliIo } from "../io/output";
import { addInputOptions, addOutputOptions, chosenFormat, InputOptions, OutputOptions, readInputTable, withFlagNames, writeReportTable } from "./common";

interface TransactionOptions extends InputOptions, OutputOptions {
  customer?: string;
  date?: string;
  amount?: string;
  model?: string;
  unit?: string;
  penalizer?: string;
}

/** Core's argument names as the flags the user typed. */
const CLV_FLAGS: Record<string, string> = {
  horizon_months: "--horizon",
  annual_discount_rate: "--discount-rate",
  margin: "--margin",
  as_of: "--as-of",
  model: "--model",
  unit: "--unit",
  penalizer: "--penalizer",
  calibration_end: "--calibration-end",
  holdout_end: "--holdout-end",
  customer_ids: "--customer",
  dates: "--date",
  amounts: "--amount",
};

function addTransactionColumns(cmd: Command, required: boolean): Command {
  const add = (flags: string, text: string) => (required ? cmd.requiredOption(flags, text) : cmd.option(flags, text));
  add("--customer <column>", "customer id column: header name or 1-based column number");
  add("--date <column>", "purchase date column: Excel dates, yyyy-mm-dd or yyyymmdd");
  add("--amount <column>", "amount column; negative amounts are refunds and are left out");
  return cmd;
}

function addModelOptions(cmd: Command): Command {
  return cmd
    .option("--model <model>", "purchase model: BG/NBD (default), MBG/NBD or Pareto/NBD")
    .option("--penalizer <lambda>", "L2 penalty on the parameters, 0 (default) or more, e.g. 0.001 to 0.1 when a fit runs away");
}

function penalizerOf(opts: TransactionOptions): number {
  return numberArg("penalizer", opts.penalizer, 0, (p) => (p >= 0 && p <= 1000 ? undefined : `${p} must be a number from 0 to 1000`));
}

/** Reads the transaction columns of the input file (header names or positions). */
async function readTransactionsFile(opts: TransactionOptions) {
  const { rows, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
  const read = readTable(
    rows,
    {
      customer: { ...TRANSACTION_COLUMNS.customer, label: "--customer", column: opts.customer ?? "" },
      day: { ...TRANSACTION_COLUMNS.day, label: "--date", column: opts.date ?? "" },
      amount: { ...TRANSACTION_COLUMNS.amount, label: "--amount", column: opts.amount ?? "" },
    },
    { firstRowNumber },
  );
  if (read.length === 0) throw new CliError(`'${opts.input}' has no transaction rows with data`);
  return read;
}

interface LtvCommandOptions extends TransactionOptions {
  horizon?: string;
  discountRate?: string;
  margin?: string;
  asOf?: string;
  table?: string;
}

const LTV_TABLES = ["customers", "parameters", "top", "deciles"] as const;

export function ltvCommand(io: CliIo): Command {
  const cmd = new Command("ltv")
    .summary("customer lifetime value from a transactions file (BG/NBD or Pareto/NBD with Gamma-Gamma)")
    .description(
      "Customer lifetime value: a repeat-purchase model (BG/NBD by default) and the Gamma-Gamma spend model fitted on the " +
        "transactions, then per customer P(alive), expected purchases and spend over the horizon and the discounted value. " +
        "Writes the table =CX.LTV spills (or, with --table, the fitted parameters, the top customers or the value by decile); " +
        "the explanation goes to stderr.",
    );
  addInputOptions(cmd, "transactions, one row per purchase");
  addTransactionColumns(cmd, true)
    .option("--horizon <months>", "months ahead to value, 1 to 1200 (default 12)")
    .option("--discount-rate <rate>", "yearly discount rate: 0.1 or 10% (default), applied monthly")
    .option("--margin <share>", "profit margin as a share of spend, above 0 and at most 1 (default 1: value in revenue)")
    .option("--as-of <date>", "date of the analysis, yyyy-mm-dd (default: the day after the last transaction)")
    .option("--unit <unit>", "time unit of the fit: days, weeks (default) or months");
  addModelOptions(cmd).addOption(new Option("--table <table>", "which table to write (default customers)").choices(LTV_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx ltv --input orders.csv --customer "Customer ID" --date "Order Date" --amount Amount
  cx ltv -i orders.xlsx --customer 1 --date 2 --amount 3 --horizon 24 --discount-rate 8% --margin 30% --out ltv.xlsx
  cx ltv -i orders.csv --customer 1 --date 2 --amount 3 --model Pareto/NBD --table parameters`,
    )
    .action(async (opts: LtvCommandOptions) => {
      await withFlagNames(CLV_FLAGS, () => runLtv(opts, io));
    });
}

async function runLtv(opts: LtvCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const options = {
    ...ltvOptionsFromArgs({
      horizonMonths: opts.horizon,
      annualDiscountRate: opts.discountRate,
      margin: opts.margin,
      asOf: opts.asOf,
      model: opts.model,
      unit: opts.unit,
    }),
    penalizer: penalizerOf(opts),
  };
  const read = await readTransactionsFile(opts);
  const report = ltvReport(ltvFromTransactions(read.columns, options), describeSkips(read));
  const table = opts.table ?? "customers";
  await writeReportTable(report, table, table === "customers" ? "Lifetime value" : table, opts, io);
}

interface ClvFitCommandOptions extends TransactionOptions {
  frequency?: string;
  recency?: string;
  t?: string;
  monetary?: string;
  asOf?: string;
}

export function clvFitCommand(io: CliIo): Command {
  const cmd = new Command("clv-fit")
    .summary("fit the lifetime-value models: parameters, standard errors, log-likelihood")
    .description(
      "Fits a repeat-purchase model (BG/NBD, MBG/NBD or Pareto/NBD) and the Gamma-Gamma spend model, either on a " +
        "transactions file (--customer, --date, --amount) or on a customer summary (--frequency, --recency, --t, and " +
        "--monetary for the spend model) such as =CX.CLV.SUMMARY spills. Writes the table of =CX.CLV.FIT followed by the " +
        "rows of =CX.SPEND.FIT; the explanation goes to stderr.",
    );
  addInputOptions(cmd, "transactions (one row per purchase) or a customer summary (one row per customer)");
  addTransactionColumns(cmd, false)
    .option("--frequency <column>", "summary input: repeat purchases of each customer")
    .option("--recency <column>", "summary input: time from first to last purchase")
    .option("--t <column>", "summary input: time from first purchase to the end of the period (T)")
    .option("--monetary <column>", "summary input: mean repeat spend; adds the Gamma-Gamma fit")
    .option("--as-of <date>", "transactions input: end of the period, yyyy-mm-dd (default: the day after the last transaction)")
    .option("--unit <unit>", "transactions input: time unit of recency and T, days, weeks (default) or months");
  addModelOptions(cmd);
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx clv-fit --input orders.csv --customer 1 --date 2 --amount 3 --model Pareto/NBD
  cx clv-fit -i summary.csv --frequency frequency --recency recency --t T --monetary monetary_value`,
    )
    .action(async (opts: ClvFitCommandOptions) => {
      await withFlagNames(CLV_FLAGS, () => runClvFit(opts, io));
    });
}

async function runClvFit(opts: ClvFitCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const fromTransactions = [opts.customer, opts.date, opts.amount].some((v) => v !== undefined);
  const fromSummary = [opts.frequency, opts.recency, opts.t, opts.monetary].some((v) => v !== undefined);
  if (fromTransactions === fromSummary) {
    throw new CliError(
      fromTransactions
        ? "give either transaction columns (--customer, --date, --amount) or summary columns (--frequency, --recency, --t), not both"
        : "give the transaction columns (--customer, --date, --amount) or the summary columns (--frequency, --recency, --t)",
    );
  }
  const model = purchaseModels[modelArg(opts.model)];
  const penalizer = penalizerOf(opts);
  let rows;
  const notes: string[] = [];
  if (fromTransactions) {
    const missing = (["customer", "date", "amount"] as const).filter((k) => opts[k] === undefined).map((k) => `--${k}`);
    if (missing.length > 0) throw new CliError(`${missing.join(", ")}: needed with transaction input`);
    const unit = unitArg(opts.unit);
    const asOf = dateArg("as_of", opts.asOf);
    const read = await readTransactionsFile(opts);
    const summary = summarizeTransactions(read.columns, { unit, asOf });
    if (summary.customer.length === 0) throw new InputError("--amount: no purchases on or before the as-of date (negative amounts are refunds)");
    const fit = model.fit(summary, { penalizer });
    const spend = fitGammaGamma(summary, { penalizer });
    rows = [...fitRows(model.label, fit), ...spendRows(spend)];
    notes.push(`${summary.customer.length.toLocaleString("en-US")} customers, recency and T in ${unit}.`, ...describeSkips(read));
    notes.push(...[...fit.warnings, ...spend.warnings].map((w) => w.message));
  } else {
    if (opts.unit !== undefined || opts.asOf !== undefined) throw new CliError("--unit and --as-of apply to transaction input only");
    const missing = (["frequency", "recency", "t"] as const).filter((k) => opts[k] === undefined).map((k) => `--${k}`);
    if (missing.length > 0) throw new CliError(`${missing.join(", ")}: needed with summary input`);
    const { rows: grid, firstRowNumber } = await readInputTable(opts.input, opts.sheet);
    const read = readTable(
      grid,
      {
        frequency: { ...REPEAT_COLUMNS.frequency, label: "--frequency", column: opts.frequency ?? "" },
        recency: { ...REPEAT_COLUMNS.recency, label: "--recency", column: opts.recency ?? "" },
        T: { ...REPEAT_COLUMNS.T, label: "--t", column: opts.t ?? "" },
        ...(opts.monetary !== undefined ? { monetary: { kind: "number", label: "--monetary", blank: "zero", column: opts.monetary } as const } : {}),
      },
      { firstRowNumber },
    );
    if (read.length === 0) throw new CliError(`'${opts.input}' has no customer rows with data`);
    const cols = read.columns as typeof read.columns & { monetary?: Float64Array | number[] };
    const fit = atSourceRows(read, () => model.fit(cols, { penalizer }));
    rows = fitRows(model.label, fit);
    notes.push(...fit.warnings.map((w) => w.message));
    if (cols.monetary) {
      const monetary = cols.monetary;
      const spend = fitGammaGamma({ frequency: cols.frequency, monetary }, { penalizer });
      rows.push(...spendRows(spend));
      notes.push(...spend.warnings.map((w) => w.message));
    }
    notes.push(...describeSkips(read));
  }
  const report: Report = {
    title: "Lifetime-value model fit",
    facts: [],
    tables: [parametersOf(rows)],
    charts: [],
    explanation: [`${model.label} fitted by maximum likelihood; standard errors from the Hessian.`, ...notes],
  };
  await writeReportTable(report, "parameters", "Parameters", opts, io);
}

interface ClvValidateCommandOptions extends TransactionOptions {
  calibrationEnd: string;
  holdoutEnd?: string;
  table?: string;
}

const VALIDATION_TABLES = ["validation", "tracking", "parameters"] as const;

export function clvValidateCommand(io: CliIo): Command {
  const cmd = new Command("clv-validate")
    .summary("holdout check of a lifetime-value model: fit on a calibration period, predict the next")
    .description(
      "Fits the repeat-purchase model on the transactions up to --calibration-end and predicts each customer's purchases " +
        "in the holdout period after it; writes actual vs predicted purchases per customer by calibration frequency (or, " +
        "with --table, the cumulative tracking by period or the parameters). The verdict goes to stderr.",
    );
  addInputOptions(cmd, "transactions, one row per purchase");
  addTransactionColumns(cmd, true)
    .requiredOption("--calibration-end <date>", "last day of the calibration period, yyyy-mm-dd")
    .option("--holdout-end <date>", "last day of the holdout (default: the last transaction)")
    .option("--unit <unit>", "time unit of the fit: days, weeks (default) or months");
  addModelOptions(cmd).addOption(new Option("--table <table>", "which table to write (default validation)").choices(VALIDATION_TABLES));
  return addOutputOptions(cmd)
    .addHelpText(
      "after",
      `
Examples:
  cx clv-validate --input cdnow.csv --customer 1 --date 2 --amount 4 --calibration-end 1997-09-30
  cx clv-validate -i orders.csv --customer 1 --date 2 --amount 3 --calibration-end 2024-06-30 --table tracking --out tracking.csv`,
    )
    .action(async (opts: ClvValidateCommandOptions) => {
      await withFlagNames(CLV_FLAGS, () => runClvValidate(opts, io));
    });
}

async function runClvValidate(opts: ClvValidateCommandOptions, io: CliIo): Promise<void> {
  chosenFormat(opts);
  const calibrationEnd = dateArg("calibration_end", opts.calibrationEnd);
  if (calibrationEnd === undefined) throw argError("calibration_end", "is required (yyyy-mm-dd)");
  const holdoutEnd = dateArg("holdout_end", opts.holdoutEnd);
  if (holdoutEnd !== undefined && !(holdoutEnd > calibrationEnd)) throw argError("holdout_end", "must be after --calibration-end");
  const options = { calibrationEnd, holdoutEnd, model: modelArg(opts.model), unit: unitArg(opts.unit), penalizer: penalizerOf(opts) };
  const read = await readTransactionsFile(opts);
  const report = validationReport(validateFromTransactions(read.columns, options), describeSkips(read));
  const table = opts.table ?? "validation";
  await writeReportTable(report, table, table, opts, io);
}
