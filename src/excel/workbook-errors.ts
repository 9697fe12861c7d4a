// Errors from a workbook platform (Office.js, or a test's injected failure) as WorkbookErrors.
// Both gateways use it, so an Office error code meaning "someone changed the workbook" reaches
// the pane as a "conflict" whichever gateway carried the write.
import { WorkbookError, WorkbookErrorKind } from "./gateway";

/** Office error codes meaning the workbook changed under us (an item gone, renamed or taken). */
export const CONFLICT_CODES: ReadonlySet<string> = new Set(["ItemNotFound", "Conflict", "ItemAlreadyExists", "InsertDeleteConflict"]);

/** The Office error code of an error (OfficeExtension.Error.code), if it has one. */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An error as a WorkbookError: "conflict" for a vanished or changed item, `fallback` otherwise. */
export function toWorkbookError(e: unknown, fallback: WorkbookErrorKind = "write-failed"): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const code = errorCode(e);
  const error = new WorkbookError(code && CONFLICT_CODES.has(code) ? "conflict" : fallback, code ? `${code}: ${message}` : message);
  (error as { cause?: unknown }).cause = e;
  return error;
}
