// Interval for a difference of two independent proportions: Newcombe's hybrid score interval
// (R. G. Newcombe 1998, "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Statistics in Medicine 17, 873-890, method 10). With Wilson
// intervals (l1, u1) and (l2, u2) of p1 and p2, the interval for p1 - p2 is
// (p1 - p2 - sqrt((p1 - l1)^2 + (u2 - p2)^2), p1 - p2 + sqrt((u1 - p1)^2 + (p2 - l2)^2)).
import { Interval, wilsonInterval } from "../math/wilson";

/** Newcombe's method 10 interval for x1/n1 - x2/n2 at critical value z (n1, n2 > 0). */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, z: number): Interval {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilsonInterval(x1, n1, z);
  const w2 = wilsonInterval(x2, n2, z);
  const d = p1 - p2;
  return {
    lower: Math.max(-1, d - Math.hypot(p1 - w1.lower, w2.upper - p2)),
    upper: Math.min(1, d + Math.hypot(w1.upper - p1, p2 - w2.lower)),
  };
}
