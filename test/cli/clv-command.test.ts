// `cx ltv`, `cx clv-fit` and `cx clv-validate` end to end (in-process): the same tables as
// =CX.LTV, =CX.CLV.FIT / =CX.SPEND.FIT and the engine's holdout validation, xlsx output, and
// errors naming the flag.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { validateFromTransactions } from "../../src/core/clv";
import { epochDayFromYmd } from "../../src/core/table/date";
import { clvFit, clvSummary, ltv, spendFit } from "../../src/functions/clv";
import { ROOT, runCli } from "./run-cli";

// 16 customers, January to June 2024 (see test/functions/clv.test.ts for the hand-worked summary).
const FIXTURE = join(ROOT, "test", "fixtures", "clv", "small-transactions.csv");
const COLUMNS = ["--customer", "Customer", "--date", "Date", "--amount", "Amount"];
const grid = Papa.parse<string[]>(readFileSync(FIXTURE, "utf8"), { skipEmptyLines: false }).data.slice(0, -1);
const column = (j: number) => grid.map((row) => [row[j] ?? ""]);
const [IDS, DATES, AMOUNTS] = [column(1), column(2), column(3)];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-clv-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
/** JSON output as rows in the order of the given header. */
const body = (stdout: string, header: unknown[]) => (JSON.parse(stdout) as Row[]).map((o) => header.map((h) => o[h as string]));

describe("cx ltv", () => {
  test("writes the table =CX.LTV spills; the explanation goes to stderr", async () => {
    const r = await runCli("ltv", "-i", FIXTURE, ...COLUMNS, "--format", "json");
    expect(r.stderr).not.toMatch(/unexpected/i);
    expect(r.code).toBe(0);
    const spilled = ltv(IDS, DATES, AMOUNTS);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(spilled.slice(1)).toHaveLength(16);
    expect(r.stderr).toMatch(/^Lifetime value of 16 customers over the next 12 months, as of 2024-06-28/);
    // The refund of C05 and the blank amount of C14 are reported.
    expect(r.stderr).toContain("1 refund row (negative amounts) left out");
    expect(r.stderr).toMatch(/1 row skipped because Amount was blank \(row 38\)/);
  });

  test("options reach the engine as in =CX.LTV: horizon, discount rate, margin, as-of, model", async () => {
    const r = await runCli("ltv", "-i", FIXTURE, ...COLUMNS, "--horizon", "24", "--discount-rate", "8%", "--margin", "0.3", "--as-of", "2024-06-30", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const spilled = ltv(IDS, DATES, AMOUNTS, 24, "8%", 0.3, "2024-06-30");
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(r.stderr).toBe("");
  });

  test("--table parameters: the BG/NBD and Gamma-Gamma parameters with standard errors", async () => {
    const r = await runCli("ltv", "-i", FIXTURE, ...COLUMNS, "--table", "parameters", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((o) => `${o.Model} ${o.Parameter}`).slice(0, 4)).toEqual(["BG/NBD r", "BG/NBD alpha", "BG/NBD a", "BG/NBD b"]);
    expect(rows.some((o) => o.Model === "Gamma-Gamma" && o.Parameter === "p")).toBe(true);
  });

  test("xlsx output: a workbook with the table, numbers as numbers", async () => {
    const out = join(dir, "ltv.xlsx");
    const r = await runCli("ltv", "-i", FIXTURE, ...COLUMNS, "--out", out, "-q");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Lifetime value");
    expect(ws.getRow(1).values).toEqual([undefined, "Customer", "Repeat purchases", "Recency (weeks)", "Age (weeks)", "P(alive)", "Expected purchases", "Expected spend", "CLV"]);
    expect(ws.rowCount).toBe(17);
    expect(typeof ws.getCell("H2").value).toBe("number");
  });

  test("errors name the flag and say what is wrong", async () => {
    const run = (...extra: string[]) => runCli("ltv", "-i", FIXTURE, ...COLUMNS, ...extra);
    expect((await run("--horizon", "0")).stderr).toBe("cx ltv: --horizon: '0' must be a whole number from 1 to 1200\n");
    expect((await run("--margin", "1.5")).stderr).toBe("cx ltv: --margin: 1.5 must be a share of spend above 0 and at most 1 (write 0.3 or 30% for thirty percent)\n");
    expect((await run("--model", "ARIMA")).stderr).toBe('cx ltv: --model: "ARIMA" is not a model: use "BG/NBD", "MBG/NBD" or "Pareto/NBD"\n');
    const missing = await runCli("ltv", "-i", FIXTURE, "--customer", "Client", "--date", "Date", "--amount", "Amount");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("cx ltv: --customer: no column named 'Client' (the columns are: Order, Customer, Date, Amount)\n");
    const oneBuyer = join(dir, "one.csv");
    writeFileSync(oneBuyer, "Customer,Date,Amount\nA,2024-01-01,10\nB,2024-01-02,20\n");
    const none = await runCli("ltv", "-i", oneBuyer, ...COLUMNS);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      "cx ltv: no customer bought more than once (on different days), so repeat buying cannot be modelled; give a longer history\n",
    );
  });
});

describe("cx clv-fit", () => {
  test("from transactions: the table of =CX.CLV.FIT on the summary, then the rows of =CX.SPEND.FIT", async () => {
    const r = await runCli("clv-fit", "-i", FIXTURE, ...COLUMNS, "--format", "json", "-q");
    expect(r.code).toBe(0);
    const summary = clvSummary(IDS, DATES, AMOUNTS);
    const cols = (j: number) => summary.map((row) => [row[j]]);
    const fit = clvFit(cols(1), cols(2), cols(3));
    const spend = spendFit(cols(1), cols(4));
    expect(body(r.stdout, fit[0])).toEqual([...fit.slice(1), ...spend.slice(1)]);
  });

  test("from a customer summary, with --model and --monetary: the same rows as the functions on those columns", async () => {
    const file = join(dir, "summary.csv");
    const summary = clvSummary(IDS, DATES, AMOUNTS);
    writeFileSync(file, Papa.unparse(summary));
    const cols = (j: number) => summary.map((row) => [row[j]]);
    const r = await runCli(
      "clv-fit",
      "-i",
      file,
      "--frequency",
      "Frequency",
      "--recency",
      "Recency (weeks)",
      "--t",
      "T (weeks)",
      "--monetary",
      "Monetary",
      "--model",
      "MBG/NBD",
      "--format",
      "json",
      "-q",
    );
    expect(r.code).toBe(0);
    const fit = clvFit(cols(1), cols(2), cols(3), "MBG/NBD");
    const spend = spendFit(cols(1), cols(4));
    // CSV rounds nothing (shortest round-trip digits), so the fits see the same numbers.
    expect(body(r.stdout, fit[0])).toEqual([...fit.slice(1), ...spend.slice(1)]);
    expect((JSON.parse(r.stdout) as Row[])[0].Model).toBe("MBG/NBD");
  });

  test("input errors: both kinds of columns, a missing one, recency later than T at the file's row", async () => {
    const both = await runCli("clv-fit", "-i", FIXTURE, "--customer", "Customer", "--frequency", "x");
    expect(both.stderr).toBe("cx clv-fit: give either transaction columns (--customer, --date, --amount) or summary columns (--frequency, --recency, --t), not both\n");
    const partial = await runCli("clv-fit", "-i", FIXTURE, "--customer", "Customer");
    expect(partial.stderr).toBe("cx clv-fit: --date, --amount: needed with transaction input\n");
    const neither = await runCli("clv-fit", "-i", FIXTURE);
    expect(neither.code).toBe(1);
    const file = join(dir, "bad-summary.csv");
    // Line 3: t_x = 9 is later than T = 8; the message names the file's column.
    writeFileSync(file, "x,t_x,T\n2,5,10\n1,9,8\n0,0,6\n");
    const bad = await runCli("clv-fit", "-i", file, "--frequency", "x", "--recency", "t_x", "--t", "T");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("cx clv-fit: t_x, row 3: recency t_x = 9 is later than T = 8 (the last purchase cannot be after the end of the calibration period)\n");
  });
});

describe("cx clv-validate", () => {
  // Calibration January to March, holdout April to June: 12 customers with a first purchase by 03-31.
  const day = (iso: string) => epochDayFromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;

  test("actual vs predicted by calibration frequency, as the engine's validation; the verdict on stderr", async () => {
    const r = await runCli("clv-validate", "-i", FIXTURE, ...COLUMNS, "--calibration-end", "2024-03-31", "--unit", "days", "--format", "json");
    expect(r.code).toBe(0);
    const rows = body(r.stdout, ["Repeat purchases in calibration", "Customers", "Actual", "Predicted"]);
    // Engine on the same transactions (the blank-amount row left out, as the reader skips it).
    const tx = grid.slice(1).filter((row) => row.length === 4 && row[3] !== "");
    const v = validateFromTransactions(
      { customer: tx.map((row) => row[1]), day: tx.map((row) => day(row[2])), amount: tx.map((row) => Number(row[3])) },
      { calibrationEnd: day("2024-03-31"), unit: "days" },
    );
    expect(rows).toEqual(v.validation.rows.map((row) => [row.label, row.customers, row.actual, row.predicted]));
    expect(rows.reduce((s, row) => s + (row[1] as number), 0)).toBe(12);
    // Holdout purchases of the 12: C01 2, C02 1, C05 1, C06 3, C08 1, C10 2, C12 1 = 11.
    expect(v.validation.actualTotal).toBe(11);
    expect(r.stderr.split("\n")[0]).toBe(v.validation.verdictText);
  });

  test("--table tracking: cumulative repeat purchases per period to the end of the holdout", async () => {
    const r = await runCli("clv-validate", "-i", FIXTURE, ...COLUMNS, "--calibration-end", "2024-03-31", "--table", "tracking", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    // Weeks from the first purchase (01-03) to the last (06-27): 177 days -> 26 weeks.
    expect(rows).toHaveLength(26);
    const actual = rows.map((o) => o.Actual as number);
    for (let k = 1; k < actual.length; k++) expect(actual[k]).toBeGreaterThanOrEqual(actual[k - 1]);
  });

  test("errors: a missing or late calibration end, a holdout end before it", async () => {
    const missing = await runCli("clv-validate", "-i", FIXTURE, ...COLUMNS);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--calibration-end <date>' not specified/);
    const late = await runCli("clv-validate", "-i", FIXTURE, ...COLUMNS, "--calibration-end", "2024-12-31");
    expect(late.stderr).toBe(
      "cx clv-validate: --calibration-end: must fall before the end of the data, so that a holdout period remains to check the predictions against\n",
    );
    const before = await runCli("clv-validate", "-i", FIXTURE, ...COLUMNS, "--calibration-end", "2024-03-31", "--holdout-end", "2024-03-01");
    expect(before.stderr).toBe("cx clv-validate: --holdout-end: must be after --calibration-end\n");
  });
});
