// `cx rfm` end to end (in-process): values worked out by hand, equality with =CX.RFM's spill,
// output formats, errors as one line with the file's row numbers, and the example data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { rfm, rfmSummary } from "../../src/functions/rfm";
import { fixture, ROOT, runCli } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-rfm-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SMALL = fixture("small-orders.csv");
const COLS = ["--customer", "Customer", "--date", "Date", "--amount", "Amount"];
const parseCsv = (text: string) => Papa.parse<string[]>(text.trimEnd(), { delimiter: "," }).data;

/*
 * small-orders.csv, by hand. Kept rows: line 11 (C, blank amount) is skipped, line 7 is empty.
 * The last transaction is B on 2024-03-31, so as of 2024-04-01.
 *   A: 2024-01-10 100, 2024-02-01 50, 2024-03-05 25.50 -> F 3, M 175.5, last 03-05, R 27 days
 *   B: 01-15 20, 03-01 30, refund 03-05 -20 (not an order), 03-31 40 -> F 3, M 70, R 1
 *   C: 02-20 "$200.00" -> F 1, M 200, last 02-20, R 41 (9 days of Feb 2024 + 31 + 1)
 *   D: "20240310" 10 -> F 1, M 10, R 22
 * Quantile cuts (PERCENTILE.INC at 0.2..0.8, h = 3p):
 *   recency [1,22,27,41]: 13.6, 23, 26, 32.6 -> R = 5 - (cuts below): A 2, B 5, C 1, D 4
 *   frequency [1,1,3,3]:  1, 1.4, 2.6, 3    -> F = 1 + (cuts below): A 4, B 4, C 1, D 1
 *   monetary [10,70,175.5,200]: 46, 91.1, 154.4, 185.3 -> M: A 4, B 2, C 5, D 1
 * Segments on the standard grid (row R, FM band from 2(F+M-2) vs 4, 8, 12):
 *   A R2 F+M 8 -> band 3: At Risk; B R5 F+M 6 -> band 2: Loyal Customers;
 *   C R1 F+M 6 -> band 2: At Risk; D R4 F+M 2 -> band 0: Promising.
 */
const HEADER = ["Customer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"];
const EXPECTED = [
  ["A", 27, 3, 175.5, 2, 4, 4, "244", "At Risk"],
  ["B", 1, 3, 70, 5, 4, 2, "542", "Loyal Customers"],
  ["C", 41, 1, 200, 1, 1, 5, "115", "At Risk"],
  ["D", 22, 1, 10, 4, 1, 1, "411", "Promising"],
];

describe("cx rfm on a hand-made CSV", () => {
  test("writes the customers table as CSV on stdout, values as worked out by hand", async () => {
    const r = await runCli("rfm", "--input", SMALL, ...COLS);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual(EXPECTED.map((row) => row.map(String)));
  });

  test("prints the explanation on stderr, naming the skipped row by its line in the file", async () => {
    const r = await runCli("rfm", "--input", SMALL, ...COLS);
    expect(r.stderr).toContain("RFM of 4 customers from 8 orders as of 2024-04-01");
    expect(r.stderr).toContain("1 refund (negative amounts) netted into spend");
    expect(r.stderr).toContain("1 row skipped because Amount was blank (row 11)");
    expect(r.stderr).toContain("1 empty row ignored");
    expect(r.stdout).not.toContain("RFM of");
  });

  test("--quiet leaves stderr empty", async () => {
    const r = await runCli("rfm", "--input", SMALL, ...COLS, "--quiet");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  test("columns can be given by 1-based number, and header names ignore case and spacing", async () => {
    const byNumber = await runCli("rfm", "-i", SMALL, "--customer", "2", "--date", "3", "--amount", "4", "-q");
    const byName = await runCli("rfm", "-i", SMALL, "--customer", " customer ", "--date", "DATE", "--amount", "amount", "-q");
    expect(byNumber.code).toBe(0);
    expect(byName.stdout).toBe(byNumber.stdout);
    expect(parseCsv(byNumber.stdout)[1]).toEqual(EXPECTED[0].map(String));
  });

  test("CSV output equals what =CX.RFM spills for the same cells", async () => {
    const grid = Papa.parse<string[]>(readFileSync(SMALL, "utf8"), { skipEmptyLines: false }).data.slice(0, -1);
    // The three columns as Excel passes them: n x 1 ranges of the cells as typed (text here).
    const column = (j: number) => grid.map((row) => [row[j] ?? ""]);
    const spilled = rfm(column(1), column(2), column(3));
    const r = await runCli("rfm", "--input", SMALL, ...COLS, "-q");
    expect(parseCsv(r.stdout)).toEqual(spilled.map((row) => row.map(String)));
    // And the JSON output keeps the numbers as numbers: the same values, not just the same text.
    const json = await runCli("rfm", "--input", SMALL, ...COLS, "-q", "--format", "json");
    const objects = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(objects.map((o) => HEADER.map((h) => o[h]))).toEqual(spilled.slice(1));
  });

  test("--summary writes the segment summary, equal to =CX.RFM.SUMMARY", async () => {
    const r = await runCli("rfm", "--input", SMALL, ...COLS, "--summary", "--format", "json", "-q");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, number | string>[];
    // Standard-map order; At Risk = A and C: mean recency (27+41)/2, mean monetary (175.5+200)/2.
    expect(rows.map((x) => x.Segment)).toEqual(["Loyal Customers", "Promising", "At Risk"]);
    expect(rows.map((x) => x.Customers)).toEqual([1, 1, 2]);
    expect(rows[2]["Share of customers"]).toBe(0.5);
    expect(rows[2]["Mean recency (days)"]).toBe(34);
    expect(rows[2]["Mean frequency"]).toBe(2);
    expect(rows[2]["Mean monetary"]).toBe(187.75);
    expect(rows[2].Revenue).toBe(375.5);
    expect(rows[2]["Share of revenue"] as number).toBeCloseTo(375.5 / 455.5, 12);

    const grid = Papa.parse<string[]>(readFileSync(SMALL, "utf8"), { skipEmptyLines: false }).data.slice(0, -1);
    const column = (j: number) => grid.map((row) => [row[j] ?? ""]);
    const spilled = rfmSummary(column(1), column(2), column(3));
    expect(rows.map((o) => spilled[0].map((h) => o[h as string]))).toEqual(spilled.slice(1));
  });

  test("options reach the engine: --as-of, --bins, --monetary mean, --merge-same-day, --segment-map", async () => {
    // As of 2024-04-11 every recency grows by 10 days.
    const asOf = await runCli("rfm", "-i", SMALL, ...COLS, "-q", "--as-of", "2024-04-11", "--format", "json");
    expect((JSON.parse(asOf.stdout) as Record<string, number>[]).map((o) => o["Recency (days)"])).toEqual([37, 11, 51, 32]);
    // Mean spend per order: A 175.5/3, B 70/3.
    const mean = await runCli("rfm", "-i", SMALL, ...COLS, "-q", "--monetary", "mean", "--format", "json");
    expect((JSON.parse(mean.stdout) as Record<string, number>[]).map((o) => o.Monetary)).toEqual([175.5 / 3, 70 / 3, 200, 10]);
    // Two score levels: the median cut of recency [1,22,27,41] is 24.5, so A (27) and C (41) score 1.
    const bins = await runCli("rfm", "-i", SMALL, ...COLS, "-q", "--bins", "2", "--format", "json");
    expect((JSON.parse(bins.stdout) as Record<string, number>[]).map((o) => o.R)).toEqual([1, 2, 1, 2]);
    // User map: Best 4-5/4-5/4-5, Recent R 4-5, Quiet R 1-3 -> A Quiet, B Recent (M 2), C Quiet, D Recent.
    const map = await runCli("rfm", "-i", SMALL, ...COLS, "-q", "--segment-map", fixture("segment-map.csv"), "--format", "json");
    expect(map.stderr).toBe("");
    expect((JSON.parse(map.stdout) as Record<string, string>[]).map((o) => o.Segment)).toEqual(["Quiet", "Recent", "Quiet", "Recent"]);
    // Thresholds instead of quantiles: recency cuts 5, 30 -> A (27) 2, B (1) 3, C (41) 1, D (22) 2.
    const cuts = await runCli("rfm", "-i", SMALL, ...COLS, "-q", "--bins", "5,30;1,2;50,150", "--format", "json");
    expect(cuts.stderr).toBe("");
    expect((JSON.parse(cuts.stdout) as Record<string, number>[]).map((o) => o.R)).toEqual([2, 3, 1, 2]);
  });

  test("--merge-same-day counts a customer's orders on one day once", async () => {
    const csv = join(dir, "same-day.csv");
    writeFileSync(csv, "Customer,Date,Amount\nA,2024-01-01,10\nA,2024-01-01,15\nA,2024-01-02,5\nB,2024-01-02,7\n");
    const plain = await runCli("rfm", "-i", csv, ...COLS, "-q", "--format", "json");
    const merged = await runCli("rfm", "-i", csv, ...COLS, "-q", "--format", "json", "--merge-same-day");
    expect((JSON.parse(plain.stdout) as Record<string, number>[]).map((o) => o.Frequency)).toEqual([3, 1]);
    expect((JSON.parse(merged.stdout) as Record<string, number>[]).map((o) => o.Frequency)).toEqual([2, 1]);
    expect((JSON.parse(merged.stdout) as Record<string, number>[]).map((o) => o.Monetary)).toEqual([30, 7]);
  });
});

describe("cx rfm output files", () => {
  test("--out x.json writes JSON (format from the extension) and says so on stderr", async () => {
    const out = join(dir, "customers.json");
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote 4 rows (RFM scores by customer) to ${out}.`);
    const objects = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>[];
    expect(objects[0]).toEqual(Object.fromEntries(HEADER.map((h, j) => [h, EXPECTED[0][j]])));
  });

  test("--out x.xlsx writes a workbook: sheet RFM, numbers as numbers, formats applied", async () => {
    const out = join(dir, "customers.xlsx");
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--out", out, "-q");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RFM"]);
    const ws = wb.getWorksheet("RFM")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(ws.getRow(1).font?.bold).toBe(true);
    for (let i = 0; i < EXPECTED.length; i++) expect((ws.getRow(i + 2).values as unknown[]).slice(1)).toEqual(EXPECTED[i]);
    expect(ws.getCell("D2").numFmt).toBe("#,##0.00"); // Monetary: currency
    expect(ws.getCell("B2").numFmt).toBe("0"); // Recency: integer
    expect(ws.getCell("H2").type).toBe(ExcelJS.ValueType.String); // RFM code "244" stays text
  });

  test("--summary --out x.xlsx writes sheet Segments with percent formats", async () => {
    const out = join(dir, "segments.xlsx");
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--summary", "--out", out, "-q");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Segments")!;
    expect(ws.getCell("A4").value).toBe("At Risk");
    expect(ws.getCell("C4").value).toBe(0.5);
    expect(ws.getCell("C4").numFmt).toBe("0.0%");
    expect(ws.getCell("G4").value).toBe(375.5);
  });

  test("customer ids that look like formulas stay text in the xlsx, never formulas", async () => {
    const out = join(dir, "formula-ids.xlsx");
    const r = await runCli("rfm", "-i", fixture("formula-ids.csv"), ...COLS, "--out", out, "-q");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const ids = [2, 3, 4, 5].map((i) => ws.getCell(i, 1));
    expect(ids.map((c) => c.value)).toEqual(["=1+1", "+44 20 7946 0000", "@x", "-5x"]);
    for (const c of ids) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
    // "=1+1" bought twice (10 + 5).
    expect(ws.getCell("C2").value).toBe(2);
    expect(ws.getCell("D2").value).toBe(15);
  });

  test("CSV output keeps such ids as they are (CSV is data)", async () => {
    const r = await runCli("rfm", "-i", fixture("formula-ids.csv"), ...COLS, "-q");
    expect(parseCsv(r.stdout).map((row) => row[0])).toEqual(["Customer", "=1+1", "+44 20 7946 0000", "@x", "-5x"]);
  });

  test("xlsx needs --out", async () => {
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--format", "xlsx");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx rfm: xlsx output needs a file: give --out FILE.xlsx\n");
  });
});

describe("cx rfm on workbooks", () => {
  let book: string;
  beforeAll(async () => {
    // Sheet "Notes" first, then "Orders" with the small-orders data as Excel holds it:
    // real dates, numbers, a text date, currency text, an empty row and a blank amount.
    book = join(dir, "orders.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Exported from the shop, see Orders"]);
    const ws = wb.addWorksheet("Orders");
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    const rows: unknown[][] = [
      ["Order", "Customer", "Date", "Amount", "Channel"],
      [1, "A", d("2024-01-10"), 100, "Online"],
      [2, "B", d("2024-01-15"), 20, "Store"],
      [3, "A", "2024-02-01", 50, "Online"],
      [4, "C", d("2024-02-20"), "$200.00", "Phone"],
      [5, "B", d("2024-03-01"), 30, "Store"],
      [],
      [6, "A", d("2024-03-05"), { richText: [{ text: "25." }, { text: "50" }] }, "Online"],
      [7, "B", d("2024-03-05"), { formula: "-20", result: -20 }, "Store"],
      [8, { text: "D", hyperlink: "https://example.com/D" }, 20240310, 10, "Online"],
      [9, "C", d("2024-03-20"), null, "Online"],
      [10, "B", d("2024-03-31"), 40, "Store"],
    ];
    rows.forEach((row) => ws.addRow(row)); // exceljs gives Date cells a date format
    await wb.xlsx.writeFile(book);
  });

  test("--sheet picks the sheet; the result equals the CSV's", async () => {
    const r = await runCli("rfm", "-i", book, "--sheet", "Orders", ...COLS, "--format", "json");
    expect(r.code).toBe(0);
    const objects = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(objects.map((o) => HEADER.map((h) => o[h]))).toEqual(EXPECTED);
    expect(r.stderr).toContain("1 row skipped because Amount was blank (row 11)");
  });

  test("an unknown sheet is an error listing the sheets", async () => {
    const r = await runCli("rfm", "-i", book, "--sheet", "Order", ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cx rfm: '${book}' has no sheet named 'Order' (the sheets are: Notes, Orders)\n`);
  });

  test("without --sheet the first sheet is read", async () => {
    const r = await runCli("rfm", "-i", book, ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx rfm: --customer: no column named 'Customer' (the columns are: Exported from the shop, see Orders)\n");
  });

  test("--sheet on a CSV is an error", async () => {
    const r = await runCli("rfm", "-i", SMALL, "--sheet", "Orders", ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cx rfm: --sheet applies to \.xlsx workbooks, but '.*small-orders\.csv' is a text \(CSV\) file\n$/);
  });
});

describe("cx rfm errors: one line on stderr, exit code 1, no stack trace", () => {
  test("a missing column names it and lists the available ones", async () => {
    const r = await runCli("rfm", "-i", SMALL, "--customer", "Client", "--date", "Date", "--amount", "Amount");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("cx rfm: --customer: no column named 'Client' (the columns are: Order, Customer, Date, Amount, Channel)\n");
  });

  test("a column number past the last column", async () => {
    const r = await runCli("rfm", "-i", SMALL, "--customer", "2", "--date", "3", "--amount", "9");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx rfm: --amount: column 9 does not exist (the table has 5 columns)\n");
  });

  test("a bad amount gives the file's line number (blank lines counted), semicolons detected", async () => {
    const r = await runCli("rfm", "-i", fixture("bad-amount.csv"), ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx rfm: Amount, row 5: 'n/a' is not a number\n");
  });

  test("a bad date names the column, the line and the value", async () => {
    const csv = join(dir, "bad-date.csv");
    writeFileSync(csv, "Customer,Date,Amount\nA,2024-01-10,1\nB,3/5/2024,2\n");
    const r = await runCli("rfm", "-i", csv, ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx rfm: Date, row 3: '3/5/2024' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)\n");
  });

  test("option errors name the flag", async () => {
    const asOf = await runCli("rfm", "-i", SMALL, ...COLS, "--as-of", "2024-02-30");
    expect(asOf.stderr).toBe("cx rfm: --as-of: '2024-02-30' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)\n");
    const bins = await runCli("rfm", "-i", SMALL, ...COLS, "--bins", "12");
    expect(bins.code).toBe(1);
    expect(bins.stderr).toMatch(/^cx rfm: --bins: '12' must be a whole number from 2 to 9/);
    const monetary = await runCli("rfm", "-i", SMALL, ...COLS, "--monetary", "median");
    expect(monetary.stderr).toBe("cx rfm: --monetary: 'median' must be one of: total, mean\n");
  });

  test("a segment map problem names the file and its line", async () => {
    const map = join(dir, "bad-map.csv");
    writeFileSync(map, "Segment,R,F,M\nBest,4-5,4-5,4-5\nOdd,4-7,,\n");
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--segment-map", map);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cx rfm: --segment-map '${map}', row 3: the R range 4-7 must lie within the scores 1-5, low to high\n`);
  });

  test("a missing input file", async () => {
    const r = await runCli("rfm", "-i", join(dir, "nope.csv"), ...COLS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cx rfm: cannot read '${join(dir, "nope.csv")}': no such file\n`);
  });

  test("an output folder that does not exist", async () => {
    const out = join(dir, "no", "such", "folder", "x.csv");
    const r = await runCli("rfm", "-i", SMALL, ...COLS, "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cx rfm: cannot write '${out}': the folder does not exist\n`);
  });

  test("a required option missing, and an unknown option, are commander errors with exit code 1", async () => {
    const missing = await runCli("rfm", "-i", SMALL, "--customer", "Customer", "--date", "Date");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("required option '--amount <column>' not specified");
    const unknown = await runCli("rfm", "-i", SMALL, ...COLS, "--colour", "red");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown option '--colour'");
    const format = await runCli("rfm", "-i", SMALL, ...COLS, "--format", "yaml");
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("Allowed choices are csv, json, xlsx");
  });

  test("no error output carries a stack trace", async () => {
    const runs = await Promise.all([
      runCli("rfm", "-i", fixture("bad-amount.csv"), ...COLS),
      runCli("rfm", "-i", join(dir, "nope.xlsx"), ...COLS),
      runCli("rfm", "-i", SMALL, "--customer", "X", "--date", "Date", "--amount", "Amount"),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("cx", () => {
  test("--help lists the subcommands, --version prints package.json's version", async () => {
    const help = await runCli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: cx /);
    expect(help.stdout).toMatch(/\n\s+rfm \[options\]\s+RFM segmentation/);
    const version = await runCli("--version");
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  test("rfm --help documents the options", async () => {
    const r = await runCli("rfm", "--help");
    expect(r.code).toBe(0);
    for (const flag of ["--input", "--sheet", "--customer", "--date", "--amount", "--as-of", "--bins", "--monetary", "--merge-same-day", "--segment-map", "--summary", "--format", "--out", "--quiet"]) {
      expect(r.stdout).toContain(flag);
    }
  });

  test("an unknown command is an error", async () => {
    const r = await runCli("clv");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown command 'clv'");
  });
});

describe("the example data", () => {
  const csv = join(ROOT, "examples", "retail-orders.csv");
  const xlsx = join(ROOT, "examples", "retail-orders.xlsx");
  const cols = ["--customer", "Customer ID", "--date", "Order Date", "--amount", "Amount", "-q"];

  test("retail-orders.csv and .xlsx give the same customers table", async () => {
    const fromCsv = await runCli("rfm", "-i", csv, ...cols);
    const fromXlsx = await runCli("rfm", "-i", xlsx, ...cols);
    expect(fromCsv.code).toBe(0);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    // One row per customer with an order (a non-blank, non-negative amount) in the file.
    const rows = Papa.parse<string[]>(readFileSync(csv, "utf8"), { skipEmptyLines: "greedy" }).data.slice(1);
    const buyers = new Set(rows.filter((r) => r[3].trim() !== "" && !r[3].startsWith("-")).map((r) => r[1]));
    expect(parseCsv(fromCsv.stdout).length - 1).toBe(buyers.size);
  }, 30_000);

  test("the example segment map applies", async () => {
    const r = await runCli("rfm", "-i", csv, ...cols, "--summary", "--segment-map", join(ROOT, "examples", "segment-map.csv"), "--format", "json");
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.stdout) as Record<string, string>[]).map((o) => o.Segment);
    expect(names).toContain("VIP");
    expect(names.every((n) => ["VIP", "Champions", "Loyal", "New", "Promising", "Slipping", "At Risk", "Dormant", "Other"].includes(n))).toBe(true);
  });
});
