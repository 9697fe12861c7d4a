// Errors the command line reports as one line on stderr (exit code 1), never as a stack trace.
import { InputError } from "../core/table/errors";

/** A problem with the command line or a file (missing file, unknown sheet, bad --format). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** True for errors the user caused and can fix: input problems from core and CLI problems. */
export function isUserError(e: unknown): e is Error {
  return e instanceof CliError || e instanceof InputError;
}

/** Node file-system errors as plain words: "cannot read 'x.csv': no such file". */
export function fileError(action: "read" | "write", path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: action === "read" ? "no such file" : "the folder does not exist",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder, not a file",
    ENOTDIR: "a part of the path is not a folder",
    EBUSY: "the file is in use (is it open in Excel?)",
    ENOSPC: "the disk is full",
  };
  const reason = (code && reasons[code]) ?? (e instanceof Error ? e.message : String(e));
  return new CliError(`cannot ${action} '${path}': ${reason}`);
}
