import { rfmFromTransactions } from "../../../src/core/rfm/analysis";
import { rfmReport } from "../../../src/core/rfm/report";
import { heatColor } from "../../../src/taskpane/rfm/HeatMap";
import { localizeReport, localizeText } from "../../../src/taskpane/rfm/localize";
import { TX } from "../../core/rfm/fixture";

test("engine texts are translated, data is not", () => {
  expect(localizeText("zh", "Champions")).toBe("冠军客户");
  expect(localizeText("zh", "Recency (days)")).toBe("最近购买间隔（天）");
  expect(localizeText("zh", "C00042")).toBe("C00042");
  expect(localizeText("en", "Champions")).toBe("Champions");
});

test("a report in Chinese: headers, segment names, titles, facts and chart references", () => {
  const report = localizeReport("zh", rfmReport(rfmFromTransactions(TX)));
  const customers = report.tables[0];
  expect(customers.header).toEqual(["客户", "最近购买间隔（天）", "购买频次", "消费金额", "R", "F", "M", "RFM 代码", "分群"]);
  expect(customers.rows[0]).toEqual(["A", 25, 3, 300, 4, 5, 4, "454", "冠军客户"]);
  expect(report.tables[1].rows.map((r) => r[0])).toEqual(["冠军客户", "忠诚客户", "即将沉睡客户", "流失风险客户", "已流失客户"]);
  expect(report.facts.map((f) => f.label)).toEqual(["分析日期", "客户数", "订单数", "收入"]);
  // the chart still names columns of its table
  const chart = report.charts[0];
  expect(report.tables[1].header).toContain(chart.category);
  for (const s of chart.series) expect(report.tables[1].header).toContain(s);
});

test("heat map cells keep 4.5:1 contrast for their text at every shade (WCAG 2.1, 1.4.3)", () => {
  // Relative luminance and contrast ratio as defined by WCAG 2.1.
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (rgb: number[]) => 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
  const rgb = (css: string) => (css.startsWith("#") ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) : css.match(/\d+/g)!.map(Number));
  for (let v = 0; v <= 100; v++) {
    const { background, color } = heatColor(v, 100);
    const [a, b] = [luminance(rgb(background)), luminance(rgb(color))].sort((x, y) => y - x);
    expect((a + 0.05) / (b + 0.05)).toBeGreaterThanOrEqual(4.5);
  }
});
