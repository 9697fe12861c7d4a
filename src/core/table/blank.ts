/** Blank cells arrive as null, undefined or "" (and whitespace) depending on the Excel platform. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A row carries no data when every cell is blank or 0 (some platforms pad whole-column reads with 0). */
export function isEmptyCell(v: unknown): boolean {
  return v === 0 || isBlank(v);
}
