/** An input problem the user can fix; surfaces turn it into #VALUE! (functions) or a message (CLI, pane). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly argument?: string,
    readonly row?: number,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** "amounts, row 17: 'n/a' is not a number" */
export function cellError(argument: string, row: number, problem: string): InputError {
  return new InputError(`${argument}, row ${row}: ${problem}`, argument, row);
}

/** "bins: must be a whole number from 2 to 9" */
export function argError(argument: string, problem: string): InputError {
  return new InputError(`${argument}: ${problem}`, argument);
}

/** How a cell is quoted in messages: text in quotes (shortened), numbers and booleans as Excel shows them. */
export function describeCell(v: unknown): string {
  if (v === null || v === undefined) return "blank";
  if (typeof v === "string") {
    const s = v.length > 40 ? `${v.slice(0, 37)}...` : v;
    return `'${s}'`;
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "an invalid date" : v.toISOString().slice(0, 10);
  return "a value of an unsupported kind";
}
