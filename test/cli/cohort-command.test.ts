// `cx cohort`, `cx funnel` and `cx churn` end to end (in-process): the same tables as =CX.COHORT,
// =CX.FUNNEL, =CX.CHURN and =CX.CHURN.RATE on the same data, xlsx output, and errors naming the
// flag or the file's column and line.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { churn, churnRate, cohort, funnel } from "../../src/functions/cohort";
import { runCli } from "./run-cli";

// The transactions of test/core/cohort/cohort.test.ts (January {A, B}, February {C, D}, April {E}), with a
// blank-amount row (line 13) and the customers of test/core/cohort/churn.test.ts in another file.
const ORDERS = `Order,Customer,Date,Amount
1,A,2024-01-05,10
2,A,2024-01-20,20
3,A,2024-02-10,30
4,A,2024-04-02,40
5,B,2024-01-15,5
6,B,2024-03-01,15
7,C,2024-02-03,100
8,C,2024-02-28,-20
9,C,2024-03-15,50
10,D,2024-02-20,7
11,E,2024-04-30,9
12,F,2024-04-30,
`;
const VISITS = `Customer,Date
A,2024-01-10
A,2024-02-05
A,2024-03-20
B,2024-01-15
C,2024-02-25
C,2024-03-05
D,2024-01-02
D,2024-03-10
E,2024-04-05
`;
const FUNNEL = `Stage,Users
Visit,1000
Product,600
Cart,240
Checkout,180
Purchase,150
`;

let dir: string;
const files: Record<string, string> = {};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-cohort-test-"));
  for (const [name, text] of Object.entries({ orders: ORDERS, visits: VISITS, funnel: FUNNEL })) {
    files[name] = join(dir, `${name}.csv`);
    writeFileSync(files[name], text);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Column j of a CSV text as an n x 1 range with its header, as a sheet would pass it. */
const column = (text: string, j: number) => Papa.parse<string[]>(text.trim()).data.map((row) => [row[j] ?? ""]);
type Row = Record<string, unknown>;
/** JSON output as rows in the order of the given header. */
const body = (stdout: string, header: unknown[]) => (JSON.parse(stdout) as Row[]).map((o) => header.map((h) => o[h as string]));

describe("cx cohort", () => {
  test("writes the table =CX.COHORT spills; the explanation goes to stderr", async () => {
    const r = await runCli("cohort", "-i", files.orders, "--customer", "Customer", "--date", "Date", "--format", "json");
    expect(r.stderr).not.toMatch(/unexpected/i);
    expect(r.code).toBe(0);
    const spilled = cohort(column(ORDERS, 1), column(ORDERS, 2));
    expect(spilled.slice(1, 4)).toEqual([
      ["2024-01", 2, 2, 1, 1, 1],
      ["2024-02", 2, 2, 1, 0, ""],
      ["2024-04", 2, 2, "", "", ""], // E and F (F has no amount, but amounts are not read here)
    ]);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(r.stderr).toMatch(/^3 cohorts of 6 customers by month of first purchase \(2024-01 to 2024-04\)/);
  });

  test("--measure revenue with --amount; --period; --table curves", async () => {
    const r = await runCli("cohort", "-i", files.orders, "--customer", "2", "--date", "3", "--amount", "Amount", "--measure", "revenue", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = cohort(column(ORDERS, 1), column(ORDERS, 2), "", "revenue", column(ORDERS, 3));
    expect(body(r.stdout, spilled[0])).toEqual([
      ["2024-01", 2, 35, 30, 15, 40],
      ["2024-02", 2, 87, 50, 0, ""],
      ["2024-04", 1, 9, "", "", ""],
    ]);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(r.stderr).toMatch(/1 row skipped because Amount was blank \(row 13\)/);
    const q = await runCli("cohort", "-i", files.orders, "--customer", "Customer", "--date", "Date", "--period", "quarter", "--measure", "retention", "--format", "json", "-q");
    const quarters = cohort(column(ORDERS, 1), column(ORDERS, 2), "quarter", "retention");
    expect(body(q.stdout, quarters[0])).toEqual(quarters.slice(1));
    expect(q.stderr).toBe("");
    const curves = await runCli("cohort", "-i", files.orders, "--customer", "Customer", "--date", "Date", "--table", "curves", "--format", "json", "-q");
    expect(JSON.parse(curves.stdout)[1]).toEqual({ "Months since first purchase": 1, "2024-01": 0.5, "2024-02": 0.5, "2024-04": "" });
  });

  test("xlsx output: sheet Cohorts, numbers as numbers", async () => {
    const out = join(dir, "cohorts.xlsx");
    const r = await runCli("cohort", "-i", files.orders, "--customer", "Customer", "--date", "Date", "--measure", "retention", "--out", out, "-q");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Cohorts");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["Cohort", "Customers", "Month 0", "Month 1", "Month 2", "Month 3"]);
    expect(ws.getCell("D2").value).toBe(0.5);
  });

  test("errors name the flag, or the file's column and line", async () => {
    const run = (...extra: string[]) => runCli("cohort", "-i", files.orders, "--customer", "Customer", "--date", "Date", ...extra);
    expect((await run("--measure", "revenue")).stderr).toBe('cx cohort: --amount: give the amounts of the transactions for the measure "revenue"\n');
    expect((await run("--period", "day")).stderr).toBe("cx cohort: --period: 'day' must be one of: week, month, quarter, year\n");
    expect((await run("--measure", "ltv")).stderr).toBe("cx cohort: --measure: 'ltv' must be one of: customers, retention, revenue\n");
    const missing = await runCli("cohort", "-i", files.orders, "--customer", "Client", "--date", "Date");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("cx cohort: --customer: no column named 'Client' (the columns are: Order, Customer, Date, Amount)\n");
    const bad = join(dir, "bad-date.csv");
    writeFileSync(bad, "Customer,Date\nA,2024-01-05\nB,5/1/2024\n");
    expect((await runCli("cohort", "-i", bad, "--customer", "Customer", "--date", "Date")).stderr).toMatch(/^cx cohort: Date, row 3: '5\/1\/2024' is not a date/);
  });
});

describe("cx funnel", () => {
  test("writes the table =CX.FUNNEL spills, the biggest drop in the explanation", async () => {
    const r = await runCli("funnel", "-i", files.funnel, "--stage", "Stage", "--count", "Users", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = funnel(column(FUNNEL, 0), column(FUNNEL, 1));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(body(r.stdout, spilled[0])[2]).toEqual(["Cart", 240, 0.4, 0.24, 360, "Biggest drop"]);
    expect(r.stderr).toContain("The biggest drop is from 'Product' to 'Cart': 60.0% of 600 did not continue (360 lost).");
  });

  test("a count that increases is an error naming the column and line", async () => {
    const bad = join(dir, "bad-funnel.csv");
    writeFileSync(bad, "Stage,Users\nVisit,1000\nProduct,600\nCart,700\n");
    const r = await runCli("funnel", "-i", bad, "--stage", "Stage", "--count", "Users");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx funnel: Users, row 4: 700 is more than the stage before ('Product', 600): counts must not increase down a funnel (check the stage order)\n");
  });
});

describe("cx churn", () => {
  test("each customer's status, as =CX.CHURN", async () => {
    const r = await runCli("churn", "-i", files.visits, "--customer", "Customer", "--date", "Date", "--as-of", "2024-04-01", "--inactive-days", "30", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = churn(column(VISITS, 0), column(VISITS, 1), "2024-04-01", 30);
    expect(body(r.stdout, spilled[0]).map((row) => [row[0], row[5]])).toEqual([
      ["A", "Active"],
      ["B", "Churned"],
      ["C", "Active"],
      ["D", "Active"],
    ]);
    expect(body(r.stdout, spilled[0]).map((row) => row.filter((_, j) => j !== 1 && j !== 2))).toEqual(spilled.slice(1).map((row) => row.filter((_, j) => j !== 1 && j !== 2)));
    expect(r.stderr).toMatch(/^4 customers as of 2024-04-01: 1 churned \(25%\), 3 active\./);
  });

  test("--table rates: the table of =CX.CHURN.RATE; --table summary", async () => {
    const r = await runCli("churn", "-i", files.visits, "--customer", "Customer", "--date", "Date", "--as-of", "2024-04-01", "--inactive-days", "30", "--table", "rates", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const spilled = churnRate(column(VISITS, 0), column(VISITS, 1), "month", "2024-04-01", 30);
    const rows = body(r.stdout, spilled[0]);
    expect(rows.map((row) => row.filter((_, j) => j !== 1 && j !== 2))).toEqual([
      ["2024-01", 0, 0, "", 3, 3],
      ["2024-02", 3, 2, 2 / 3, 1, 2],
      ["2024-03", 2, 0, 0, 0, 3],
    ]);
    const s = await runCli("churn", "-i", files.visits, "--customer", "Customer", "--date", "Date", "--as-of", "2024-04-01", "--inactive-days", "30", "--table", "summary", "--format", "json", "-q");
    expect(JSON.parse(s.stdout)).toEqual([
      { Status: "Active", Customers: 3, "Share of customers": 0.75 },
      { Status: "Churned", Customers: 1, "Share of customers": 0.25 },
    ]);
  });

  test("errors name the flag", async () => {
    const run = (...extra: string[]) => runCli("churn", "-i", files.visits, "--customer", "Customer", "--date", "Date", ...extra);
    expect((await run("--inactive-days", "0")).stderr).toBe("cx churn: --inactive-days: '0' must be a whole number from 1 to 36500\n");
    expect((await run("--as-of", "2023-01-01")).stderr).toBe("cx churn: --as-of: 2023-01-01 is before the first transaction (2024-01-02)\n");
    expect((await run("--as-of", "someday")).stderr).toBe("cx churn: --as-of: 'someday' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)\n");
    expect((await run("--period", "quarter")).stderr).toBe("cx churn: --period applies to --table rates only\n");
    expect((await run("--table", "rates", "--period", "day")).stderr).toBe("cx churn: --period: 'day' must be one of: week, month, quarter, year\n");
  });
});
