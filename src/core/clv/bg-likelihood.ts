// The BG/NBD and MBG/NBD log-likelihoods with analytic gradients, on compressed data.
//
// BG/NBD (Fader, Hardie & Lee 2005, Marketing Science 24(2); Hardie's note 004):
//   L = B(a, b+x)/B(a, b) Gamma(r+x) alpha^r / (Gamma(r) (alpha+T)^(r+x))
//     + [x > 0] B(a+1, b+x-1)/B(a, b) Gamma(r+x) alpha^r / (Gamma(r) (alpha+t_x)^(r+x))
// MBG/NBD (Batislam, Denizel & Filiztekin 2007, IJRM 24(3), appendix; Wagner & Hoppe 2008 erratum):
//   the same with b+x+1 in the first beta function and, for every x including 0,
//   B(a+1, b+x)/B(a, b) in the second term.
// With k = 0 (BG) or 1 (MBG) both read
//   ln L = ln(r)_x + r ln alpha + ln(b)_(x+k) - ln(a+b)_(x+k)
//        + ln( (alpha+T)^-(r+x) + [x > 0 or k = 1] a/(b+x-1+k) (alpha+t_x)^-(r+x) ),
// where (y)_n is the rising factorial. Terms that depend on x alone are computed once per distinct
// x, ln(alpha+T) once per distinct T, ln(alpha+t_x) once per distinct t_x: a row then costs one exp
// and one log1p. The gradient follows term by term (digamma differences for the rising factorials).
import { digammaDifference, logPochhammer } from "../math/gamma";
import { distinctValues, type CompressedRepeatData } from "./fit-data";

export function bgFamilyLikelihood(d: CompressedRepeatData, modified: boolean): (theta: Float64Array, grad?: Float64Array) => number {
  const k = modified ? 1 : 0;
  const rows = d.frequency.length;
  const xs = distinctValues(d.frequency, d.weights);
  const Ts = distinctValues(d.T);
  const txs = distinctValues(d.recency);
  const nx = xs.values.length;
  const perX = new Float64Array(nx); // ln(r)_x + ln(b)_(x+k) - ln(a+b)_(x+k)
  const lnB = new Float64Array(nx); // ln(b + x - 1 + k)
  const invB = new Float64Array(nx);
  const lnAT = new Float64Array(Ts.values.length);
  const invAT = new Float64Array(Ts.values.length);
  const lnAtx = new Float64Array(txs.values.length);
  const invAtx = new Float64Array(txs.values.length);
  const { frequency: x, weights: w } = d;
  const xi = xs.index;
  const Ti = Ts.index;
  const ti = txs.index;
  const n = d.customers;

  return (theta, grad) => {
    const r = theta[0];
    const alpha = theta[1];
    const a = theta[2];
    const b = theta[3];
    const withGrad = grad !== undefined;
    const lnA = Math.log(a);
    let ll = n * r * Math.log(alpha);
    let gr = n * Math.log(alpha);
    let gAlpha = (n * r) / alpha;
    let ga = 0;
    let gb = 0;
    for (let j = 0; j < nx; j++) {
      const xv = xs.values[j];
      const W = xs.weight[j];
      perX[j] = logPochhammer(r, xv) + logPochhammer(b, xv + k) - logPochhammer(a + b, xv + k);
      ll += W * perX[j];
      const bx = b + xv - 1 + k;
      lnB[j] = bx > 0 ? Math.log(bx) : -Infinity;
      invB[j] = 1 / bx;
      if (withGrad) {
        const dab = digammaDifference(a + b, xv + k);
        gr += W * digammaDifference(r, xv);
        ga -= W * dab;
        gb += W * (digammaDifference(b, xv + k) - dab);
      }
    }
    for (let j = 0; j < Ts.values.length; j++) {
      lnAT[j] = Math.log(alpha + Ts.values[j]);
      invAT[j] = 1 / (alpha + Ts.values[j]);
    }
    for (let j = 0; j < txs.values.length; j++) {
      lnAtx[j] = Math.log(alpha + txs.values[j]);
      invAtx[j] = 1 / (alpha + txs.values[j]);
    }
    for (let i = 0; i < rows; i++) {
      const wi = w[i];
      const rx = r + x[i];
      const lT = lnAT[Ti[i]];
      const a3 = -rx * lT;
      if (x[i] === 0 && k === 0) {
        ll += wi * a3;
        if (withGrad) {
          gr -= wi * lT;
          gAlpha -= wi * rx * invAT[Ti[i]];
        }
        continue;
      }
      const ltx = lnAtx[ti[i]];
      const a4 = lnA - lnB[xi[i]] - rx * ltx;
      // ln(e^a3 + e^a4) and the share p4 of the second term
      let l: number;
      let p4: number;
      if (a3 >= a4) {
        const e = Math.exp(a4 - a3);
        l = a3 + Math.log1p(e);
        p4 = e / (1 + e);
      } else {
        const e = Math.exp(a3 - a4);
        l = a4 + Math.log1p(e);
        p4 = 1 / (1 + e);
      }
      ll += wi * l;
      if (withGrad) {
        const p3 = 1 - p4;
        gr -= wi * (p3 * lT + p4 * ltx);
        gAlpha -= wi * rx * (p3 * invAT[Ti[i]] + p4 * invAtx[ti[i]]);
        ga += (wi * p4) / a;
        gb -= wi * p4 * invB[xi[i]];
      }
    }
    if (withGrad) {
      grad[0] = gr;
      grad[1] = gAlpha;
      grad[2] = ga;
      grad[3] = gb;
    }
    return ll;
  };
}
