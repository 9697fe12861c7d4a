// Identifiers and categories: text trimmed, numbers written the way Excel shows them (12, not 12.0).

/** Text of an id cell, or undefined when the cell cannot be an id (booleans, errors, objects). */
export function parseId(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : undefined;
  return undefined;
}

/** Text of a category cell: like an id, and booleans become TRUE/FALSE as Excel shows them. */
export function parseCategory(v: unknown): string | undefined {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return parseId(v);
}

/** Header text normalised for lookup: trimmed, lower case, runs of space/underscore/dash as one space. */
export function normalizeHeader(v: unknown): string {
  if (typeof v !== "string" && typeof v !== "number") return "";
  return String(v)
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, " ");
}
