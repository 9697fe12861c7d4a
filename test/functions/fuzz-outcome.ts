// What every =CX.* call must give, whatever the cells: a well-formed table (rows of the header's
// width, numbers and text only, every number finite) or #VALUE! with a message from the engine
// (never "Unexpected error, please report it").

/** The #VALUE! a call threw, checked; fails when it returned or threw anything else. */
export function excelError(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
  throw new Error("expected a CustomFunctions.Error");
}

/** A rejected call: #VALUE! with a message naming the problem. */
export function expectValueError(e: unknown): void {
  expect(e).toBeInstanceOf(CustomFunctions.Error);
  const err = e as CustomFunctions.Error;
  expect(err.code).toBe(CustomFunctions.ErrorCode.invalidValue);
  expect(typeof err.message).toBe("string");
  expect(err.message!.length).toBeGreaterThan(10);
  expect(err.message).not.toMatch(/^Unexpected/);
}

/**
 * Runs f: either a table (then validate checks each body row and the table is returned) or a
 * #VALUE! (then undefined is returned).
 */
export function tableOrValueError(f: () => unknown[][], validate: (row: unknown[], header: unknown[]) => void = () => undefined): unknown[][] | undefined {
  let out: unknown[][];
  try {
    out = f();
  } catch (e) {
    expectValueError(e);
    return undefined;
  }
  expect(Array.isArray(out)).toBe(true);
  expect(out.length).toBeGreaterThanOrEqual(1);
  const width = out[0].length;
  expect(width).toBeGreaterThan(0);
  for (const h of out[0]) expect(typeof h).toBe("string");
  for (const row of out) {
    expect(row).toHaveLength(width);
    for (const c of row) {
      expect(["number", "string"]).toContain(typeof c);
      if (typeof c === "number") expect(Number.isFinite(c)).toBe(true);
    }
  }
  for (const row of out.slice(1)) validate(row, out[0]);
  return out;
}
