// A conversion funnel from the count of people reaching each stage, top to bottom: the step
// conversion (count / the stage before), the overall conversion (count / the first stage), the
// people lost at each step, and the biggest drop: the step with the lowest step conversion (the
// largest share lost; the first such step on a tie). Counts must not increase down the funnel:
// an increase is an error naming the row, since it means the stages are out of order or are not
// one funnel (people skipping a stage belong to a separate path).
import { argError, cellError } from "../table/errors";

export interface FunnelInput {
  stage: readonly string[];
  count: ArrayLike<number>;
  /** Row of each stage as the user sees it (for messages); default 1, 2, ... */
  rows?: ArrayLike<number>;
  labels?: { stage: string; count: string };
}

export interface FunnelStep {
  stage: string;
  count: number;
  /** count / the count of the stage before (1 for the first stage; undefined after a stage of 0). */
  stepConversion: number | undefined;
  /** count / the count of the first stage. */
  overallConversion: number;
  /** People lost from the stage before (0 for the first stage). */
  lost: number;
}

export interface FunnelResult {
  steps: FunnelStep[];
  /** Index of the step with the biggest drop (lowest step conversion), or -1 when no step loses anyone. */
  biggestDrop: number;
  /** Index of the step that loses the most people, or -1. */
  largestLoss: number;
}

export function funnelAnalysis(input: FunnelInput): FunnelResult {
  const n = input.stage.length;
  const labels = input.labels ?? { stage: "stage_names", count: "counts" };
  const rowOf = (i: number) => (input.rows ? input.rows[i] : i + 1);
  if (input.count.length !== n) throw argError(labels.count, `has ${input.count.length} values for ${n} stages`);
  if (n < 2) throw argError(labels.count, `a funnel needs at least 2 stages (got ${n})`);
  const top = input.count[0];
  if (!(top > 0)) throw cellError(labels.count, rowOf(0), `the first stage has ${top} people: a funnel starts with more than 0`);
  const steps: FunnelStep[] = [];
  let biggestDrop = -1;
  let largestLoss = -1;
  for (let i = 0; i < n; i++) {
    const count = input.count[i];
    if (!Number.isFinite(count) || count < 0) throw cellError(labels.count, rowOf(i), `${count} is not a count of 0 or more`);
    const prev = i === 0 ? count : input.count[i - 1];
    if (count > prev) {
      throw cellError(
        labels.count,
        rowOf(i),
        `${count} is more than the stage before ('${input.stage[i - 1]}', ${prev}): counts must not increase down a funnel (check the stage order)`,
      );
    }
    const step: FunnelStep = {
      stage: input.stage[i],
      count,
      stepConversion: i === 0 ? 1 : prev > 0 ? count / prev : undefined,
      overallConversion: count / top,
      lost: prev - count,
    };
    steps.push(step);
    if (i > 0 && step.lost > 0) {
      if (biggestDrop < 0 || step.stepConversion! < steps[biggestDrop].stepConversion!) biggestDrop = i;
      if (largestLoss < 0 || step.lost > steps[largestLoss].lost) largestLoss = i;
    }
  }
  return { steps, biggestDrop, largestLoss };
}
