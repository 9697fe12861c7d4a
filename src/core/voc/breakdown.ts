// Breakdowns: the rows of each group (segment or period), in a stable order.

/** Text order with numbers inside compared as numbers ("Tier 2" before "Tier 10"). */
const COLLATOR = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

export interface Group {
  name: string;
  /** Indices of the group's rows. */
  rows: number[];
}

/** Rows by key, keys sorted naturally (or by the given compare). */
export function groupRows(keys: readonly string[], compare: (a: string, b: string) => number = COLLATOR.compare): Group[] {
  const map = new Map<string, number[]>();
  keys.forEach((k, i) => {
    let rows = map.get(k);
    if (!rows) map.set(k, (rows = []));
    rows.push(i);
  });
  return [...map.entries()].sort((a, b) => compare(a[0], b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, rows]) => ({ name, rows }));
}

/** The values at the indices. */
export function pick(values: ArrayLike<number>, rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length);
  rows.forEach((r, i) => (out[i] = values[r]));
  return out;
}
