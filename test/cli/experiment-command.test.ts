// `cx abtest`, `cx abtest-means` and `cx samplesize` end to end (in-process): published values
// (Newcombe 1998, R's t.test on the sleep data, R's power.prop.test), equality with =CX.ABTEST,
// =CX.ABTEST.MEANS and =CX.SAMPLESIZE, and errors naming the flag, the column and the line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import Papa from "papaparse";
import { abTest, abTestMeans, sampleSize } from "../../src/functions/experiment";
import { runCli, vocFixture } from "./run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cx-experiment-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
const body = (stdout: string, header: unknown[]) => (JSON.parse(stdout) as Row[]).map((o) => header.map((h) => o[h as string]));
const COUNTS = ["--conversions-a", "48", "--visitors-a", "80", "--conversions-b", "56", "--visitors-b", "70"];
const SLEEP = vocFixture("sleep.csv");

describe("cx abtest", () => {
  // 48/80 against 56/70: Newcombe (1998) example (a), interval 0.0524 to 0.3339; z 2.650172, p 0.008045.
  test("the table of =CX.ABTEST, with Newcombe's interval; the verdict also on stderr", async () => {
    const r = await runCli("abtest", ...COUNTS, "--format", "json");
    expect(r.code).toBe(0);
    const spilled = abTest(48, 80, 56, 70);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    const row = body(r.stdout, spilled[0])[0];
    expect(row.slice(0, 2)).toEqual([0.6, 0.8]);
    expect(row[4]).toBeCloseTo(0.0524, 4);
    expect(row[5]).toBeCloseTo(0.3339, 4);
    expect(row[7]).toBeCloseTo(0.008045, 6);
    expect(r.stderr.split("\n")[0]).toBe(row[8]);
    expect(r.stderr).toContain("A: 48 of 80 visitors; B: 56 of 70 visitors.");
  });

  test("--confidence, CSV on stdout, xlsx with sheet A-B test", async () => {
    const csv = await runCli("abtest", ...COUNTS, "--confidence", "90", "-q");
    const spilled = abTest(48, 80, 56, 70, 0.9);
    expect(Papa.parse<string[]>(csv.stdout.trimEnd()).data).toEqual(spilled.map((row) => row.map(String)));
    const out = join(dir, "abtest.xlsx");
    const r = await runCli("abtest", ...COUNTS, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Wrote 1 row (A/B test of conversion rates) to ${out}.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["A-B test"]);
    expect(wb.worksheets[0].getCell("A2").value).toBe(0.6);
    expect(wb.worksheets[0].getCell("A2").numFmt).toBe("0.0%");
  });

  test("bad counts name the flags", async () => {
    const more = await runCli("abtest", "--conversions-a", "90", "--visitors-a", "80", "--conversions-b", "1", "--visitors-b", "2");
    expect(more.code).toBe(1);
    expect(more.stderr).toBe("cx abtest: --conversions-a: 90 is more than --visitors-a (80)\n");
    const text = await runCli("abtest", "--conversions-a", "4", "--visitors-a", "many", "--conversions-b", "1", "--visitors-b", "2");
    expect(text.stderr).toBe("cx abtest: --visitors-a: 'many' must be a whole number of at least 1\n");
    const confidence = await runCli("abtest", ...COUNTS, "--confidence", "high");
    expect(confidence.stderr).toBe("cx abtest: --confidence: 'high' must be a probability between 0 and 1, such as 0.95 or 95%\n");
    const missing = await runCli("abtest", "--conversions-a", "4", "--visitors-a", "8");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("required option '--conversions-b <n>' not specified");
  });
});

describe("cx abtest-means", () => {
  // sleep.csv: Student's sleep data, Drug 1 = group 1 (A), Drug 2 = group 2 (B). R's t.test(extra ~ group,
  // data = sleep): t = -1.8608, df = 17.776, p = 0.07939, 95% CI -3.3654832 to 0.2054832 for A - B.
  test("matches R's t.test and equals =CX.ABTEST.MEANS on the same cells", async () => {
    const r = await runCli("abtest-means", "-i", SLEEP, "--a", "Drug 1", "--b", "Drug 2", "--format", "json");
    expect(r.code).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(SLEEP, "utf8").trimEnd()).data;
    const spilled = abTestMeans(
      rows.map((row) => [row[1]]),
      rows.map((row) => [row[2]]),
    );
    const got = body(r.stdout, spilled[0]);
    expect(got).toEqual(spilled.slice(1));
    const [meanA, meanB, , , lo, hi, t, df, p] = got[0] as number[];
    expect([meanA, meanB]).toEqual([expect.closeTo(0.75, 12), expect.closeTo(2.33, 12)]);
    expect(lo).toBeCloseTo(-0.2054832, 7);
    expect(hi).toBeCloseTo(3.3654832, 7);
    expect(t).toBeCloseTo(1.8608, 4);
    expect(df).toBeCloseTo(17.776, 3);
    expect(p).toBeCloseTo(0.07939, 5);
    expect(r.stderr).toContain("Drug 1: The first row was read as a header and skipped.");
  });

  test("columns of different lengths and by number; --confidence", async () => {
    const csv = join(dir, "uneven.csv");
    writeFileSync(csv, "Control,Variant\n1,2\n2,4\n3,6\n,8\n");
    const r = await runCli("abtest-means", "-i", csv, "--a", "1", "--b", "2", "--confidence", "0.9", "--format", "json", "-q");
    const spilled = abTestMeans([[1], [2], [3]], [[2], [4], [6], [8]], 0.9);
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    // A mean 2, B mean 5; SE sqrt(1/3 + 20/12) = sqrt(2): t = 3 / sqrt(2).
    expect(JSON.parse(r.stdout)[0].t).toBeCloseTo(3 / Math.SQRT2, 12);
  });

  test("errors name the column and the line, or the flag", async () => {
    const csv = join(dir, "bad-means.csv");
    writeFileSync(csv, "Control,Variant\n1,2\n\n2,n/a\n");
    const bad = await runCli("abtest-means", "-i", csv, "--a", "Control", "--b", "Variant");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("cx abtest-means: Variant, row 4: 'n/a' is not a number\n");
    const missing = await runCli("abtest-means", "-i", SLEEP, "--a", "Drug 1", "--b", "Drug 3");
    expect(missing.stderr).toBe("cx abtest-means: --b: no column named 'Drug 3' (the columns are: Patient, Drug 1, Drug 2)\n");
    writeFileSync(csv, "Control,Variant\n1,2\n2,\n");
    const few = await runCli("abtest-means", "-i", csv, "--a", "Control", "--b", "Variant");
    expect(few.stderr).toBe("cx abtest-means: Variant: needs at least 2 values for a t test (got 1)\n");
    writeFileSync(csv, "Control,Variant\n1,\n2,\n");
    const none = await runCli("abtest-means", "-i", csv, "--a", "Control", "--b", "Variant");
    expect(none.stderr).toBe("cx abtest-means: Variant: no numbers (every cell is blank)\n");
  });
});

describe("cx samplesize", () => {
  // R's ?power.prop.test: p1 = 0.50, p2 = 0.75, power 0.90 -> n = 76.7 per group, so 77 per arm.
  test("the sample size table; Per arm is =CX.SAMPLESIZE", async () => {
    const r = await runCli("samplesize", "--base-rate", "0.5", "--effect", "0.25", "--power", "0.9", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ "Base rate": 0.5, "Target rate": 0.75, Power: 0.9, "Significance level": 0.05, "Per arm": 77, Total: 154 }]);
    expect(JSON.parse(r.stdout)[0]["Per arm"]).toBe(sampleSize(0.5, 0.25, 0.9));
    expect(r.stderr.split("\n")[0]).toBe(
      "77 visitors in each arm (154 in all) detect a change in the conversion rate from 50.00% to 75.00% with 90% power, by a two-sided test at the 5% level.",
    );
  });

  test("percent forms, a drop written as a negative effect, defaults of 80% power and 5% alpha", async () => {
    // 5% -> 6%: 8158 per arm (test/functions/experiment.test.ts); 6% -> 5% the same.
    const rise = await runCli("samplesize", "--base-rate", "5%", "--effect", "1%", "-q");
    const [header, row] = Papa.parse<string[]>(rise.stdout.trimEnd()).data;
    expect(header).toEqual(["Base rate", "Target rate", "Power", "Significance level", "Per arm", "Total"]);
    expect(row.map(Number)).toEqual([0.05, expect.closeTo(0.06, 15), 0.8, 0.05, 8158, 16316]);
    const drop = await runCli("samplesize", "--base-rate", "6%", "--effect", "-1%", "--format", "json", "-q");
    expect(JSON.parse(drop.stdout)[0]["Per arm"]).toBe(8158);
  });

  test("bad arguments name the flags", async () => {
    const power = await runCli("samplesize", "--base-rate", "0.5", "--effect", "0.1", "--power", "0.3");
    expect(power.code).toBe(1);
    expect(power.stderr).toBe("cx samplesize: --power: 0.3 is too low: use at least 50% (usually 80% or 90%)\n");
    const target = await runCli("samplesize", "--base-rate", "0.95", "--effect", "0.1");
    expect(target.stderr).toBe("cx samplesize: --effect: the target rate --base-rate + effect = 1.05 must lie between 0 and 1\n");
    const rate = await runCli("samplesize", "--base-rate", "often", "--effect", "0.1");
    expect(rate.stderr).toBe("cx samplesize: --base-rate: 'often' must be a probability between 0 and 1, such as 0.05 or 5%\n");
    const alpha = await runCli("samplesize", "--base-rate", "0.5", "--effect", "0.1", "--alpha", "0.7");
    expect(alpha.stderr).toBe("cx samplesize: --alpha: 0.7 is too high: use at most 50% (usually 5%)\n");
  });

  test("abtest, abtest-means and samplesize --help document the options", async () => {
    const ab = await runCli("abtest", "--help");
    for (const flag of ["--conversions-a", "--visitors-a", "--conversions-b", "--visitors-b", "--confidence", "--format", "--out", "--quiet"]) expect(ab.stdout).toContain(flag);
    const means = await runCli("abtest-means", "--help");
    for (const flag of ["--input", "--sheet", "--a", "--b", "--confidence"]) expect(means.stdout).toContain(flag);
    const size = await runCli("samplesize", "--help");
    for (const flag of ["--base-rate", "--effect", "--power", "--alpha"]) expect(size.stdout).toContain(flag);
  });
});
