// `cx kmeans`, `cx tier` and `cx pareto` end to end (in-process): the tables equal what
// =CX.KMEANS, =CX.KMEANS.CENTERS, =CX.KMEANS.ELBOW, =CX.TIER.SUMMARY and =CX.PARETO spill for the
// same cells, values worked out by hand, and errors naming the column, the line or the flag.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { kmeans, kmeansCenters, kmeansElbow, pareto, tier, tierSummary } from "../../src/functions/segment";
import { ROOT, runCli } from "./run-cli";

const fixture = (name: string) => join(ROOT, "test", "fixtures", "segment", name);
const CUSTOMERS = fixture("customers.csv");
const CLIENTS = fixture("clients.csv");
const SALES = fixture("sales.csv");
type Row = Record<string, unknown>;
const json = (stdout: string) => JSON.parse(stdout) as Row[];
/** The JSON rows as the spilled table's body (in the header's order). */
const body = (stdout: string, header: unknown[]) => json(stdout).map((o) => header.map((h) => o[h as string]));
/** Columns of a CSV fixture as Excel passes a range: rows of cells, numbers as numbers, blanks as "". */
function range(file: string, cols: number[]): unknown[][] {
  const rows = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true }).data;
  return rows.map((row, i) => cols.map((j) => (i === 0 || row[j] === "" || Number.isNaN(Number(row[j])) ? row[j] : Number(row[j]))));
}

/*
 * customers.csv: 13 customers, Monetary blank for C07 (line 8, skipped). Three groups:
 *   recent, frequent, big spenders C01, C04, C10, C13; lapsed one-off buyers C02, C05, C08, C11;
 *   the middle C03, C06, C09, C12. Four each: numbered by their first line, 1 = C01's.
 */
describe("cx kmeans", () => {
  const columns = ["--columns", "Recency (days),Frequency,Monetary"];

  test("the cluster of each customer with --id, equal to =CX.KMEANS on the same cells", async () => {
    const r = await runCli("kmeans", "-i", CUSTOMERS, ...columns, "--k", "3", "--id", "Customer", "--format", "json");
    expect(r.code).toBe(0);
    const rows = json(r.stdout);
    expect(Object.keys(rows[0])).toEqual(["Row", "Id", "Recency (days)", "Frequency", "Monetary", "Cluster"]);
    const byId = Object.fromEntries(rows.map((o) => [o.Id, o.Cluster]));
    expect(byId).toEqual({ C01: 1, C04: 1, C10: 1, C13: 1, C02: 2, C05: 2, C08: 2, C11: 2, C03: 3, C06: 3, C09: 3, C12: 3 });
    expect(rows.find((o) => o.Id === "C10")!.Row).toBe(11);
    const spilled = kmeans(range(CUSTOMERS, [1, 2, 3]), 3);
    expect(spilled.filter((row) => row[0] !== "").slice(1).map((row) => row[0])).toEqual(rows.map((o) => o.Cluster));
    expect(r.stderr).toContain("1 row skipped because Monetary was blank (row 8).");
    expect(r.stderr).toContain("k-means split 12 rows into 3 clusters on Recency (days), Frequency, Monetary");
  });

  test("--table centers and --table elbow: the tables =CX.KMEANS.CENTERS and =CX.KMEANS.ELBOW spill", async () => {
    const centers = await runCli("kmeans", "-i", CUSTOMERS, ...columns, "--k", "3", "--standardize", "log", "--seed", "7", "--table", "centers", "--format", "json", "-q");
    expect(centers.code).toBe(0);
    const spilled = kmeansCenters(range(CUSTOMERS, [1, 2, 3]), 3, "log", 7);
    expect(body(centers.stdout, spilled[0])).toEqual(spilled.slice(1));
    // The big spenders: C01, C04, C10, C13, mean recency (5 + 8 + 3 + 10) / 4 = 6.5 days.
    expect(spilled[1].slice(0, 6)).toEqual([1, 4, 1 / 3, 6.5, 12.5, 2047.5]);
    expect(spilled[1][7]).toBe("very low Recency (days), very high Frequency, very high Monetary");
    const elbow = await runCli("kmeans", "-i", CUSTOMERS, ...columns, "--table", "elbow", "--max-k", "5", "--format", "json", "-q");
    expect(elbow.code).toBe(0);
    const e = kmeansElbow(range(CUSTOMERS, [1, 2, 3]), 5);
    expect(body(elbow.stdout, e[0])).toEqual(e.slice(1));
  });

  test("errors name the flag or the file's column and line", async () => {
    const noK = await runCli("kmeans", "-i", CUSTOMERS, ...columns);
    expect(noK.code).toBe(1);
    expect(noK.stderr).toBe("cx kmeans: --k: give the number of clusters, e.g. --k 4 (or --table elbow to help choose it)\n");
    const badK = await runCli("kmeans", "-i", CUSTOMERS, ...columns, "--k", "0");
    expect(badK.stderr).toBe("cx kmeans: --k: '0' must be a whole number from 1 to 50\n");
    const how = await runCli("kmeans", "-i", CUSTOMERS, ...columns, "--k", "2", "--standardize", "fancy");
    expect(how.stderr).toMatch(/^cx kmeans: --standardize: 'fancy' must be "z"/);
    const col = await runCli("kmeans", "-i", CUSTOMERS, "--columns", "Recency,Spend", "--k", "2");
    expect(col.stderr).toBe("cx kmeans: --columns: no column named 'Recency' (the columns are: Customer, Recency (days), Frequency, Monetary)\n");
    const text = await runCli("kmeans", "-i", CUSTOMERS, "--columns", "Customer,Frequency", "--k", "2");
    expect(text.stderr).toBe("cx kmeans: Customer, row 2: 'C01' is not a number\n");
  });
});

/*
 * clients.csv: assets 500k, 2M, 15M, 800k, 10M, 1M and contacts 1, 5, 2, 8, 9, 3; with thresholds
 * 1M and 10M, 3 and 6 (each the upper bound of its level, included): K1 Low/Low, K2 Mid/Mid,
 * K3 High/Low, K4 Low/High, K5 Mid/High, K6 Low/Low.
 */
describe("cx tier", () => {
  const thresholds = ["--value-thresholds", "1000000,10000000", "--need-thresholds", "3;6"];
  test("each client's tier with --id, worked out by hand, as =CX.TIER gives it", async () => {
    const r = await runCli("tier", "-i", CLIENTS, "--value", "Assets", "--need", "Contacts", ...thresholds, "--id", "Client", "--format", "json");
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((o) => [o.Id, o.Tier])).toEqual([
      ["K1", "Low value, Low need"],
      ["K2", "Mid value, Mid need"],
      ["K3", "High value, Low need"],
      ["K4", "Low value, High need"],
      ["K5", "Mid value, High need"],
      ["K6", "Low value, Low need"],
    ]);
    const spilled = tier(range(CLIENTS, [1]), range(CLIENTS, [2]), [[1e6, 1e7]], [[3, 6]]);
    expect(json(r.stdout).map((o) => [o["Value level"], o["Need level"], o.Tier])).toEqual(spilled.slice(1));
    expect(r.stderr).toContain("6 rows placed on a 3 x 3 grid: value cut at 1,000,000, 10,000,000 (given thresholds), need cut at 3, 6 (given thresholds).");
  });

  test("--table summary equals =CX.TIER.SUMMARY; --labels names the tiers", async () => {
    const r = await runCli("tier", "-i", CLIENTS, "--value", "2", "--need", "3", "--table", "summary", "--format", "json", "-q");
    const spilled = tierSummary(range(CLIENTS, [1]), range(CLIENTS, [2]));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    const named = await runCli("tier", "-i", CLIENTS, "--value", "Assets", "--need", "Contacts", ...thresholds, "--labels", "P,P,P+;M,M,M+;R,R,R+", "--format", "json", "-q");
    expect(json(named.stdout).map((o) => o.Tier)).toEqual(["R", "M", "P", "R+", "M+", "R"]);
  });

  test("errors name the flag", async () => {
    const r = await runCli("tier", "-i", CLIENTS, "--value", "Assets", "--need", "Contacts", "--value-thresholds", "10,5");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx tier: --value-thresholds: must be in ascending order (10 then 5)\n");
    const labels = await runCli("tier", "-i", CLIENTS, "--value", "Assets", "--need", "Contacts", "--labels", "a,b");
    expect(labels.stderr).toMatch(/^cx tier: --labels: is 1 x 2; give a 3 x 3 range/);
  });
});

/*
 * sales.csv: a 30 + 20 = 50, b 30, c 10, d 5, e 3, f 2 (total 100): A = a, b (80%); B = c, d (15%); C = e, f.
 */
describe("cx pareto", () => {
  test("items added up and classed, equal to =CX.PARETO; --table classes", async () => {
    const r = await runCli("pareto", "-i", SALES, "--item", "Product", "--value", "Revenue", "--format", "json");
    expect(r.code).toBe(0);
    const spilled = pareto(range(SALES, [1]), range(SALES, [2]));
    expect(body(r.stdout, spilled[0])).toEqual(spilled.slice(1));
    expect(json(r.stdout).map((o) => [o.Item, o.Value, o.Class])).toEqual([
      ["a", 50, "A"],
      ["b", 30, "A"],
      ["c", 10, "B"],
      ["d", 5, "B"],
      ["e", 3, "C"],
      ["f", 2, "C"],
    ]);
    expect(r.stderr).toContain("1 row repeated an item already listed and was added to it.");
    const classes = await runCli("pareto", "-i", SALES, "--item", "2", "--value", "3", "--table", "classes", "--format", "json", "-q");
    expect(json(classes.stdout).map((o) => [o.Class, o.Items, o.Value])).toEqual([
      ["A", 2, 80],
      ["B", 2, 15],
      ["C", 2, 5],
    ]);
  });

  test("errors name the flag", async () => {
    const r = await runCli("pareto", "-i", SALES, "--item", "Product", "--value", "Revenue", "--a-share", "0.9", "--b-share", "0.2");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("cx pareto: --b-share: 0.2 plus --a-share 0.9 is more than 1 (the C class gets what is left)\n");
    const share = await runCli("pareto", "-i", SALES, "--item", "Product", "--value", "Revenue", "--a-share", "80");
    expect(share.stderr).toBe("cx pareto: --a-share: 80 must be a share from 0.01 to 0.99 (write 0.8 or 80% for eighty percent)\n");
  });
});
