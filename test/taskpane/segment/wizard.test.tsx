/** @jest-environment jsdom */
// The segmentation wizard as a user drives it on the in-memory workbook, one test per method:
// columns found by their headers, the elbow and the choice of k, the results, and the sheet it
// writes holding the engine's values for the same cells (with the user's names).
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { mulberry32 } from "../../../src/core/math/random";
import { kmeansAnalysis, readSegmentRange } from "../../../src/core/segment";
import { MemoryWorkbook, type MemorySheetView } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";
import { fill, zh } from "../../../src/taskpane/i18n/strings";

// jsdom has no SVG text layout; the charts measure their axis text.
beforeAll(() => {
  Object.defineProperty(SVGElement.prototype, "getComputedTextLength", { value: function (this: SVGElement) { return 7 * (this.textContent ?? "").length; }, configurable: true });
});

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** 60 customers in three well-separated blobs of recency, frequency and monetary value (seeded). */
function blobs(): unknown[][] {
  const rand = mulberry32(7);
  const centres = [
    [10, 20, 900],
    [200, 3, 100],
    [60, 8, 400],
  ];
  const rows: unknown[][] = [["Customer", "Recency", "Frequency", "Monetary", "Region"]];
  for (let i = 0; i < 60; i++) {
    const c = centres[i % 3];
    rows.push([`C${String(i + 1).padStart(3, "0")}`, Math.round(c[0] + (rand() - 0.5) * 20), Math.round(c[1] + (rand() - 0.5) * 4), Math.round(c[2] + (rand() - 0.5) * 80), i % 2 ? "North" : "South"]);
  }
  return rows;
}

function workbook(name: string, values: unknown[][], address: string): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues(name, values);
  wb.select(name, address);
  return wb;
}

/** An Excel table of the sheet as rows of values (header first). */
function table(sheet: MemorySheetView, name: string): unknown[][] {
  const t = sheet.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${sheet.tables.map((x) => x.name).join(", ")}`);
  return sheet.values.slice(t.row, t.row + t.rows).map((r) => r.slice(t.col, t.col + t.cols));
}

const rowsOf = (el: HTMLElement) => within(el).getAllByRole("row").map((r) => Array.from(r.children).map((c) => c.textContent));

async function openWizard(user: ReturnType<typeof userEvent.setup>, method: RegExp) {
  await user.click(screen.getByRole("button", { name: "Open segments and focus wizard" }));
  await user.click(screen.getByRole("radio", { name: method }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
}

test("clusters: columns found, elbow, choose k, run, rename, insert: the sheet holds the engine's clusters", async () => {
  const values = blobs();
  const wb = workbook("Customers", values, "A1:E61");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  expect(screen.getByText("=CX.KMEANS(data, k, ...)")).toBeTruthy();
  await openWizard(user, /^Clusters \(k-means\)/);
  await screen.findByText("Rows to analyse: 60.");
  expect(screen.getByText("Step 2 of 6: Data")).toBeTruthy();
  // Recency, Frequency and Monetary are chosen by their headers; Customer is the id; Region is left out.
  const group = screen.getByRole("group", { name: "Columns to cluster on" });
  const checked = within(group).getAllByRole("checkbox").filter((c) => (c as HTMLInputElement).checked).map((c) => c.closest("span, div")?.textContent);
  expect(checked).toEqual(["Recency (B)", "Frequency (C)", "Monetary (D)"]);
  expect(screen.getByRole("combobox", { name: "Id column (optional)" }).textContent).toBe("Customer (A)");

  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("radio", { name: "z-scores: each column on the same scale" })).toHaveProperty("checked", true);
  await user.click(screen.getByRole("button", { name: "Next" }));
  await screen.findByText("Step 4 of 6: Choose k");
  // Three blobs: the mean silhouette peaks at k = 3.
  expect(screen.getByText(/^Suggested: k = 3, the highest mean silhouette \(0\.\d\d\)\.$/)).toBeTruthy();
  const elbow = rowsOf(screen.getByRole("table", { name: "Choosing k: inertia (elbow) and mean silhouette" }));
  expect(elbow[0]).toEqual(["k", "Inertia", "Inertia drop", "Mean silhouette"]);
  expect(elbow.slice(1).map((r) => r[0])).toEqual(["2", "3", "4", "5", "6", "7", "8", "9", "10"]);
  expect(screen.getByRole("figure", { name: "Inertia (elbow) and mean silhouette by k" })).toBeTruthy();
  expect(screen.getByRole("combobox", { name: "Number of clusters (k)" })).toHaveProperty("value", "3");

  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  expect(screen.getByText("k-means split 60 rows into 3 clusters on Recency, Frequency, Monetary (scale: z-scores), the best of 10 runs from seed 1.")).toBeTruthy();
  // Names suggested from the profiles (RFM words), one per cluster, all different.
  const nameBoxes = [1, 2, 3].map((n) => screen.getByRole("textbox", { name: `Name of cluster ${n}` }) as HTMLInputElement);
  const suggested = nameBoxes.map((b) => b.value);
  expect(new Set(suggested).size).toBe(3);
  expect(suggested).toContain("Best customers");
  expect([...suggested].sort()).toEqual(["Best customers", "Lapsed", "Middle of the road"]);
  const best = suggested.indexOf("Best customers");
  await user.clear(nameBoxes[best]);
  await user.type(nameBoxes[best], "Champions");
  const centres = rowsOf(screen.getByRole("table", { name: "Cluster centres (means in original units)" }));
  expect(centres[0]).toEqual(["Cluster", "Name", "Size", "Share", "Recency", "Frequency", "Monetary"]);
  expect(centres.slice(1).map((r) => r[2])).toEqual(["20", "20", "20", "60"]);
  expect(centres[best + 1][1]).toBe("Champions");
  expect(screen.getByRole("region", { name: "What it means and what to do" })).toBeTruthy();
  // The scatter of the clusters on the two columns that separate them most, all 60 rows.
  expect(screen.getByRole("figure", { name: /^Clusters: (Recency|Frequency|Monetary) against (Recency|Frequency|Monetary)$/ })).toBeTruthy();
  expect(screen.getByText("60 rows, evenly spaced through the data, colored by cluster.")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Segments”. Your data was not changed.");
  const sheet = wb.sheet("Segments")!;
  expect(wb.sheet("Customers")!.values).toEqual(values);
  // The engine on the same cells, as =CX.KMEANS gets them.
  const engine = kmeansAnalysis(readSegmentRange(values.map((r) => r.slice(1, 4))), { k: 3, standardize: "z", seed: 1, restarts: 10 });
  const labels = table(sheet, "Segments_Labels");
  expect(labels[0]).toEqual(["Row", "Id", "Recency", "Frequency", "Monetary", "Cluster", "Name"]);
  expect(labels.slice(1).map((r) => r[0])).toEqual(values.slice(1).map((_, i) => i + 2));
  expect(labels.slice(1).map((r) => r[1])).toEqual(values.slice(1).map((r) => r[0]));
  expect(labels.slice(1).map((r) => r[5])).toEqual(Array.from(engine.result.labels, (c) => c + 1));
  const names = suggested.map((n, c) => (c === best ? "Champions" : n));
  expect(labels.slice(1).map((r) => r[6])).toEqual(Array.from(engine.result.labels, (c) => names[c]));
  // The blobs are recovered exactly: every third customer shares a cluster.
  expect(new Set(labels.slice(1).filter((_, i) => i % 3 === 0).map((r) => r[5])).size).toBe(1);
  const centers = table(sheet, "Segments_Centers");
  centers.slice(1, 4).forEach((row, c) => {
    expect(row[0]).toBe(c + 1);
    expect(row[1]).toBe(names[c]);
    for (let t = 0; t < 3; t++) expect(row[4 + t]).toBeCloseTo(engine.means[c * 3 + t], 9);
  });
  expect(centers[4].slice(0, 3)).toEqual(["All", "All", 60]);
  expect(table(sheet, "Segments_Elbow").map((r) => r[0])).toEqual(["k", 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect(sheet.charts.map((c) => [c.type, c.title])).toEqual([
    ["column", "Rows by cluster"],
    ["line", "Inertia (elbow) and mean silhouette by k"],
  ]);
  expect(sheet.charts[1].series.map((s) => [s.name, s.secondaryAxis ?? false])).toEqual([
    ["Inertia", false],
    ["Mean silhouette", true],
  ]);
  expect(sheet.values.flat()).toContain('=CX.KMEANS(Customers!B1:D61,3,"z",1,10)');
  expect(sheet.values.flat()).toContain("Champions: 20 rows (33%), very high Frequency, very high Monetary, low Recency.");
  expect(sheet.formulas).toEqual([]);
}, 60000);

test("tiers: typed thresholds, the heat map, a renamed tier, insert (by hand)", async () => {
  // Value cut at 30 and 60, need at 3 and 6 (each the upper bound of its level):
  //   value Low (10, 20, 30): need 1 L, 2 L, 8 H -> 2, 0, 1
  //   value Mid (40, 50, 60): need 1 L, 5 M, 9 H -> 1, 1, 1
  //   value High (70, 80, 90, 100): need 2 L, 2 L, 7 H, 1 L -> 3, 0, 1
  const values: unknown[][] = [
    ["Client", "Assets", "Contacts"],
    ...[10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((v, i) => [`K${i + 1}`, v, [1, 2, 8, 1, 5, 9, 2, 2, 7, 1][i]]),
  ];
  const wb = workbook("Clients", values, "A1:C11");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Tiers: a value x need grid/);
  await screen.findByText("Rows to analyse: 10.");
  expect(screen.getByRole("combobox", { name: "Value column" }).textContent).toBe("Assets (B)");
  expect(screen.getByRole("combobox", { name: "Need column" }).textContent).toBe("Contacts (C)");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("radio", { name: "My thresholds" }));
  expect(screen.getByText("Give 1 to 4 ascending numbers, separated by commas, for both value and need.")).toBeTruthy();
  await user.type(screen.getByRole("textbox", { name: "Value thresholds" }), "30, 60");
  await user.type(screen.getByRole("textbox", { name: "Need thresholds" }), "3, 6");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  expect(screen.getByText("10 rows on a 3 x 3 grid: value cut at 30, 60, need cut at 3, 6. Each threshold is the upper bound of its level, included.")).toBeTruthy();
  const heat = rowsOf(screen.getByRole("table", { name: "Rows: value level, highest first. Columns: need level, lowest first. Darker cells hold more rows." }));
  expect(heat).toEqual([
    ["Value \\ Need", "Low", "Mid", "High"],
    ["High", "3", "0", "1"],
    ["Mid", "1", "1", "1"],
    ["Low", "2", "0", "1"],
  ]);
  const box = screen.getByRole("textbox", { name: "Name for value High, need Low" });
  expect(box).toHaveProperty("value", "High value, Low need");
  await user.clear(box);
  await user.type(box, "Keep happy");
  // A name that looks like a formula is the user's text and is written as text.
  const costly = screen.getByRole("textbox", { name: "Name for value Low, need High" });
  await user.clear(costly);
  await user.type(costly, "=costly");

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Tiers”. Your data was not changed.");
  const sheet = wb.sheet("Tiers")!;
  expect(table(sheet, "Tiers_Tiers").slice(1).map((r) => r.slice(0, 7))).toEqual([
    [2, "K1", 10, 1, "Low", "Low", "Low value, Low need"],
    [3, "K2", 20, 2, "Low", "Low", "Low value, Low need"],
    [4, "K3", 30, 8, "Low", "High", "=costly"],
    [5, "K4", 40, 1, "Mid", "Low", "Mid value, Low need"],
    [6, "K5", 50, 5, "Mid", "Mid", "Mid value, Mid need"],
    [7, "K6", 60, 9, "Mid", "High", "Mid value, High need"],
    [8, "K7", 70, 2, "High", "Low", "Keep happy"],
    [9, "K8", 80, 2, "High", "Low", "Keep happy"],
    [10, "K9", 90, 7, "High", "High", "High value, High need"],
    [11, "K10", 100, 1, "High", "Low", "Keep happy"],
  ]);
  const summary = table(sheet, "Tiers_Summary");
  expect(summary[1].slice(0, 6)).toEqual(["Keep happy", "High", "Low", 3, 0.3, 250]);
  expect(summary[1][6]).toBeCloseTo(250 / 550, 12);
  // The grid is written with a color scale (a heat map), not as an Excel table.
  expect(sheet.colorScales).toHaveLength(1);
  const scale = sheet.colorScales[0];
  expect(sheet.read(scale)).toEqual([
    [3, 0, 1],
    [1, 1, 1],
    [2, 0, 1],
  ]);
  expect(sheet.charts.map((c) => [c.type, c.title])).toEqual([["column", "Rows by tier"]]);
  expect(sheet.values.flat()).toContain(
    '=CX.TIER(Clients!B1:B11,Clients!C1:C11,{30,60},{3,6},{"Keep happy","High value, Mid need","High value, High need";"Mid value, Low need","Mid value, Mid need","Mid value, High need";"Low value, Low need","Low value, Mid need","=costly"})',
  );
  expect(sheet.formulas).toEqual([]);
}, 60000);

test("Pareto: 50, 30, 10, 5, 3, 2 are A, A, B, B, C, C; the combo chart; insert", async () => {
  // P1's 50 comes in two rows (30 + 20), added up.
  const values: unknown[][] = [["Product", "Revenue"], ["P1", 30], ["P2", 30], ["P3", 10], ["P1", 20], ["P4", 5], ["P5", 3], ["P6", 2]];
  const wb = workbook("Sales", values, "A1:B8");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Pareto \(ABC\)/);
  await screen.findByText("Rows to analyse: 7.");
  expect(screen.getByRole("combobox", { name: "Item column" }).textContent).toBe("Product (A)");
  expect(screen.getByRole("combobox", { name: "Value of each row" }).textContent).toBe("Revenue (B)");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  expect(screen.getByText("33% of the items (2 of 6) make 80% of the value: class A.")).toBeTruthy();
  expect(screen.getByText("Class B: 2 items, 15% of the value. Class C: 2 items, 5% of the value.")).toBeTruthy();
  expect(screen.getByRole("figure", { name: "Pareto chart: value and cumulative share" })).toBeTruthy();
  expect(rowsOf(screen.getByRole("table", { name: "ABC classes" }))).toEqual([
    ["Class", "Items", "Share of items", "Value", "Share of value"],
    ["A", "2", "33%", "80", "80%"],
    ["B", "2", "33%", "15", "15%"],
    ["C", "2", "33%", "5", "5%"],
  ]);

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Pareto”. Your data was not changed.");
  const sheet = wb.sheet("Pareto")!;
  const items = table(sheet, "Pareto_Items");
  expect(items[0]).toEqual(["Rank", "Item", "Value", "Share", "Cumulative share", "Class"]);
  expect(items.slice(1).map((r) => [r[1], r[2], r[5]])).toEqual([
    ["P1", 50, "A"],
    ["P2", 30, "A"],
    ["P3", 10, "B"],
    ["P4", 5, "B"],
    ["P5", 3, "C"],
    ["P6", 2, "C"],
  ]);
  [0.5, 0.8, 0.9, 0.95, 0.98, 1].forEach((c, i) => expect(items[i + 1][4]).toBeCloseTo(c, 12));
  // The Pareto chart: columns of value, the cumulative share on the secondary axis (a line in Excel).
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0].type).toBe("column");
  expect(sheet.charts[0].series.map((s) => [s.name, s.secondaryAxis ?? false])).toEqual([
    ["Value", false],
    ["Cumulative share", true],
  ]);
  expect(sheet.values.flat()).toContain("=CX.PARETO(Sales!A1:A8,Sales!B1:B8)");
  expect(sheet.values.flat()).toContain("Rows that repeated an item and were added to it: 1.");
}, 60000);

test("text in a numeric column stops the data step with a message naming the cell", async () => {
  const values = blobs();
  values[4][3] = "n/a";
  const wb = workbook("Customers", values, "A1:E61");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Clusters \(k-means\)/);
  await screen.findByText(/^This data cannot be analysed yet\. Monetary, row 5: 'n\/a' is not a number/);
  expect(screen.getByRole("button", { name: "Next" })).toHaveProperty("disabled", true);
});

test("skewed money and counts: log is suggested and chosen, and the formula says so", async () => {
  // Monetary grows geometrically (a long right tail); Recency is symmetric.
  const values: unknown[][] = [["Recency", "Monetary"], ...Array.from({ length: 30 }, (_, i) => [(i * 7) % 30, Math.round(20 * Math.pow(1.25, i))])];
  const wb = workbook("Spend", values, "A1:B31");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Clusters \(k-means\)/);
  await screen.findByText("Rows to analyse: 30.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByText("Monetary: a few very large values, as money and counts often have. Log, then z-scores is suggested.")).toBeTruthy();
  expect(screen.getByRole("radio", { name: "log, then z-scores: for skewed money and counts" })).toHaveProperty("checked", true);
  await user.clear(screen.getByRole("textbox", { name: "Largest k to try" }));
  await user.type(screen.getByRole("textbox", { name: "Largest k to try" }), "4");
  await user.click(screen.getByRole("button", { name: "Next" }));
  const k = await screen.findByRole("combobox", { name: "Number of clusters (k)" });
  expect(within(k).getAllByRole("option").map((o) => o.textContent)).toEqual(["2", "3", "4"]);
  await user.selectOptions(k, "2");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await user.click(await screen.findByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “Segments”. Your data was not changed.");
  const engine = kmeansAnalysis(readSegmentRange(values), { k: 2, standardize: "log" });
  const sheet = wb.sheet("Segments")!;
  expect(table(sheet, "Segments_Labels").slice(1).map((r) => r[3])).toEqual(Array.from(engine.result.labels, (c) => c + 1));
  expect(sheet.values.flat()).toContain('=CX.KMEANS(Spend!A1:B31,2,"log",1,10)');
}, 60000);

test("rows that are all the same cannot be clustered: the pane says so", async () => {
  const values: unknown[][] = [["Recency", "Frequency"], ...Array.from({ length: 5 }, () => [10, 2])];
  const wb = workbook("Same", values, "A1:B6");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Clusters \(k-means\)/);
  await screen.findByText("Rows to analyse: 5.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await screen.findByText(/^This data cannot be analysed yet\. data: every row has the same values: there is nothing to cluster/);
});

test("few distinct rows: k is offered only up to the distinct rows", async () => {
  const values: unknown[][] = [["Recency", "Frequency"], [1, 1], [1, 1], [50, 5], [50, 5], [100, 9], [100, 9]];
  const wb = workbook("Few", values, "A1:B7");
  const user = userEvent.setup();
  render(<App initialLanguage="en" gateway={wb} />);
  await openWizard(user, /^Clusters \(k-means\)/);
  await screen.findByText("Rows to analyse: 6.");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Next" }));
  const k = await screen.findByRole("combobox", { name: "Number of clusters (k)" });
  expect(within(k).getAllByRole("option").map((o) => o.textContent)).toEqual(["2", "3"]);
});

test("in Chinese: steps, results and the sheet in the zh strings", async () => {
  const values = blobs();
  const wb = workbook("Customers", values, "A1:E61");
  const user = userEvent.setup();
  render(<App initialLanguage="zh" gateway={wb} />);
  await user.click(screen.getByRole("button", { name: zh.openSegmentWizard }));
  await user.click(screen.getByRole("button", { name: zh.next }));
  await user.click(screen.getByRole("button", { name: zh.useSelection }));
  await screen.findByText(fill("zh", "segWillAnalyse", { rows: "60" }));
  await user.click(screen.getByRole("button", { name: zh.next }));
  await user.click(screen.getByRole("button", { name: zh.next }));
  await screen.findByText(fill("zh", "segStepOf", { n: 4, total: 6, name: zh.segStepChooseK }));
  await user.click(screen.getByRole("button", { name: zh.runAnalysis }));
  await screen.findByRole("button", { name: zh.insert });
  const names = [1, 2, 3].map((n) => (screen.getByRole("textbox", { name: fill("zh", "segNameLabel", { n }) }) as HTMLInputElement).value);
  expect(names).toContain(zh.segNameBest);
  expect(screen.getByRole("heading", { name: zh.segMeaningHeading })).toBeTruthy();
  const centres = rowsOf(screen.getByRole("table", { name: zh.srCentersTitle }));
  expect(centres[0].slice(0, 4)).toEqual([zh.srCluster, zh.srName, zh.srSize, zh.srShare]);
  expect(centres[4][0]).toBe(zh.srAll);
  await user.click(screen.getByRole("button", { name: zh.insert }));
  await screen.findByText(fill("zh", "insertedTo", { sheet: zh.segSheetClusters }));
  const sheet = wb.sheet(zh.segSheetClusters)!;
  expect(table(sheet, "Segments_Labels")[0]).toEqual([zh.srRow, zh.srId, "Recency", "Frequency", "Monetary", zh.srCluster, zh.srName]);
  expect(sheet.values.flat()).toContain(zh.segSheetTitleClusters);
  expect(sheet.charts.map((c) => c.title)).toEqual([zh.srChartSizes, zh.srChartElbow]);
}, 60000);

describe.each(["en", "zh"] as const)("no serious or critical axe violations on any step (%s)", (language) => {
  const name = (en: string, zhText: string) => (language === "en" ? en : zhText);
  const run = async (wb: MemoryWorkbook, method: string, steps: string[]) => {
    const user = userEvent.setup();
    render(<App initialLanguage={language} gateway={wb} />);
    await user.click(screen.getByRole("button", { name: name("Open segments and focus wizard", zh.openSegmentWizard) }));
    await user.click(screen.getByRole("radio", { name: method }));
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole("button", { name: name("Next", zh.next) }));
    await user.click(screen.getByRole("button", { name: name("Use current selection", zh.useSelection) }));
    await screen.findByText(new RegExp(name("^Rows to analyse", "^将分析")));
    expect(await seriousViolations()).toEqual([]);
    for (const step of steps) {
      await user.click(screen.getByRole("button", { name: step }));
      expect(await seriousViolations()).toEqual([]);
    }
    await screen.findByRole("button", { name: name("Insert into workbook", zh.insert) });
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole("button", { name: name("Insert into workbook", zh.insert) }));
    await screen.findByRole("button", { name: name("Go to sheet", zh.goToSheet) });
    expect(await seriousViolations()).toEqual([]);
  };
  const next = name("Next", zh.next);
  const runIt = name("Run analysis", zh.runAnalysis);

  test("clusters", async () => {
    await run(workbook("Customers", blobs(), "A1:E61"), name("Clusters (k-means): groups of customers who behave alike", zh.segMethodClusters), [next, next, runIt]);
  }, 90000);

  test("tiers", async () => {
    const tiers = [["Client", "Assets", "Contacts"], ...Array.from({ length: 12 }, (_, i) => [`K${i}`, (i + 1) * 10, (i * 7) % 5])];
    await run(workbook("Clients", tiers, "A1:C13"), name("Tiers: a value x need grid", zh.segMethodTiers), [next, runIt]);
  }, 90000);

  test("Pareto", async () => {
    const sales = [["Product", "Revenue"], ["P1", 50], ["P2", 30], ["P3", 10], ["P4", 5], ["P5", 3], ["P6", 2]];
    await run(workbook("Sales", sales, "A1:B7"), name("Pareto (ABC): the few items that make most of the value", zh.segMethodPareto), [next, runIt]);
  }, 90000);
});
