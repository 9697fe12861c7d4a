// Cluster profiles: how each cluster's mean differs from the overall mean, column by column, in
// standard deviations, and a short description such as "high Frequency, low Monetary" (the words a
// wizard can turn into a segment name).

export type TraitLevel = "very high" | "high" | "average" | "low" | "very low";

export interface Trait {
  column: string;
  /** (cluster mean - overall mean) / overall standard deviation, in the profile space. */
  z: number;
  level: TraitLevel;
}

export interface ClusterProfile {
  /** 0-based cluster. */
  cluster: number;
  size: number;
  /** One trait per column, in column order. */
  traits: Trait[];
  /** Up to three notable traits, strongest first, e.g. "very high Monetary, low Recency"; "close to average" when none. */
  description: string;
}

/** |z| from which a column is called high or low, and very high or very low. */
export const NOTABLE_Z = 0.4;
export const STRONG_Z = 1;
const MAX_TRAITS = 3;

export function traitLevel(z: number): TraitLevel {
  if (z >= STRONG_Z) return "very high";
  if (z >= NOTABLE_Z) return "high";
  if (z <= -STRONG_Z) return "very low";
  if (z <= -NOTABLE_Z) return "low";
  return "average";
}

/**
 * Profiles of k clusters of Z (n x d row-major, each column already z-scored: mean 0, standard
 * deviation 1, or all 0 for a constant column), so a cluster's column mean is its z directly.
 */
export function clusterProfiles(Z: Float64Array, n: number, d: number, labels: Int32Array, k: number, names: readonly string[]): ClusterProfile[] {
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c]++;
    for (let t = 0; t < d; t++) sums[c * d + t] += Z[i * d + t];
  }
  const out: ClusterProfile[] = [];
  for (let c = 0; c < k; c++) {
    const traits: Trait[] = [];
    for (let t = 0; t < d; t++) {
      const z = sizes[c] > 0 ? sums[c * d + t] / sizes[c] : 0;
      traits.push({ column: names[t], z, level: traitLevel(z) });
    }
    out.push({ cluster: c, size: sizes[c], traits, description: describeTraits(traits) });
  }
  return out;
}

/** "very high Monetary, low Recency": notable traits, strongest first (ties: column order). */
export function describeTraits(traits: readonly Trait[]): string {
  const notable = traits
    .map((t, j) => ({ t, j }))
    .filter(({ t }) => t.level !== "average")
    .sort((a, b) => Math.abs(b.t.z) - Math.abs(a.t.z) || a.j - b.j)
    .slice(0, MAX_TRAITS);
  return notable.length === 0 ? "close to average" : notable.map(({ t }) => `${t.level} ${t.column}`).join(", ");
}
