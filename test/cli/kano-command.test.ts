// `cx kano` end to end (in-process): the features table as worked out by hand, equal to what
// =CX.KANO spills for the same cells, output formats, and errors naming the file's column and line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { kano } from "../../src/functions/kano";
import { runCli, vocFixture } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-kano-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SURVEY = vocFixture("kano-survey.csv");
const PAIRS = ["--pairs", "Wifi if present,Wifi if absent;Pool if present,Pool if absent"];
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>[];
const grid = (file: string) => Papa.parse<string[]>(readFileSync(file, "utf8").trimEnd(), { skipEmptyLines: false }).data;

/*
 * kano-survey.csv holds the answers of test/functions/kano.test.ts (Wifi in columns 2-3, Pool in 4-5;
 * r3, on line 4, left the Pool questions blank):
 *   Wifi: A 2, O 3, I 1 of 6 -> One-dimensional, strength 1/6, total 5/6, Fong no, Better 5/6, Worse -0.5,
 *         functional score 10/3, dysfunctional 7/3.
 *   Pool: M 4, R 1 of 5 -> Must-be, strength 0.6, total 0.8, Fong yes, Better 0, Worse -1, scores 1.2 and 3.6.
 */
const HEADER = ["Feature", "Respondents", "Category", "A", "O", "M", "I", "R", "Q", "Category strength", "Total strength", "Top two differ (Fong)", "Better", "Worse", "Functional score", "Dysfunctional score"];
const close = (row: (string | number)[]) => row.map((v) => (typeof v === "number" ? expect.closeTo(v, 12) : v));
const WIFI = close(["Wifi", 6, "One-dimensional", 2, 3, 0, 1, 0, 0, 1 / 6, 5 / 6, "no", 5 / 6, -0.5, 10 / 3, 7 / 3]);
const POOL = close(["Pool", 5, "Must-be", 0, 0, 4, 0, 1, 0, 0.6, 0.8, "yes", 0, -1, 1.2, 3.6]);

describe("cx kano", () => {
  test("--pairs and --names: the features table as worked out by hand, the explanation on stderr", async () => {
    const r = await runCli("kano", "-i", SURVEY, ...PAIRS, "--names", "Wifi,Pool", "--format", "json");
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((o) => HEADER.map((h) => o[h]))).toEqual([WIFI, POOL]);
    expect(r.stderr).toContain("Kano categories of 2 features from 6 respondents");
    expect(r.stderr).toContain("1 respondent left a question about 'Pool' blank and was skipped for it (row 4).");
  });

  test("equals =CX.KANO on the same cells; --functional/--dysfunctional by number give the same; names default to the functional headers", async () => {
    const cells = grid(SURVEY);
    const pick = (cols: number[]) => cells.map((row) => cols.map((j) => row[j]));
    const spilled = kano(pick([1, 3]), pick([2, 4]));
    expect(spilled.map((r) => r[0])).toEqual(["Feature", "Wifi if present", "Pool if present"]);
    const byName = await runCli("kano", "-i", SURVEY, ...PAIRS, "-q");
    expect(byName.code).toBe(0);
    expect(Papa.parse<string[]>(byName.stdout.trimEnd()).data).toEqual(spilled.map((row) => row.map(String)));
    const byNumber = await runCli("kano", "-i", SURVEY, "--functional", "2,4", "--dysfunctional", "3, 5", "-q");
    expect(byNumber.stdout).toBe(byName.stdout);
    const asJson = await runCli("kano", "-i", SURVEY, ...PAIRS, "-q", "--format", "json");
    expect(json(asJson.stdout).map((o) => HEADER.map((h) => o[h]))).toEqual(spilled.slice(1));
  });

  test("--out x.xlsx writes sheet Kano with numbers as numbers", async () => {
    const out = join(dir, "kano.xlsx");
    const r = await runCli("kano", "-i", SURVEY, ...PAIRS, "--names", "Wifi,Pool", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote 2 rows (Kano categories by feature) to ${out}.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Kano"]);
    const ws = wb.getWorksheet("Kano")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(POOL);
    expect(ws.getCell("J3").numFmt).toBe("0.0%"); // category strength: percent
  });

  test("an xlsx input, its sheet picked by --sheet, gives the CSV's table", async () => {
    const book = join(dir, "survey.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Kano survey, June"]);
    const ws = wb.addWorksheet("Answers");
    grid(SURVEY).forEach((row) => ws.addRow(row.map((c) => (/^\d$/.test(c) ? Number(c) : c === "" ? null : c))));
    await wb.xlsx.writeFile(book);
    const fromXlsx = await runCli("kano", "-i", book, "--sheet", "Answers", ...PAIRS, "-q");
    const fromCsv = await runCli("kano", "-i", SURVEY, ...PAIRS, "-q");
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });
});

describe("cx kano errors: one line naming the column and the file's line", () => {
  test("an answer that is not a Kano answer names its column and line, blank lines and lines above the header counted", async () => {
    const csv = join(dir, "bad-answer.csv");
    writeFileSync(csv, "\n\nId,Speed F,Speed D\n1,1,5\n\n2,2,meh\n");
    const r = await runCli("kano", "-i", csv, "--pairs", "Speed F,Speed D");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "cx kano: Speed D, row 6: 'meh' is not a Kano answer: use a code 1-5 (1 = I like it, 2 = I expect it, 3 = I am neutral, 4 = I can live with it, 5 = I dislike it) or one of those labels (or 我喜欢, 理所当然, 无所谓, 能忍受, 我不喜欢)\n",
    );
    const functional = await runCli("kano", "-i", SURVEY, "--functional", "Wifi if present,Respondent", "--dysfunctional", "Wifi if absent,Pool if absent");
    expect(functional.stderr).toMatch(/^cx kano: Respondent, row 2: 'r1' is not a Kano answer: use a code 1-5/);
  });

  test("columns that do not exist, and malformed column lists", async () => {
    const missing = await runCli("kano", "-i", SURVEY, "--pairs", "Wifi if present,Wifi gone");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "cx kano: --dysfunctional: no column named 'Wifi gone' (the columns are: Respondent, Wifi if present, Wifi if absent, Pool if present, Pool if absent)\n",
    );
    const pairs = await runCli("kano", "-i", SURVEY, "--pairs", "Wifi if present,Wifi if absent,Pool if present");
    expect(pairs.stderr).toBe("cx kano: --pairs: 'Wifi if present,Wifi if absent,Pool if present' must be two columns, functional then dysfunctional, such as 'Wifi F,Wifi D'\n");
    const counts = await runCli("kano", "-i", SURVEY, "--functional", "2,4", "--dysfunctional", "3");
    expect(counts.stderr).toBe("cx kano: --dysfunctional: gives 1 columns but --functional gives 2; give one of each per feature, in the same order\n");
    const none = await runCli("kano", "-i", SURVEY);
    expect(none.stderr).toBe("cx kano: give the answer columns: --pairs 'F1,D1;F2,D2' or --functional F1,F2 --dysfunctional D1,D2\n");
    const both = await runCli("kano", "-i", SURVEY, ...PAIRS, "--functional", "2");
    expect(both.stderr).toBe("cx kano: --pairs: give either --pairs or --functional with --dysfunctional, not both\n");
    const empty = await runCli("kano", "-i", SURVEY, "--functional", "2,,4", "--dysfunctional", "3,5");
    expect(empty.stderr).toBe("cx kano: --functional: '2,,4' has an empty column name; separate header names or column numbers with commas\n");
  });

  test("--names of the wrong count, and a feature nobody answered", async () => {
    const names = await runCli("kano", "-i", SURVEY, ...PAIRS, "--names", "Wifi");
    expect(names.code).toBe(1);
    expect(names.stderr).toBe("cx kano: --names: gives 1 names for 2 features (one per column of functional)\n");
    const csv = join(dir, "unanswered.csv");
    writeFileSync(csv, "A F,A D,B F,B D\n1,5,,\n2,5,,\n");
    const unanswered = await runCli("kano", "-i", csv, "--pairs", "A F,A D;B F,B D");
    expect(unanswered.stderr).toBe("cx kano: no respondent answered both questions for 'B F'\n");
  });

  test("kano --help documents the options", async () => {
    const r = await runCli("kano", "--help");
    expect(r.code).toBe(0);
    for (const flag of ["--input", "--sheet", "--pairs", "--functional", "--dysfunctional", "--names", "--format", "--out", "--quiet"]) expect(r.stdout).toContain(flag);
  });
});
