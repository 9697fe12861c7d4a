// Maps engine errors to Excel errors: every failure a user can cause is #VALUE! with a message
// that names the argument and the problem (the message shows when the user selects the cell).
import { InputError } from "../core/table/errors";

const MAX_MESSAGE = 250;

export function toExcelError(e: unknown): CustomFunctions.Error {
  if (e instanceof CustomFunctions.Error) return e;
  const message =
    e instanceof InputError ? e.message : `Unexpected error, please report it: ${e instanceof Error ? e.message : String(e)}`;
  const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 3)}...` : message;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, short);
}

/** Runs a function body, rethrowing any failure as a CustomFunctions.Error. */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}
