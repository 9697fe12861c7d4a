/** @jest-environment jsdom */
// The A/B test wizard as a user drives it on the in-memory workbook: counts typed or taken from
// cells, a per-visitor range, the sample-size planner, plain error messages, the sheet it writes
// (exactly the engine's numbers), Chinese, and axe-core on every view.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { abTestFromArgs, meansFromRanges, twoProportionTest } from "../../../src/core/experiment";
import { mulberry32 } from "../../../src/core/math/random";
import { MemoryWorkbook } from "../../../src/excel/memory-gateway";
import { App } from "../../../src/taskpane/App";

type User = ReturnType<typeof userEvent.setup>;

// Rendering charts and running axe in jsdom is slow on a busy machine: generous limits, no timing assertions.
jest.setTimeout(60000);

async function open(language: "en" | "zh", wb = new MemoryWorkbook()): Promise<{ user: User; wb: MemoryWorkbook }> {
  if (wb.sheetNames.length === 0) wb.addSheetWithValues("Data", [["x"]]);
  const user = userEvent.setup();
  render(<App initialLanguage={language} gateway={wb} />);
  await user.click(screen.getByRole("button", { name: language === "en" ? "Open A/B test wizard" : "打开 A/B 测试向导" }));
  return { user, wb };
}

async function typeCounts(user: User, counts: [string, string, string, string], labels = ["Conversions in A (control)", "Visitors in A", "Conversions in B (variant)", "Visitors in B"]) {
  for (let i = 0; i < 4; i++) {
    const box = screen.getByRole("textbox", { name: labels[i] });
    await user.clear(box);
    if (counts[i] !== "") await user.type(box, counts[i]);
  }
}

/** The sheet's rows of an Excel table, header first. */
function tableRows(wb: MemoryWorkbook, sheet: string, name: string) {
  const s = wb.sheet(sheet)!;
  const t = s.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${s.tables.map((x) => x.name).join(", ")}`);
  return s.read(t);
}

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

// Newcombe (1998), Statistics in Medicine 17, 873-890, table II example (b): 56/70 against 48/80.
// The engine's difference is B - A, so B = 56/70 and A = 48/80: the published hybrid score (method
// 10) interval of 0.8 - 0.6 = 0.2 is 0.0524 to 0.3339.
test("counts: Newcombe's 56/70 against 48/80, shown and inserted as the engine's values", async () => {
  const { user, wb } = await open("en");
  await typeCounts(user, ["48", "80", "56", "70"]);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  const expected = abTestFromArgs({ conversionsA: 48, visitorsA: 80, conversionsB: 56, visitorsB: 70 }).result;
  expect(expected.interval.lower).toBeCloseTo(0.0524, 4);
  expect(expected.interval.upper).toBeCloseTo(0.3339, 4);
  // The verdict in the pane is the engine's, word for word.
  expect(screen.getByText(expected.verdict)).toBeTruthy();
  expect(expected.verdict).toContain("95% interval +5.24 to +33.39 points");

  const arms = within(screen.getByRole("table", { name: "Conversion rate of each arm" })).getAllByRole("row");
  expect(arms.map((r) => r.textContent)).toEqual([
    "ArmVisitorsConversionsRate95% CI low95% CI high",
    `A804860.00%${(expected.a.interval.lower * 100).toFixed(2)}%${(expected.a.interval.upper * 100).toFixed(2)}%`,
    `B705680.00%${(expected.b.interval.lower * 100).toFixed(2)}%${(expected.b.interval.upper * 100).toFixed(2)}%`,
  ]);
  const measures = within(screen.getByRole("table", { name: "A/B test of conversion rates" })).getAllByRole("row").map((r) => r.textContent);
  expect(measures).toContain("Difference (B - A)20.00%");
  expect(measures).toContain("95% CI low5.24%");
  expect(measures).toContain("95% CI high33.39%");
  expect(measures).toContain("Relative lift33.33%");
  expect(screen.getByRole("figure", { name: "Conversion rate of each arm with its 95% interval" })).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByText("Results written to the new sheet “A-B test”. Your data was not changed.");
  const sheet = wb.sheet("A-B test")!;
  expect(sheet.tables.map((t) => t.name).sort()).toEqual(["ABTest_Abtest", "ABTest_Arms"]);
  const armRows = tableRows(wb, "A-B test", "ABTest_Arms");
  expect(armRows[0]).toEqual(["Arm", "Visitors", "Conversions", "Rate", "95% CI low", "95% CI high"]);
  expect(armRows.slice(1)).toEqual([
    ["A", 80, 48, expected.a.rate, expected.a.interval.lower, expected.a.interval.upper],
    ["B", 70, 56, expected.b.rate, expected.b.interval.lower, expected.b.interval.upper],
  ]);
  const testRows = tableRows(wb, "A-B test", "ABTest_Abtest");
  expect(testRows[1]).toEqual([expected.a.rate, expected.b.rate, expected.difference, expected.relativeLift, expected.interval.lower, expected.interval.upper, expected.z, expected.p, expected.verdict]);
  // The native chart: for each arm, the interval's low end, the rate and the high end.
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0].type).toBe("column");
  expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["95% CI low", "Rate", "95% CI high"]);
  const armsTable = sheet.tables.find((t) => t.name === "ABTest_Arms")!;
  expect(sheet.charts[0].series[1].values).toEqual({ row: armsTable.row + 1, col: armsTable.col + 3, rows: 2, cols: 1 });
  expect(sheet.values.flat()).toContain("=CX.ABTEST(48,80,56,70)");
  expect(sheet.formulas).toEqual([]);
});

test("counts taken from cells: the formula points at the cells, and the confidence level is passed on", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Summary", [
    ["", "Visitors", "Conversions"],
    ["A", 24000, 1210],
    ["B", 24100, 1342],
  ]);
  const { user } = await open("en", wb);
  const pick = async (label: string, cell: string) => {
    wb.select("Summary", cell);
    await user.click(screen.getByRole("button", { name: `Use selected cell for: ${label}` }));
  };
  await pick("Conversions in A (control)", "C2");
  await pick("Visitors in A", "B2");
  await pick("Conversions in B (variant)", "C3");
  await pick("Visitors in B", "B3");
  expect((screen.getByRole("textbox", { name: "Visitors in B" }) as HTMLInputElement).value).toBe("Summary!B3");
  await user.click(screen.getByRole("combobox", { name: "Confidence level" }));
  await user.click(screen.getByRole("option", { name: "99%" }));
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  const expected = twoProportionTest({ conversionsA: 1210, visitorsA: 24000, conversionsB: 1342, visitorsB: 24100 }, 0.99);
  expect(screen.getByText(expected.verdict)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByRole("button", { name: "Go to sheet" });
  const sheet = wb.sheet("A-B test")!;
  expect(sheet.values.flat()).toContain('=CX.ABTEST(Summary!C2,Summary!B2,Summary!C3,Summary!B3,"99%")');
  expect(tableRows(wb, "A-B test", "ABTest_Arms")[0]).toEqual(["Arm", "Visitors", "Conversions", "Rate", "99% CI low", "99% CI high"]);
});

test.each([
  [["90", "80", "56", "70"], "A has more conversions (90) than visitors (80): a visitor converts at most once. Check the two numbers."],
  [["48", "80", "56", ""], "Visitors in B is blank: give a number or a cell."],
  [["48", "0", "56", "70"], "Visitors in A: 0 must be a whole number of at least 1."],
  [["4.5", "80", "56", "70"], "Conversions in A (control): 4.5 must be a whole number of 0 or more."],
  [["48", "eighty", "56", "70"], "Visitors in A: “eighty” is neither a number nor the address of one cell."],
] as [[string, string, string, string], string][])("counts %j: the problem is said plainly and nothing runs", async (counts, message) => {
  const { user } = await open("en");
  await typeCounts(user, counts);
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  expect(await screen.findByText(message)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Insert into workbook" })).toBeNull();
});

/** 400 visitors per arm, seeded: A converts at about 10%, B at about 16%; order values when converted. */
function visitors(): (string | number)[][] {
  const rand = mulberry32(11);
  const rows: (string | number)[][] = [["Visitor", "Variant", "Converted", "Order value"]];
  for (let i = 0; i < 800; i++) {
    const variant = i % 2 === 0 ? "A" : "B";
    const converted = rand() < (variant === "A" ? 0.1 : 0.16) ? 1 : 0;
    rows.push([`V${i + 1}`, variant, converted, converted ? Math.round((30 + 40 * rand()) * 100) / 100 : ""]);
  }
  return rows;
}

test("range: the group and 0/1 columns are found by header; the counts, the sheet and the COUNTIFS formula agree with the engine", async () => {
  const values = visitors();
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Visits", values);
  wb.select("Visits", `A1:D${values.length}`);
  const { user } = await open("en", wb);
  await user.click(screen.getByRole("radio", { name: "A range with one row per visitor (group and outcome)" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  expect(((await screen.findByRole("combobox", { name: "Group column (A or B)" })) as HTMLButtonElement).textContent).toContain("Variant (B)");
  expect(screen.getByRole("combobox", { name: "Outcome column" }).textContent).toContain("Converted (C)");
  expect(screen.getByRole("combobox", { name: "Test" }).textContent).toContain("Conversion rates (a 0/1 column): two-proportion test");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });

  const body = values.slice(1);
  const count = (v: string, converted?: number) => body.filter((r) => r[1] === v && (converted === undefined || r[2] === converted)).length;
  const expected = twoProportionTest({ conversionsA: count("A", 1), visitorsA: count("A"), conversionsB: count("B", 1), visitorsB: count("B") });
  expect(screen.getByText(expected.verdict)).toBeTruthy();
  expect(screen.getByText("A is “A” and B is “B” (column Variant).")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByRole("button", { name: "Go to sheet" });
  const sheet = wb.sheet("A-B test")!;
  expect(tableRows(wb, "A-B test", "ABTest_Arms").slice(1)).toEqual([
    ["A", count("A"), count("A", 1), expected.a.rate, expected.a.interval.lower, expected.a.interval.upper],
    ["B", count("B"), count("B", 1), expected.b.rate, expected.b.interval.lower, expected.b.interval.upper],
  ]);
  const n = values.length;
  expect(sheet.values.flat()).toContain(
    `=CX.ABTEST(COUNTIFS(Visits!B1:B${n},"A",Visits!C1:C${n},1),COUNTIFS(Visits!B1:B${n},"A",Visits!C1:C${n},"<>"),` +
      `COUNTIFS(Visits!B1:B${n},"B",Visits!C1:C${n},1),COUNTIFS(Visits!B1:B${n},"B",Visits!C1:C${n},"<>"))`,
  );
  expect(sheet.values.flat()).toContain(`Visits!A1:D${n}`);
});

test("range with a number column: Welch's t test on the order values, blank rows skipped and counted", async () => {
  const values = visitors();
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Visits", values);
  wb.select("Visits", `A1:D${values.length}`);
  const { user } = await open("en", wb);
  await user.click(screen.getByRole("radio", { name: "A range with one row per visitor (group and outcome)" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await user.click(await screen.findByRole("combobox", { name: "Outcome column" }));
  await user.click(screen.getByRole("option", { name: "Order value (D)" }));
  // The outcome is no longer 0/1: the means test is chosen.
  expect(screen.getByRole("combobox", { name: "Test" }).textContent).toContain("Means (a number column): Welch's t test");
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  await screen.findByRole("button", { name: "Insert into workbook" });
  const body = values.slice(1);
  const of = (v: string) => body.filter((r) => r[1] === v && r[3] !== "").map((r) => [r[3]]);
  const expected = meansFromRanges(of("A"), of("B")).result;
  expect(screen.getByText(expected.verdict)).toBeTruthy();
  const blank = body.filter((r) => r[3] === "").length;
  expect(screen.getByText(new RegExp(`^Rows skipped because Order value was blank: ${blank.toLocaleString("en-US")} \\(rows 2, `))).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Insert into workbook" }));
  await screen.findByRole("button", { name: "Go to sheet" });
  const groups = tableRows(wb, "A-B test", "ABTest_Groups");
  expect(groups.slice(1)).toEqual([
    ["A", expected.a.n, expected.a.mean, expected.a.sd],
    ["B", expected.b.n, expected.b.mean, expected.b.sd],
  ]);
  const n = values.length;
  expect(wb.sheet("A-B test")!.values.flat()).toContain(
    `=CX.ABTEST.MEANS(FILTER(Visits!D1:D${n},(Visits!B1:B${n}="A")*(Visits!D1:D${n}<>"")),FILTER(Visits!D1:D${n},(Visits!B1:B${n}="B")*(Visits!D1:D${n}<>"")))`,
  );
});

test("range with three groups: the engine's message names the column", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheetWithValues("Visits", [["Variant", "Converted"], ["A", 1], ["B", 0], ["C", 1], ["A", 0]]);
  wb.select("Visits", "A1:B5");
  const { user } = await open("en", wb);
  await user.click(screen.getByRole("radio", { name: "A range with one row per visitor (group and outcome)" }));
  await user.click(screen.getByRole("button", { name: "Use current selection" }));
  await screen.findByRole("combobox", { name: "Group column (A or B)" });
  await user.click(screen.getByRole("button", { name: "Run analysis" }));
  expect(await screen.findByText(/Variant: an A\/B test compares exactly two groups, but this column has 3 \(A, B, C\)/)).toBeTruthy();
});

// R: power.prop.test(p1 = 0.10, p2 = 0.12, power = 0.80, sig.level = 0.05) gives n = 3840.847 per
// group, so 3,841 visitors; ?power.prop.test's example p1 = 0.50, p2 = 0.75, power = 0.90 gives 76.65 -> 77.
test("the sample-size planner agrees with R's power.prop.test and says what is wrong", async () => {
  const { user } = await open("en");
  expect(screen.getByText("Visitors needed: 3,841 in each arm, 7,682 in all, to detect a change from 10% to 12%.")).toBeTruthy();
  expect(screen.getByText("As a formula: =CX.SAMPLESIZE(0.1,0.02)")).toBeTruthy();
  const field = (name: string) => screen.getByRole("textbox", { name: new RegExp(`^${name.replace(/[()%]/g, "\\$&")}`) });
  await user.clear(field("Current conversion rate (%)"));
  await user.type(field("Current conversion rate (%)"), "50");
  await user.clear(field("Smallest change worth detecting (percentage points)"));
  await user.type(field("Smallest change worth detecting (percentage points)"), "25");
  await user.clear(field("Power (%)"));
  await user.type(field("Power (%)"), "90");
  expect(screen.getByText("Visitors needed: 77 in each arm, 154 in all, to detect a change from 50% to 75%.")).toBeTruthy();
  expect(screen.getByText("As a formula: =CX.SAMPLESIZE(0.5,0.25,0.9)")).toBeTruthy();
  await user.clear(field("Smallest change worth detecting (percentage points)"));
  await user.type(field("Smallest change worth detecting (percentage points)"), "60");
  expect(screen.getByText("The change must not be 0, and the rate it aims at (110%) must stay between 0% and 100%.")).toBeTruthy();
});

test("Chinese: labels, verdict, tables and the written sheet are in Chinese", async () => {
  const { user, wb } = await open("zh");
  expect(screen.getByText("所需访客数：每组 3,841，共 7,682，可检测从 10% 到 12% 的变化。")).toBeTruthy();
  await typeCounts(user, ["48", "80", "56", "70"], ["A（对照组）的转化数", "A 的访客数", "B（实验组）的转化数", "B 的访客数"]);
  await user.click(screen.getByRole("button", { name: "运行分析" }));
  await screen.findByRole("button", { name: "插入到工作簿" });
  const verdict = "B 的转化率为 80.00%，A 为 60.00%：相差 +20.00 个百分点（相对 +33%），95% 置信区间为 +5.24 至 +33.39 个百分点，p = 0.008；在 95% 水平上统计显著：B 更好。";
  expect(screen.getByText(verdict)).toBeTruthy();
  const header = within(screen.getByRole("table", { name: "各组的转化率" })).getAllByRole("row")[0].textContent;
  expect(header).toBe("组访客数转化数转化率95% 置信下限95% 置信上限");
  expect(screen.getByRole("figure", { name: "各组转化率及其 95% 置信区间" })).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "插入到工作簿" }));
  await screen.findByText("结果已写入新工作表“A-B 测试”。您的数据没有被修改。");
  const sheet = wb.sheet("A-B 测试")!;
  expect(sheet.values[0][0]).toBe("转化率 A/B 测试");
  expect(tableRows(wb, "A-B 测试", "ABTest_Abtest")[0]).toEqual(["A 转化率", "B 转化率", "差值（B - A）", "相对提升", "95% 置信下限", "95% 置信上限", "z", "p 值", "结论"]);
  expect(tableRows(wb, "A-B 测试", "ABTest_Abtest")[1][8]).toBe(verdict);
  expect(sheet.charts[0].title).toBe("各组转化率及其 95% 置信区间");
  expect(sheet.values.flat()).toContain(verdict);
});

test.each(["en", "zh"] as const)("no serious or critical axe violations on the input, results and inserted views (%s)", async (language) => {
  const { user } = await open(language);
  const name = (en: string, zh: string) => (language === "en" ? en : zh);
  expect(await seriousViolations()).toEqual([]);
  await typeCounts(
    user,
    ["48", "80", "56", "70"],
    language === "en" ? undefined : ["A（对照组）的转化数", "A 的访客数", "B（实验组）的转化数", "B 的访客数"],
  );
  await user.click(screen.getByRole("button", { name: name("Run analysis", "运行分析") }));
  await screen.findByRole("button", { name: name("Insert into workbook", "插入到工作簿") });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Insert into workbook", "插入到工作簿") }));
  await screen.findByRole("button", { name: name("Go to sheet", "转到工作表") });
  expect(await seriousViolations()).toEqual([]);
  await user.click(screen.getByRole("button", { name: name("Start over", "重新开始") }));
  await user.click(screen.getByRole("radio", { name: name("A range with one row per visitor (group and outcome)", "每位访客一行的区域（分组和结果）") }));
  expect(await seriousViolations()).toEqual([]);
});
