// `cx nps`, `cx nps-test`, `cx csat` and `cx ces` end to end (in-process): values worked out by
// hand, equality with what =CX.NPS, =CX.NPS.BY, =CX.NPS.TREND, =CX.NPS.TEST, =CX.CSAT(.BY) and
// =CX.CES(.BY) spill for the same cells, and errors naming the column, the line or the flag.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { ces, cesBy, csat, csatBy, nps, npsBy, npsTest, npsTrend } from "../../src/functions/voc";
import { runCli, vocFixture } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-voc-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SURVEY = vocFixture("survey.csv");
const WAVES = vocFixture("waves.csv");
type Row = Record<string, unknown>;
const json = (stdout: string) => JSON.parse(stdout) as Row[];
/** The JSON rows as the spilled table's body (in the header's order). */
const body = (stdout: string, header: unknown[]) => json(stdout).map((o) => header.map((h) => o[h as string]));
/** Column j of a CSV fixture as Excel passes a column range: n x 1 cells as typed (text here). */
function column(file: string, j: number): string[][] {
  const rows = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: false }).data.slice(0, -1);
  return rows.map((row) => [row[j] ?? ""]);
}
const close = (row: unknown[], digits = 6) => row.map((v) => (typeof v === "number" ? expect.closeTo(v, digits) : v));

/*
 * survey.csv: 10 respondents (lines 2-6 and 8-12; line 7 is empty), NPS blank on line 10 (r08).
 * NPS answers 10, 9, 8, 6, 0, 10, 7, 9, 3: promoters 4, passives 2, detractors 3 of 9:
 *   NPS 100/9 = 11.111111, SE 100 sqrt(62/729) = 29.162992, 95% -46.047303 to 68.269525.
 *   By channel: Phone 9, 10, 7 -> 66.7; Store 6, 3 -> -100 (r08 skipped); Web 10, 8, 0, 9 -> 25.
 *   By month: 2024-01 10, 9, 8 -> 66.7; 2024-02 6, 0, 10 -> -33.3; 2024-03 7, 9, 3 -> 0.
 * CSAT 5, 4, 4, 2, 1, 5, 3, 3, 5, 2: 5 of 10 in 4-5 = 50% (Wilson 0.236593 to 0.763407), mean 3.4.
 *   Phone 4, 5, 3 -> 2 of 3, mean 4; Store 2, 3, 2 -> 0 of 3, mean 7/3; Web 5, 4, 1, 5 -> 3 of 4, mean 3.75.
 * CES 7, 6, 5, 3, 1, 7, 4, 5, 6, 2: mean 4.6, 6 of 10 agree (5-7).
 */
describe("cx nps", () => {
  test("the NPS table as worked out by hand, equal to =CX.NPS; the explanation on stderr", async () => {
    const r = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = nps(column(SURVEY, 3));
    expect(body(r.stdout, spilled[0])).toEqual([close([9, 4 / 9, 2 / 9, 3 / 9, 100 / 9, 29.162992, -46.047303, 68.269525])]);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(r.stderr).toContain("NPS 11.1 (95% interval -46.0 to 68.3) from 9 answers: 44% promoters (9-10), 22% passives (7-8), 33% detractors (0-6).");
    const csv = await runCli("nps", "-i", SURVEY, "--score", "4", "-q");
    expect(Papa.parse<string[]>(csv.stdout.trimEnd()).data).toEqual(spilled.map((row) => row.map(String)));
  });

  test("--group: the table of =CX.NPS.BY, rows skipped for a blank score named by line", async () => {
    const r = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--group", "Channel", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = npsBy(column(SURVEY, 3), column(SURVEY, 2));
    expect(spilled[0][0]).toBe("Channel");
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(body(r.stdout, spilled[0]).map((row) => [row[0], row[1], row[5]])).toEqual([
      ["Phone", 3, expect.closeTo(200 / 3, 12)],
      ["Store", 2, -100],
      ["Web", 4, 25],
      ["Total", 9, expect.closeTo(100 / 9, 12)],
    ]);
    expect(r.stderr).toContain("1 row skipped because NPS was blank (row 10).");
  });

  test("--date and --period: the table of =CX.NPS.TREND", async () => {
    const months = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--date", "Date", "--format", "json", "-q");
    const spilled = npsTrend(column(SURVEY, 3), column(SURVEY, 1));
    expect(body(months.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(body(months.stdout, spilled[0]).map((row) => [row[0], row[1], row[5]])).toEqual([
      ["2024-01", 3, expect.closeTo(200 / 3, 12)],
      ["2024-02", 3, expect.closeTo(-100 / 3, 12)],
      ["2024-03", 3, 0],
    ]);
    const quarters = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--date", "Date", "--period", "Quarter", "--format", "json", "-q");
    expect(body(quarters.stdout, spilled[0])).toEqual(npsTrend(column(SURVEY, 3), column(SURVEY, 1), "quarter").slice(1));
    expect(json(quarters.stdout).map((o) => o.Period)).toEqual(["2024-Q1"]);
  });

  test("--confidence, and --out x.xlsx with its sheet", async () => {
    const r = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--group", "Channel", "--confidence", "90%", "--format", "json", "-q");
    const spilled = npsBy(column(SURVEY, 3), column(SURVEY, 2), 0.9);
    expect(spilled[0][7]).toBe("90% CI low");
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    const out = join(dir, "nps.xlsx");
    const x = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--group", "Channel", "--out", out, "-q");
    expect(x.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["NPS by group"]);
    expect((wb.worksheets[0].getRow(5).values as unknown[]).slice(1, 3)).toEqual(["Total", 9]);
  });

  test("errors: the flag for options and missing columns, the column and line for bad answers", async () => {
    const missing = await runCli("nps", "-i", SURVEY, "--score", "Recommend");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("cx nps: --score: no column named 'Recommend' (the columns are: Respondent, Date, Channel, NPS, CSAT, CES)\n");
    const group = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--group", "9");
    expect(group.stderr).toBe("cx nps: --group: column 9 does not exist (the table has 6 columns)\n");
    const csv = join(dir, "bad-nps.csv");
    writeFileSync(csv, "Id,Recommend\n1,10\n\n2,11\n");
    const scale = await runCli("nps", "-i", csv, "--score", "Recommend");
    expect(scale.stderr).toBe("cx nps: Recommend, row 4: 11 is not a whole number from 0 to 10 (NPS answers run from 0 to 10)\n");
    writeFileSync(csv, "Id,Recommend,When\n1,10,2024-01-05\n2,9,5/1/2024\n");
    const date = await runCli("nps", "-i", csv, "--score", "Recommend", "--date", "When");
    expect(date.stderr).toMatch(/^cx nps: When, row 3: '5\/1\/2024' is not a date/);
    const confidence = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--confidence", "1");
    expect(confidence.stderr).toBe("cx nps: --confidence: '1' must be a probability between 0 and 1, such as 0.95 or 95%\n");
    const period = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--date", "Date", "--period", "day");
    expect(period.stderr).toBe("cx nps: --period: 'day' must be one of: week, month, quarter, year\n");
    const both = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--group", "Channel", "--date", "Date");
    expect(both.stderr).toBe("cx nps: --group and --date: give one of them (a breakdown by group or a trend by period), not both\n");
    const alone = await runCli("nps", "-i", SURVEY, "--score", "NPS", "--period", "month");
    expect(alone.stderr).toBe("cx nps: --period needs --date (the column of answer dates)\n");
    writeFileSync(csv, "Id,Recommend\n1,\n");
    const empty = await runCli("nps", "-i", csv, "--score", "Recommend");
    expect(empty.stderr).toBe("cx nps: Recommend: no answers (every row is blank)\n");
  });
});

describe("cx nps-test", () => {
  // waves.csv: Q1 10, 9, 0, 7 (NPS 25) and Q2 10, 10, 9, 9, 6 (NPS 60): difference 35, SE 54.760844,
  // interval -72.329281 to 142.329281, z 0.639143, p 0.52273 (test/functions/voc.test.ts).
  test("two columns of one file: the table of =CX.NPS.TEST", async () => {
    const r = await runCli("nps-test", "-i", WAVES, "--a", "Q1", "--b", "Q2", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = npsTest(column(WAVES, 0), column(WAVES, 1));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(body(r.stdout, spilled[0])[0].slice(0, 10)).toEqual(close([4, 25, 5, 60, 35, 54.760844, -72.329281, 142.329281, 0.639143, 0.52273]));
    expect(r.stderr.split("\n")[0]).toBe(
      "NPS rose from 25.0 (A) to 60.0 (B): +35.0 points, 95% interval -72.3 to +142.3, p = 0.52; not statistically significant at the 95% level: the difference could be chance.",
    );
  });

  test("--input-b reads B from a second file", async () => {
    const a = join(dir, "wave1.csv");
    const b = join(dir, "wave2.csv");
    writeFileSync(a, "NPS\n10\n9\n0\n7\n");
    writeFileSync(b, "Comment,NPS\ngreat,10\nok,10\n,9\nfine,9\nslow,6\n");
    const r = await runCli("nps-test", "-i", a, "--a", "NPS", "--input-b", b, "--b", "NPS", "-q");
    const same = await runCli("nps-test", "-i", WAVES, "--a", "Q1", "--b", "Q2", "-q");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(same.stdout);
  });

  test("errors name the flag or the column", async () => {
    const missing = await runCli("nps-test", "-i", WAVES, "--a", "Q1", "--b", "Q3");
    expect(missing.stderr).toBe("cx nps-test: --b: no column named 'Q3' (the columns are: Q1, Q2)\n");
    const csv = join(dir, "bad-wave.csv");
    writeFileSync(csv, "Before,After\n10,9\n9,x\n");
    const bad = await runCli("nps-test", "-i", csv, "--a", "Before", "--b", "After");
    expect(bad.stderr).toBe("cx nps-test: After, row 3: 'x' is not a number\n");
    const sheet = await runCli("nps-test", "-i", WAVES, "--a", "Q1", "--b", "Q2", "--sheet-b", "x");
    expect(sheet.stderr).toBe("cx nps-test: --sheet-b needs --input-b (the file of sample B)\n");
  });
});

describe("cx csat", () => {
  test("the CSAT table as worked out by hand, equal to =CX.CSAT; --group equals =CX.CSAT.BY", async () => {
    const r = await runCli("csat", "-i", SURVEY, "--score", "CSAT", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = csat(column(SURVEY, 4));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(body(r.stdout, spilled[0])[0].slice(0, 6)).toEqual(close([10, 5, 0.5, 0.236593, 0.763407, 3.4]));
    const byGroup = await runCli("csat", "-i", SURVEY, "--score", "CSAT", "--group", "Channel", "--format", "json", "-q");
    const grouped = csatBy(column(SURVEY, 4), column(SURVEY, 2));
    expect(body(byGroup.stdout, grouped[0])).toEqual(grouped.slice(1));
    expect(body(byGroup.stdout, grouped[0]).map((row) => [row[0], row[2], row[6]])).toEqual([
      ["Phone", 2, 4],
      ["Store", 0, expect.closeTo(7 / 3, 12)],
      ["Web", 3, 3.75],
      ["Total", 5, 3.4],
    ]);
  });

  test("--scale and --top-box reach the engine, and their errors name the flags", async () => {
    // On the 7-point scale with top box 5-7: 5, 5, 5 of the answers -> 3 of 10.
    const r = await runCli("csat", "-i", SURVEY, "--score", "CSAT", "--scale", "7", "--top-box", "5", "--format", "json", "-q");
    const spilled = csat(column(SURVEY, 4), 7, 5);
    expect(spilled[0][1]).toBe("Satisfied (5-7)");
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(json(r.stdout)[0]["Satisfied (5-7)"]).toBe(3);
    const scale = await runCli("csat", "-i", SURVEY, "--score", "CSAT", "--scale", "6");
    expect(scale.stderr).toBe("cx csat: --scale: '6' must be 5, 7 or 10 (points on the answer scale)\n");
    const top = await runCli("csat", "-i", SURVEY, "--score", "CSAT", "--top-box", "9");
    expect(top.stderr).toBe("cx csat: --top-box: '9' must be a whole number from 1 to 5: the lowest answer counted as satisfied\n");
    const nps = await runCli("csat", "-i", SURVEY, "--score", "NPS");
    expect(nps.stderr).toBe("cx csat: NPS, row 2: 10 is not a whole number from 1 to 5 (CSAT answers on the 1-5 scale; set scale if your survey uses another)\n");
  });
});

describe("cx ces", () => {
  test("the CES table, equal to =CX.CES; --group equals =CX.CES.BY; xlsx sheet CES", async () => {
    const r = await runCli("ces", "-i", SURVEY, "--score", "CES", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = ces(column(SURVEY, 5));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    const row = body(r.stdout, spilled[0])[0];
    expect([row[0], row[1], row[4], row[5]]).toEqual([10, expect.closeTo(4.6, 12), 6, 0.6]);
    expect(r.stderr).toContain("60.0% agree (answers 5-7;");
    const byGroup = await runCli("ces", "-i", SURVEY, "--score", "CES", "--group", "Channel", "--format", "json", "-q");
    const grouped = cesBy(column(SURVEY, 5), column(SURVEY, 2));
    expect(body(byGroup.stdout, grouped[0])).toEqual(grouped.slice(1));
    const out = join(dir, "ces.xlsx");
    expect((await runCli("ces", "-i", SURVEY, "--score", "CES", "-o", out, "-q")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["CES"]);
  });

  test("--scale 5 on 7-point answers names the column and line", async () => {
    const r = await runCli("ces", "-i", SURVEY, "--score", "CES", "--scale", "5");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx ces: CES, row 2: 7 is not a whole number from 1 to 5 (CES (1 = very low effort, 5 = very high effort); set scale to 7 for the other form)\n");
    const scale = await runCli("ces", "-i", SURVEY, "--score", "CES", "--scale", "10");
    expect(scale.stderr).toBe("cx ces: --scale: '10' must be 7 or 5 (points on the answer scale)\n");
  });
});

describe("cx help", () => {
  test("cx --help lists the survey commands; each documents its options", async () => {
    const help = await runCli("--help");
    expect(help.code).toBe(0);
    for (const name of ["kano", "nps", "nps-test", "csat", "ces", "abtest", "abtest-means", "samplesize"]) expect(help.stdout).toMatch(new RegExp(`\\n\\s+${name} \\[options\\]`));
    const nps = await runCli("nps", "--help");
    for (const flag of ["--input", "--sheet", "--score", "--group", "--date", "--period", "--confidence", "--format", "--out", "--quiet"]) expect(nps.stdout).toContain(flag);
    const csatHelp = await runCli("csat", "--help");
    for (const flag of ["--score", "--group", "--scale", "--top-box"]) expect(csatHelp.stdout).toContain(flag);
    const test = await runCli("nps-test", "--help");
    for (const flag of ["--a", "--b", "--input-b", "--sheet-b", "--confidence"]) expect(test.stdout).toContain(flag);
  });
});
