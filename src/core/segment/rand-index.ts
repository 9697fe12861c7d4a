// Adjusted Rand index (Hubert & Arabie 1985): agreement of two clusterings of the same rows,
// 1 for the same partition whatever the cluster numbers, about 0 for chance agreement.

const pairs = (m: number) => (m * (m - 1)) / 2;

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (b.length !== n) throw new Error("adjustedRandIndex: the clusterings must label the same rows");
  const table = new Map<string, number>();
  const rowSums = new Map<number, number>();
  const colSums = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(a[i], (rowSums.get(a[i]) ?? 0) + 1);
    colSums.set(b[i], (colSums.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const m of table.values()) index += pairs(m);
  let sa = 0;
  for (const m of rowSums.values()) sa += pairs(m);
  let sb = 0;
  for (const m of colSums.values()) sb += pairs(m);
  const expected = (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  // Both clusterings trivial (one cluster, or every row alone): identical partitions score 1.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
