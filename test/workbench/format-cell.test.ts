/** @jest-environment node */
// The grid's rough rendering of Excel number formats.
import { formatCell, formatGeneral, formatNumber, formatSerialDate, isDateFormat } from "../../src/workbench/format-cell";

describe("formatCell", () => {
  test.each<[unknown, string | undefined, string]>([
    ["", undefined, ""],
    [null, undefined, ""],
    ["text", "0.00", "text"],
    [true, undefined, "TRUE"],
    [false, undefined, "FALSE"],
    [42, undefined, "42"],
    [0.1 + 0.2, undefined, "0.3"],
    [1234567.891, "General", "1234567.891"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [1234567.891, "#,##0", "1,234,568"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [12.345, "0.0", "12.3"],
    [0.1234, "0.0%", "12.3%"],
    [0.5, "0%", "50%"],
    [1234.5, '"$"#,##0.00', "$1,234.50"],
    [1234.5, "[$$-409]#,##0.00", "$1,234.50"],
    [1234.5, "$#,##0.00;($#,##0.00)", "$1,234.50"],
    [-0.001, "#,##0.00", "0.00"],
    [45356, "yyyy-mm-dd", "2024-03-05"],
    [45356, "m/d/yyyy", "2024-03-05"],
    [45356.6041666667, "yyyy-mm-dd hh:mm", "2024-03-05 14:30"],
    [45356.6041666667, "hh:mm", "14:30"],
    [45356, "@", "45356"],
  ])("%j with %j -> %j", (value, fmt, shown) => {
    expect(formatCell(value, fmt)).toBe(shown);
  });

  test("General keeps about ten significant digits and switches to E notation for huge numbers", () => {
    expect(formatGeneral(1 / 3)).toBe("0.3333333333");
    expect(formatGeneral(123456789012345)).toBe("1.23457E+14");
    expect(formatNumber(2.5e-12, undefined)).toBe("2.5E-12");
  });

  test("tells date formats from number formats", () => {
    for (const f of ["yyyy-mm-dd", "d-mmm-yy", "yyyy-mm-dd hh:mm", "hh:mm:ss", "[$-409]mmmm d, yyyy"]) expect(isDateFormat(f)).toBe(true);
    for (const f of ["0.00", "#,##0", "0%", '"days"0', "@", undefined]) expect(isDateFormat(f)).toBe(false);
  });

  test("dates before 1900-03-01 are left as numbers", () => {
    expect(formatSerialDate(59)).toBe("59");
    expect(formatSerialDate(61)).toBe("1900-03-01");
  });
});
