// What the strategy-canvas wizard says, in the pane's language: action names, the grid's problems
// naming the cell, and the plain-language reading of the curve generated from the figures.
import type { CanvasAction, ErrcAction } from "../../core/strategy";
import { fill, formatNumber, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import type { CanvasResult } from "./canvas-analysis";
import type { CellFault, GridProblem } from "./canvas-grid";

const ACTION_KEYS: Record<CanvasAction | ErrcAction, StringKey> = {
  Eliminate: "cvEliminate",
  Reduce: "cvReduce",
  Match: "cvMatch",
  Raise: "cvRaise",
  Create: "cvCreate",
  Keep: "cvKeep",
};

/** An action's name ("Raise", "增加"). */
export function actionName(lang: Language, a: CanvasAction | ErrcAction): string {
  return t(lang, ACTION_KEYS[a]);
}

export function joinList(lang: Language, items: readonly string[]): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

/** Levels and gaps as the pane shows them: up to two decimals. */
export const level = (lang: Language, v: number) => formatNumber(lang, v, 2);

const FAULTS: Record<CellFault, StringKey> = { blank: "cvCellBlank", notNumber: "cvCellNotNumber", negative: "cvCellNegative" };

/** One problem in plain words, naming the factor and offering of a bad cell. */
export function problemText(lang: Language, p: GridProblem): string {
  switch (p.kind) {
    case "noFactors":
      return t(lang, "cvNoFactors");
    case "fewOfferings":
      return t(lang, "cvFewOfferings");
    case "ownMissing":
      return t(lang, "cvOwnMissing");
    case "factorBlank":
      return fill(lang, "cvFactorBlank", { n: p.row + 1 });
    case "factorTwice":
      return fill(lang, "cvFactorTwice", { name: p.name });
    case "offeringBlank":
      return fill(lang, "cvOfferingBlank", { n: p.col + 1 });
    case "offeringTwice":
      return fill(lang, "cvOfferingTwice", { name: p.name });
    case "level":
      return fill(lang, FAULTS[p.fault], { cell: fill(lang, "cvLevelCell", { factor: p.factor, offering: p.offering }), text: p.text.trim() });
    case "proposed":
      return fill(lang, FAULTS[p.fault], { cell: fill(lang, "cvProposedCell", { factor: p.factor }), text: p.text.trim() });
    case "importance":
      return fill(lang, p.fault === "blank" ? "cvImportanceBlank" : "cvImportanceNotNumber", { factor: p.factor, text: p.text.trim() });
  }
}

/** The proposed curve's series name: "Ours (proposed)", kept clear of the offerings' names. */
export function proposedName(lang: Language, r: Pick<CanvasResult, "data">): string {
  const base = fill(lang, "cvProposedSeries", { own: r.data.offerings[r.data.own] });
  const taken = new Set(r.data.offerings.map((o) => o.toLocaleLowerCase()));
  let name = base;
  for (let k = 2; taken.has(name.toLocaleLowerCase()); k++) name = `${base} ${k}`;
  return name;
}

/** The factors whose ERRC move (current -> proposed) is `a`. */
export function errcList(r: CanvasResult, a: ErrcAction): string[] {
  return r.errc.filter((f) => f.action === a).map((f) => f.factor);
}

/** What the curve says: where we stand out, where we copy the industry, the evidence, and what the proposal changes. */
export function canvasExplanation(lang: Language, r: CanvasResult): string[] {
  const own = r.data.offerings[r.data.own];
  const n = r.rows.length;
  const names = (pick: (row: CanvasResult["rows"][number]) => boolean) => r.rows.filter(pick).map((x) => x.factor);
  const lines = [fill(lang, "cvExplainIntro", { own, competitors: formatNumber(lang, r.data.offerings.length - 1), factors: formatNumber(lang, n) })];
  const leads = names((x) => x.ours > x.max);
  lines.push(leads.length > 0 ? fill(lang, "cvExplainLeads", { own, list: joinList(lang, leads) }) : fill(lang, "cvExplainLeadsNone", { own }));
  const copies = names((x) => x.action === "Match");
  if (copies.length > 0) lines.push(fill(lang, "cvExplainCopies", { list: joinList(lang, copies), tolerance: level(lang, r.tolerance) }));
  const below = names((x) => x.action === "Reduce");
  if (below.length > 0) lines.push(fill(lang, "cvExplainBelow", { list: joinList(lang, below) }));
  const dropped = names((x) => x.action === "Eliminate");
  if (dropped.length > 0) lines.push(fill(lang, "cvExplainDropped", { list: joinList(lang, dropped) }));
  const created = names((x) => x.action === "Create");
  if (created.length > 0) lines.push(fill(lang, "cvExplainCreated", { own, list: joinList(lang, created) }));
  lines.push(
    fill(lang, "cvExplainMeasures", {
      divergence: level(lang, r.measures.divergence),
      focus: formatShare(lang, r.measures.focus),
      leads: formatNumber(lang, leads.length),
      factors: formatNumber(lang, n),
    }),
  );
  const w = r.measures.weightedGap;
  if (w !== undefined) {
    lines.push(fill(lang, w > 0 ? "cvExplainWeightedAbove" : w < 0 ? "cvExplainWeightedBelow" : "cvExplainWeightedZero", { gap: level(lang, w) }));
    const imp = r.rows.map((x) => x.importance!).sort((a, b) => a - b);
    const upper = imp[Math.floor(imp.length / 2)];
    const trails = names((x) => x.importance! >= upper && x.gap < 0);
    if (trails.length > 0) lines.push(fill(lang, "cvExplainTrailsImportant", { list: joinList(lang, trails) }));
  }
  const moves = (["Eliminate", "Reduce", "Raise", "Create"] as const)
    .map((a) => ({ a, list: errcList(r, a) }))
    .filter((m) => m.list.length > 0)
    .map((m) => fill(lang, "cvExplainMove", { action: actionName(lang, m.a), list: joinList(lang, m.list) }));
  lines.push(
    moves.length === 0
      ? t(lang, "cvExplainProposedNone")
      : fill(lang, "cvExplainProposed", {
          moves: moves.join(lang === "zh" ? "；" : "; "),
          d0: level(lang, r.measures.divergence),
          d1: level(lang, r.proposedMeasures.divergence),
          f0: formatShare(lang, r.measures.focus),
          f1: formatShare(lang, r.proposedMeasures.focus),
        }),
  );
  return lines;
}
