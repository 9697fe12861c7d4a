import { columnVector, readColumns } from "../../../src/core/table/columns";
import { InputError } from "../../../src/core/table/errors";

const specs = {
  id: { kind: "id", label: "customer_ids" },
  day: { kind: "date", label: "dates" },
  amount: { kind: "number", label: "amounts" },
} as const;

const col = (...xs: unknown[]) => xs;
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("expected an InputError");
};

describe("columnVector", () => {
  test("n x 1 ranges, 1 x n rows and single cells", () => {
    const cells = (ref: { rows: readonly unknown[][]; col: number }) => ref.rows.map((r) => r[ref.col]);
    const range = [[1], [2], [3]];
    expect(columnVector("x", range).rows).toBe(range); // read in place, not copied
    expect(cells(columnVector("x", [[1, 2, 3]]))).toEqual([1, 2, 3]);
    expect(cells(columnVector("x", 5))).toEqual([5]);
    expect(cells(columnVector("x", []))).toEqual([]);
  });
  test("a multi-column range is an error naming the argument", () => {
    expect(message(() => columnVector("amounts", [[1, 2], [3, 4]]))).toBe("amounts: expected a single column, got 2 columns");
  });
});

describe("readColumns", () => {
  test("detects a header row, reads typed columns and numbers rows as the user sees them", () => {
    const r = readColumns(
      { id: col("Customer", "A", 7, " B "), day: col("Date", 45292, "2024-01-02", "20240103"), amount: col("Amount", 10, "1,000", "$2.50") },
      specs,
    );
    expect(r.hasHeader).toBe(true);
    expect(r.headers).toEqual({ id: "Customer", day: "Date", amount: "Amount" });
    expect(r.columns.id).toEqual(["A", "7", "B"]);
    expect(Array.from(r.columns.day)).toEqual([19723, 19724, 19725]); // epoch days of 2024-01-01..03
    expect(Array.from(r.columns.amount)).toEqual([10, 1000, 2.5]);
    expect(Array.from(r.sourceRows)).toEqual([2, 3, 4]);
  });

  test("no header when the first row holds data", () => {
    const r = readColumns({ id: col("A", "B"), day: col(45292, 45293), amount: col(1, 2) }, specs);
    expect(r.hasHeader).toBe(false);
    expect(r.length).toBe(2);
    expect(Array.from(r.sourceRows)).toEqual([1, 2]);
  });

  test("header can be forced on or off", () => {
    const on = readColumns({ id: col("A", "B"), day: col(45292, 45293), amount: col(1, 2) }, specs, { header: true });
    expect(on.length).toBe(1);
    expect(() => readColumns({ id: col("id", "B"), day: col("date", 45293), amount: col("amount", 2) }, specs, { header: false })).toThrow(
      "dates, row 1: 'date' is not a date",
    );
  });

  test("errors name the argument, the row and the problem", () => {
    const amounts = col("Amount", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, "n/a");
    const ids = amounts.map((_, i) => (i === 0 ? "Customer" : `C${i}`));
    const days = amounts.map((_, i) => (i === 0 ? "Date" : 45292 + i));
    expect(message(() => readColumns({ id: ids, day: days, amount: amounts }, specs))).toBe("amounts, row 17: 'n/a' is not a number");
    expect(message(() => readColumns({ id: col("A"), day: col("2023-02-29"), amount: col(1) }, specs))).toBe(
      "dates, row 1: '2023-02-29' is not a date (use an Excel date, yyyy-mm-dd or yyyymmdd)",
    );
    expect(message(() => readColumns({ id: col("A"), day: col(60), amount: col(1) }, specs))).toMatch(/dates, row 1: 60 is 29 February 1900/);
    expect(message(() => readColumns({ id: col(true), day: col(45292), amount: col(1) }, specs))).toBe(
      "customer_ids, row 1: TRUE is not an identifier",
    );
  });

  test("blank cells skip the row by default, with counts and row numbers", () => {
    const r = readColumns(
      {
        id: col("Customer", "A", "", "B", "C", null),
        day: col("Date", 45292, 45292, "", 45293, 45294),
        amount: col("Amount", 1, 2, 3, "", 5),
      },
      specs,
    );
    expect(r.columns.id).toEqual(["A"]);
    expect(r.skipped).toEqual([
      { column: "customer_ids", count: 2, firstRows: [3, 6] },
      { column: "dates", count: 1, firstRows: [4] },
      { column: "amounts", count: 1, firstRows: [5] },
    ]);
  });

  test("blank rules zero and error", () => {
    const zero = readColumns({ id: col("A", "B"), day: col(45292, 45292), amount: col(5, null) }, { ...specs, amount: { kind: "number", label: "amounts", blank: "zero" } });
    expect(Array.from(zero.columns.amount)).toEqual([5, 0]);
    expect(message(() => readColumns({ id: col("A", "B"), day: col(45292, 45292), amount: col(5, "") }, { ...specs, amount: { kind: "number", label: "amounts", blank: "error" } }))).toBe(
      "amounts, row 2: is blank",
    );
  });

  test("trailing blank rows are trimmed, interior blank rows counted, and 0 is data", () => {
    const tail = (n: number, v: unknown) => new Array(n).fill(v);
    const r = readColumns(
      {
        id: [...col("A", null, "B", null, "C"), ...tail(1000, null)],
        day: [...col(45292, "", 45293, "", 45294), ...tail(1000, "")],
        amount: [...col(1, null, 2, 0, 0), ...tail(1000, undefined)],
      },
      specs,
    );
    // Row 2 is blank; row 4 holds an amount of 0 (data), so its blank id skips it; row 5's 0 is a real amount.
    expect(r.columns.id).toEqual(["A", "B", "C"]);
    expect(Array.from(r.columns.amount)).toEqual([1, 2, 0]);
    expect(r.blankRows).toBe(1);
    expect(r.skipped).toEqual([{ column: "customer_ids", count: 1, firstRows: [4] }]);
  });

  test("a score column keeps its zeros; only a whole column's zero padding is dropped", () => {
    const scores = { s: { kind: "number", label: "scores" } } as const;
    expect(Array.from(readColumns({ s: col(10, 0, 7, 0) }, scores).columns.s)).toEqual([10, 0, 7, 0]);
    const whole = [10, 0, 7, ...new Array(1_048_576 - 3).fill(0)];
    expect(Array.from(readColumns({ s: whole }, scores).columns.s)).toEqual([10, 0, 7]);
  });

  test("ranges of different sizes are an error when the longer one has data past the shorter", () => {
    expect(message(() => readColumns({ id: col("A", "B", "C"), day: col(45292, 45292), amount: col(1, 2, 3) }, specs))).toBe(
      "dates: has 2 rows but customer_ids has data down to row 3; give ranges of the same size",
    );
    const ok = readColumns({ id: col("A", "B", null, null), day: col(45292, 45292), amount: col(1, 2, null) }, specs);
    expect(ok.length).toBe(2);
  });

  test("number limits", () => {
    const s = { x: { kind: "number", label: "frequency", min: 0, integer: true } } as const;
    expect(message(() => readColumns({ x: col(1, -2) }, s))).toBe("frequency, row 2: -2 is below the smallest allowed value, 0");
    expect(message(() => readColumns({ x: col(1, 2.5) }, s))).toBe("frequency, row 2: 2.5 is not a whole number");
  });

  test("categories accept booleans as Excel shows them", () => {
    const r = readColumns({ c: col(true, "x", 3) }, { c: { kind: "category", label: "group" } });
    expect(r.columns.c).toEqual(["TRUE", "x", "3"]);
  });
});
