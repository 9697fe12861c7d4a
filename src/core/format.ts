// Number formatting for plain-language explanations (not for cell values, which stay numbers).

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function formatPercent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "rows 5, 9, 17 and 3 more" */
export function rowList(rows: readonly number[], total: number): string {
  const shown = rows.join(", ");
  const more = total - rows.length;
  return `${rows.length === 1 ? "row" : "rows"} ${shown}${more > 0 ? ` and ${formatCount(more)} more` : ""}`;
}
