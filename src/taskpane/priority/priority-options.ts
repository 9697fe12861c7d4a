// The options step's form, free of React: the weights and splits as typed, the scaling, the axes
// and the quadrant names the user typed over the defaults; what it reads as (the settings of a
// run) and what is wrong with it, in the pane's words.
import type { Normalize } from "../../core/strategy";
import { parseNumber } from "../../core/table/number";
import type { Language } from "../i18n/strings";
import { SCORE_AXIS, type PrioritySettings } from "./priority-analysis";
import { defaultWeight } from "./priority-data";
import { axisName, defaultAxes, defaultLabels, labelPreset } from "./priority-view";

export interface PriorityForm {
  /** The criteria (positions in the range) the weights were made for. */
  criteria: number[];
  /** One per criterion, as typed; blank counts as 0, as in =CX.SCORE. */
  weights: string[];
  normalize: Normalize;
  x: number;
  y: number;
  /** As typed; blank: the median. */
  xSplit: string;
  ySplit: string;
  /** The names typed over the defaults (undefined: the default), top-left to bottom-right. */
  labels: (string | undefined)[];
}

/** The form for freshly chosen criteria: weights -1 for cost-like headers, else 1; x = the first of those, y = the score. */
export function initialForm(criteria: readonly number[], names: readonly string[]): PriorityForm {
  const weights = names.map(defaultWeight);
  return { criteria: [...criteria], weights: weights.map(String), normalize: "minmax", ...defaultAxes(weights), xSplit: "", ySplit: "", labels: [undefined, undefined, undefined, undefined] };
}

/** A typed weight or split: blank as `blank`, a number, or NaN when it is not one. */
function typed(text: string, blank: number | undefined): number | undefined {
  if (text.trim() === "") return blank;
  return parseNumber(text) ?? NaN;
}

/** The weights as numbers (NaN where not a number). */
export function formWeights(form: PriorityForm): number[] {
  return form.weights.map((w) => typed(w, 0)!);
}

/** The quadrant names shown: what the user typed, else the defaults for the axes. */
export function formLabels(lang: Language, form: PriorityForm, names: readonly string[]): string[] {
  const defaults = defaultLabels(lang, labelPreset(formWeights(form), form.x, form.y), axisName(lang, names, form.x), axisName(lang, names, form.y));
  return defaults.map((d, k) => form.labels[k] ?? d);
}

export interface FormProblems {
  /** Per criterion: whether its weight is not a number. */
  badWeights: boolean[];
  allZero: boolean;
  sameAxis: boolean;
  badXSplit: boolean;
  badYSplit: boolean;
  /** Two quadrants with one name (or a blank name). */
  labels: boolean;
}

export function formProblems(lang: Language, form: PriorityForm, names: readonly string[]): FormProblems {
  const weights = formWeights(form);
  const labels = formLabels(lang, form, names).map((l) => l.trim());
  return {
    badWeights: weights.map((w) => Number.isNaN(w)),
    allZero: weights.every((w) => w === 0),
    sameAxis: form.x === form.y,
    badXSplit: Number.isNaN(typed(form.xSplit, undefined)),
    badYSplit: Number.isNaN(typed(form.ySplit, undefined)),
    labels: labels.some((l) => l === "") || new Set(labels).size < labels.length,
  };
}

export function hasProblem(p: FormProblems): boolean {
  return p.badWeights.some(Boolean) || p.allZero || p.sameAxis || p.badXSplit || p.badYSplit || p.labels;
}

/** The settings of a run; only for a form without problems. */
export function formSettings(lang: Language, form: PriorityForm, names: readonly string[]): PrioritySettings {
  return {
    weights: formWeights(form),
    normalize: form.normalize,
    x: form.x,
    y: form.y,
    xSplit: typed(form.xSplit, undefined),
    ySplit: typed(form.ySplit, undefined),
    labels: formLabels(lang, form, names).map((l) => l.trim()),
  };
}

/** The axes offered: the score, then each criterion. */
export function axisChoices(names: readonly string[]): number[] {
  return [SCORE_AXIS, ...names.map((_, j) => j)];
}
