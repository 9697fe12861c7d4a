// Funnel results as a Report: the table =CX.FUNNEL spills, a bar chart of the counts by stage
// (the funnel drawn top to bottom) and the explanation naming the biggest drop.
import { formatCount, formatPercent } from "../format";
import { ChartSpec, Report, ReportTable } from "../report";
import { FunnelResult } from "./funnel";

export const FUNNEL_HEADER = ["Stage", "Count", "Step conversion", "Overall conversion", "Lost", "Biggest drop"];
export const BIGGEST_DROP = "Biggest drop";

export function funnelTable(result: FunnelResult): ReportTable {
  return {
    name: "funnel",
    title: "Conversion funnel",
    header: FUNNEL_HEADER,
    rows: result.steps.map((s, i) => [s.stage, s.count, s.stepConversion ?? "", s.overallConversion, s.lost, i === result.biggestDrop ? BIGGEST_DROP : ""]),
    formats: ["text", "number", "percent", "percent", "number", "text"],
  };
}

export const FUNNEL_CHART: ChartSpec = {
  type: "bar",
  title: "Conversion funnel",
  table: "funnel",
  category: "Stage",
  series: ["Count"],
};

export function funnelExplanation(result: FunnelResult): string[] {
  const { steps } = result;
  const first = steps[0];
  const last = steps[steps.length - 1];
  const lines = [
    `${steps.length} stages from '${first.stage}' (${formatCount(first.count)}) to '${last.stage}' (${formatCount(last.count)}): ${formatPercent(last.overallConversion, 1)} convert overall.`,
    "Step conversion is each stage's count divided by the stage before; overall conversion divides by the first stage.",
  ];
  if (result.biggestDrop < 0) {
    lines.push("No step loses anyone.");
    return lines;
  }
  const d = steps[result.biggestDrop];
  const before = steps[result.biggestDrop - 1];
  lines.push(
    `The biggest drop is from '${before.stage}' to '${d.stage}': ${formatPercent(1 - d.stepConversion!, 1)} of ${formatCount(before.count)} did not continue (${formatCount(d.lost)} lost).`,
  );
  if (result.largestLoss !== result.biggestDrop) {
    const l = steps[result.largestLoss];
    lines.push(`The most people (${formatCount(l.lost)}) are lost from '${steps[result.largestLoss - 1].stage}' to '${l.stage}', a smaller share of a larger stage.`);
  }
  return lines;
}

export function funnelReport(result: FunnelResult, inputNotes: string[] = []): Report {
  const first = result.steps[0];
  const last = result.steps[result.steps.length - 1];
  return {
    title: "Funnel analysis",
    facts: [
      { key: "stages", label: "Stages", value: result.steps.length, format: "integer" },
      { key: "entered", label: "Entered", value: first.count, format: "number" },
      { key: "converted", label: "Converted", value: last.count, format: "number" },
      { key: "conversion", label: "Overall conversion", value: last.overallConversion, format: "percent" },
    ],
    tables: [funnelTable(result)],
    charts: [FUNNEL_CHART],
    explanation: [...funnelExplanation(result), ...inputNotes],
  };
}
