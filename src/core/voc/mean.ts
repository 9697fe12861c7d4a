// Mean of survey scores with a Student t interval: mean +- t_{n-1} s / sqrt(n), kept within the scale.
import { moments } from "../math/moments";
import { studentTCritical } from "../math/student-t";
import { Interval } from "../math/wilson";

export interface MeanEstimate {
  mean: number;
  /** Sample standard deviation (n - 1). */
  sd: number;
  /** t interval of the mean; undefined for a single answer. */
  interval?: Interval;
}

/** Mean and t interval; the interval is clipped to [min, max] when the answers cannot leave that range. */
export function meanEstimate(values: ArrayLike<number>, confidence: number, min = -Infinity, max = Infinity): MeanEstimate {
  const m = moments(values);
  if (m.n < 2) return { mean: m.mean, sd: 0 };
  const half = (studentTCritical(confidence, m.n - 1) * m.sd) / Math.sqrt(m.n);
  return { mean: m.mean, sd: m.sd, interval: { lower: Math.max(min, m.mean - half), upper: Math.min(max, m.mean + half) } };
}
