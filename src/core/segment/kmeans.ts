// k-means on flat row-major data (n rows x d columns in one Float64Array): greedy k-means++
// seeding, Lloyd iterations with Hamerly's bounds, several seeded restarts keeping the lowest
// inertia. No allocation per point or per iteration: every buffer is made once per call.
import { mulberry32 } from "../math/random";

export interface KMeansOptions {
  k: number;
  /** Independent runs from different seeds; the lowest inertia wins (default 10). */
  restarts?: number;
  /** Seed of the random generator (default 1): the same seed gives the same clusters. */
  seed?: number;
  /** Lloyd iterations per run at most (default 300). */
  maxIterations?: number;
  /** Stop when the centres move less than tolerance x the mean column variance, summed (default 1e-4, as scikit-learn). */
  tolerance?: number;
}

export interface KMeansResult {
  k: number;
  d: number;
  /** Cluster of each row, 0-based; clusters are numbered by size, largest first (ties: earliest row). */
  labels: Int32Array;
  /** k x d centres (means of the rows of each cluster), in the units of the data given. */
  centers: Float64Array;
  sizes: Int32Array;
  /** Sum of squared distances of the rows to their centres, in total and per cluster. */
  inertia: number;
  clusterInertia: Float64Array;
  /** Lloyd iterations of the winning run, and whether it converged before maxIterations. */
  iterations: number;
  converged: boolean;
}

function dist2(X: Float64Array, i: number, C: Float64Array, j: number, d: number): number {
  let s = 0;
  const a = i * d;
  const b = j * d;
  for (let t = 0; t < d; t++) {
    const diff = X[a + t] - C[b + t];
    s += diff * diff;
  }
  return s;
}

/** Mean of the column variances (population), the scale of scikit-learn's relative tolerance. */
function meanVariance(X: Float64Array, n: number, d: number): number {
  let total = 0;
  for (let t = 0; t < d; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += X[i * d + t];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const e = X[i * d + t] - mean;
      v += e * e;
    }
    total += v / n;
  }
  return total / d;
}

/** First index whose cumulative weight exceeds r (cumulative weights ascending), as numpy's searchsorted. */
function searchCumulative(cum: Float64Array, n: number, r: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Work {
  closest: Float64Array;
  candidate: Float64Array;
  best: Float64Array;
  cum: Float64Array;
  upper: Float64Array;
  lower: Float64Array;
  labels: Int32Array;
  sums: Float64Array;
  counts: Int32Array;
  oldCenters: Float64Array;
  moved: Float64Array;
  half: Float64Array;
}

function makeWork(n: number, k: number, d: number): Work {
  return {
    closest: new Float64Array(n),
    candidate: new Float64Array(n),
    best: new Float64Array(n),
    cum: new Float64Array(n),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    labels: new Int32Array(n),
    sums: new Float64Array(k * d),
    counts: new Int32Array(k),
    oldCenters: new Float64Array(k * d),
    moved: new Float64Array(k),
    half: new Float64Array(k),
  };
}

/**
 * Greedy k-means++ (Arthur & Vassilvitskii 2007; scikit-learn's _kmeans_plusplus): each new centre is
 * the best of 2 + floor(ln k) candidates drawn with probability proportional to D(x)^2, the one that
 * lowers the potential (sum of D^2) most. Writes k x d centres into C.
 */
function seedPlusPlus(X: Float64Array, n: number, d: number, k: number, C: Float64Array, rand: () => number, w: Work): void {
  const trials = 2 + Math.floor(Math.log(k));
  const first = Math.min(n - 1, Math.floor(rand() * n));
  for (let t = 0; t < d; t++) C[t] = X[first * d + t];
  const { closest, cum } = w;
  for (let i = 0; i < n; i++) closest[i] = dist2(X, i, C, 0, d);
  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += closest[i];
      cum[i] = acc;
    }
    let bestIndex = -1;
    let bestPotential = Infinity;
    for (let trial = 0; trial < trials; trial++) {
      // All weight zero (every row sits on a centre): any row will do.
      const cand = acc > 0 ? searchCumulative(cum, n, rand() * acc) : Math.min(n - 1, Math.floor(rand() * n));
      let pot = 0;
      const base = cand * d;
      for (let i = 0; i < n; i++) {
        let s = 0;
        const a = i * d;
        for (let t = 0; t < d; t++) {
          const diff = X[a + t] - X[base + t];
          s += diff * diff;
        }
        const m = s < closest[i] ? s : closest[i];
        w.candidate[i] = m;
        pot += m;
      }
      if (pot < bestPotential) {
        bestPotential = pot;
        bestIndex = cand;
        w.best.set(w.candidate);
      }
    }
    for (let t = 0; t < d; t++) C[c * d + t] = X[bestIndex * d + t];
    closest.set(w.best);
  }
}

/** Half the distance from each centre to its nearest other centre (Hamerly's s(j)). */
function halfNearest(C: Float64Array, k: number, d: number, half: Float64Array): void {
  for (let j = 0; j < k; j++) {
    let m = Infinity;
    for (let h = 0; h < k; h++) {
      if (h === j) continue;
      const s = dist2(C, j, C, h, d);
      if (s < m) m = s;
    }
    half[j] = 0.5 * Math.sqrt(m);
  }
}

/** Nearest centre of row i (ties: the lowest index) and the distance to the second nearest. */
function nearestTwo(X: Float64Array, i: number, C: Float64Array, k: number, d: number, w: Work): void {
  let b1 = Infinity;
  let b2 = Infinity;
  let j1 = 0;
  for (let j = 0; j < k; j++) {
    const s = dist2(X, i, C, j, d);
    if (s < b1) {
      b2 = b1;
      b1 = s;
      j1 = j;
    } else if (s < b2) b2 = s;
  }
  w.labels[i] = j1;
  w.upper[i] = Math.sqrt(b1);
  w.lower[i] = Math.sqrt(b2);
}

/**
 * Lloyd's algorithm accelerated by Hamerly (2010, "Making k-means even faster"): an upper bound on
 * the distance to the own centre and a lower bound on the distance to any other skip most distance
 * computations; the assignments are those of plain Lloyd. Empty clusters take the rows farthest
 * from their centres (as scikit-learn's _relocate_empty_clusters). Returns [iterations, converged].
 */
function lloyd(X: Float64Array, n: number, d: number, k: number, C: Float64Array, maxIterations: number, tol: number, w: Work): [number, boolean] {
  const { labels, upper, lower, sums, counts, oldCenters, moved, half } = w;
  for (let i = 0; i < n; i++) nearestTwo(X, i, C, k, d, w);
  // Sums and counts of each cluster, kept up to date as rows move (O(moves x d) per iteration, not O(n x d)).
  const recount = () => {
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = labels[i] * d;
      counts[labels[i]]++;
      for (let t = 0; t < d; t++) sums[b + t] += X[i * d + t];
    }
  };
  recount();
  for (let iter = 1; iter <= maxIterations; iter++) {
    // Update step: each centre becomes the mean of its rows.
    oldCenters.set(C);
    let relocated = false;
    for (let j = 0; j < k; j++) {
      if (counts[j] > 0) {
        for (let t = 0; t < d; t++) C[j * d + t] = sums[j * d + t] / counts[j];
        continue;
      }
      // Empty cluster: the row farthest from its centre (among clusters of more than one row) moves to it.
      let far = -1;
      let farDist = -1;
      for (let i = 0; i < n; i++) {
        if (counts[labels[i]] <= 1) continue;
        const s = dist2(X, i, oldCenters, labels[i], d);
        if (s > farDist) {
          farDist = s;
          far = i;
        }
      }
      if (far < 0) continue;
      counts[labels[far]]--;
      counts[j] = 1;
      labels[far] = j;
      relocated = true;
    }
    if (relocated) {
      recount();
      for (let j = 0; j < k; j++) for (let t = 0; t < d; t++) C[j * d + t] = sums[j * d + t] / counts[j];
    }
    let shift = 0;
    let maxMove = 0;
    let secondMove = 0;
    let maxMoved = -1;
    for (let j = 0; j < k; j++) {
      const s = dist2(C, j, oldCenters, j, d);
      shift += s;
      moved[j] = Math.sqrt(s);
      if (moved[j] > maxMove) {
        secondMove = maxMove;
        maxMove = moved[j];
        maxMoved = j;
      } else if (moved[j] > secondMove) secondMove = moved[j];
    }
    // Assignment step with Hamerly's bounds.
    let changed = 0;
    halfNearest(C, k, d, half);
    for (let i = 0; i < n; i++) {
      const own = labels[i];
      if (!relocated) {
        upper[i] += moved[own];
        lower[i] -= own === maxMoved ? secondMove : maxMove;
        const bound = half[own] > lower[i] ? half[own] : lower[i];
        if (upper[i] <= bound) continue;
        upper[i] = Math.sqrt(dist2(X, i, C, own, d));
        if (upper[i] <= bound) continue;
      }
      nearestTwo(X, i, C, k, d, w);
      const now = labels[i];
      if (now === own) continue;
      changed++;
      counts[own]--;
      counts[now]++;
      for (let t = 0; t < d; t++) {
        sums[own * d + t] -= X[i * d + t];
        sums[now * d + t] += X[i * d + t];
      }
    }
    if (changed === 0 && !relocated) return [iter, true];
    // Centres have settled (scikit-learn's relative tolerance): the labels match these centres.
    if (shift <= tol && !relocated) return [iter, true];
  }
  return [maxIterations, false];
}

/** Relabels clusters by size (largest first; ties: the cluster of the earliest row) and fills the result. */
function finish(X: Float64Array, n: number, d: number, k: number, labels: Int32Array, iterations: number, converged: boolean): KMeansResult {
  const sizes0 = new Int32Array(k);
  const firstRow = new Int32Array(k).fill(n);
  for (let i = 0; i < n; i++) {
    const j = labels[i];
    sizes0[j]++;
    if (firstRow[j] === n) firstRow[j] = i;
  }
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => sizes0[b] - sizes0[a] || firstRow[a] - firstRow[b]);
  const rank = new Int32Array(k);
  order.forEach((j, r) => (rank[j] = r));
  const out = new Int32Array(n);
  const sizes = new Int32Array(k);
  const centers = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const j = rank[labels[i]];
    out[i] = j;
    sizes[j]++;
    for (let t = 0; t < d; t++) centers[j * d + t] += X[i * d + t];
  }
  for (let j = 0; j < k; j++) for (let t = 0; t < d; t++) centers[j * d + t] = sizes[j] > 0 ? centers[j * d + t] / sizes[j] : 0;
  const clusterInertia = new Float64Array(k);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const s = dist2(X, i, centers, out[i], d);
    clusterInertia[out[i]] += s;
    inertia += s;
  }
  return { k, d, labels: out, centers, sizes, inertia, clusterInertia, iterations, converged };
}

/** Inertia of labels against the centres they define (means), without allocating. */
function inertiaOf(X: Float64Array, n: number, d: number, C: Float64Array, labels: Int32Array): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += dist2(X, i, C, labels[i], d);
  return s;
}

/**
 * k-means of n rows of d columns (X row-major). The caller makes sure there are at least k distinct
 * rows (see countDistinctRows); restarts run one after another from one seeded generator.
 */
export function kmeans(X: Float64Array, n: number, d: number, options: KMeansOptions): KMeansResult {
  const k = options.k;
  if (!(k >= 1 && n >= k)) throw new Error(`k-means: k = ${k} needs at least k rows (got ${n})`);
  const restarts = options.restarts ?? 10;
  const maxIterations = options.maxIterations ?? 300;
  const tol = (options.tolerance ?? 1e-4) * meanVariance(X, n, d);
  const rand = mulberry32(options.seed ?? 1);
  const w = makeWork(n, k, d);
  const C = new Float64Array(k * d);
  const bestLabels = new Int32Array(n);
  let bestInertia = Infinity;
  let bestIterations = 0;
  let bestConverged = false;
  for (let r = 0; r < restarts; r++) {
    seedPlusPlus(X, n, d, k, C, rand, w);
    const [iterations, converged] = lloyd(X, n, d, k, C, maxIterations, tol, w);
    const inertia = inertiaOf(X, n, d, C, w.labels);
    if (inertia < bestInertia || r === 0) {
      bestInertia = inertia;
      bestLabels.set(w.labels);
      bestIterations = iterations;
      bestConverged = converged;
    }
  }
  return finish(X, n, d, k, bestLabels, bestIterations, bestConverged);
}

/**
 * Lloyd iterations from the given k x d centres (no seeding, one run): for tests, and for callers
 * with starts of their own. Centres are updated in place; the result is numbered by size like kmeans().
 */
export function lloydFromCenters(X: Float64Array, n: number, d: number, centers: Float64Array, options: Omit<KMeansOptions, "k" | "restarts" | "seed"> = {}): KMeansResult {
  const k = centers.length / d;
  const w = makeWork(n, k, d);
  const tol = (options.tolerance ?? 1e-4) * meanVariance(X, n, d);
  const [iterations, converged] = lloyd(X, n, d, k, centers, options.maxIterations ?? 300, tol, w);
  return finish(X, n, d, k, w.labels, iterations, converged);
}

/** Distinct rows of X, counting no further than limit (O(n x limit x d), no allocation per row). */
export function countDistinctRows(X: Float64Array, n: number, d: number, limit: number): number {
  const found = new Int32Array(Math.max(1, limit));
  let m = 0;
  for (let i = 0; i < n && m < limit; i++) {
    let seen = false;
    for (let q = 0; q < m && !seen; q++) {
      const a = found[q] * d;
      let same = true;
      for (let t = 0; t < d; t++) {
        if (X[a + t] !== X[i * d + t]) {
          same = false;
          break;
        }
      }
      seen = same;
    }
    if (!seen) found[m++] = i;
  }
  return m;
}
