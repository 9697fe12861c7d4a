/** @jest-environment jsdom */
// The demo grid's selection as in Excel: click, shift-click, drag, arrows, shift+arrows, Ctrl+A,
// column and row headers; formatted cells; only the first rows drawn.
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Grid, type GridSelection, selectionRange } from "../../src/workbench/Grid";

const VALUES: unknown[][] = [
  ["Name", "When", "Amount"],
  ["Ann", 45356, 1234.5],
  ["Bob", 45357.5, -2],
  ["Cy", "", 0.25],
];
const FORMATS: (string | undefined)[][] = [
  [],
  [undefined, "yyyy-mm-dd", "#,##0.00"],
  [undefined, "yyyy-mm-dd hh:mm", "#,##0.00"],
  [undefined, undefined, "0%"],
];

function Harness({ shownRows = 200, onChange }: { shownRows?: number; onChange?: (s: GridSelection) => void }) {
  const [selection, setSelection] = useState<GridSelection>({ anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } });
  return (
    <Grid
      id="g"
      label="Sheet Test"
      cornerLabel="Row"
      rows={VALUES.length}
      cols={3}
      shownRows={shownRows}
      valueAt={(r, c) => VALUES[r]?.[c]}
      formatAt={(r, c) => FORMATS[r]?.[c]}
      selection={selection}
      onSelectionChange={(s) => {
        setSelection(s);
        onChange?.(s);
      }}
    />
  );
}

// (jsdom's role mapping gives <td> in a role="grid" table the role "cell": find cells by text.)
const cell = (text: string) => screen.getByText(text, { selector: "td" });
const selected = () => Array.from(document.querySelectorAll('td[aria-selected="true"]')).map((c) => c.textContent);

describe("Grid", () => {
  test("shows cells with their number formats, column letters and row numbers", () => {
    render(<Harness />);
    expect(screen.getByRole("grid", { name: "Sheet Test" })).toBeTruthy();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "A", "B", "C"]);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["1", "2", "3", "4"]);
    for (const text of ["2024-03-05", "1,234.50", "2024-03-06 12:00", "-2.00", "25%"]) expect(cell(text)).toBeTruthy();
  });

  test("click, shift-click and drag select ranges", () => {
    let last: GridSelection | undefined;
    render(<Harness onChange={(s) => (last = s)} />);
    fireEvent.mouseDown(cell("Ann"));
    expect(selectionRange(last!)).toEqual({ row: 1, col: 0, rows: 1, cols: 1 });
    fireEvent.mouseDown(cell("25%"), { shiftKey: true });
    expect(selectionRange(last!)).toEqual({ row: 1, col: 0, rows: 3, cols: 3 });
    expect(selected()).toHaveLength(9);
    fireEvent.mouseDown(cell("Bob"));
    fireEvent.mouseOver(cell("-2.00"));
    fireEvent.mouseUp(window);
    fireEvent.mouseOver(cell("Name")); // the button is up: no more dragging
    expect(selectionRange(last!)).toEqual({ row: 2, col: 0, rows: 1, cols: 3 });
  });

  test("arrow keys move, shift+arrows extend, Ctrl+A selects everything", () => {
    let last: GridSelection | undefined;
    render(<Harness onChange={(s) => (last = s)} />);
    const grid = screen.getByRole("grid");
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(selectionRange(last!)).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
    expect(grid.getAttribute("aria-activedescendant")).toBe("g-r1-c1");
    fireEvent.keyDown(grid, { key: "ArrowDown", shiftKey: true });
    fireEvent.keyDown(grid, { key: "ArrowRight", shiftKey: true });
    fireEvent.keyDown(grid, { key: "ArrowRight", shiftKey: true }); // stops at the last column
    expect(selectionRange(last!)).toEqual({ row: 1, col: 1, rows: 2, cols: 2 });
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    fireEvent.keyDown(grid, { key: "ArrowUp" }); // stops at row 1
    expect(selectionRange(last!)).toEqual({ row: 0, col: 1, rows: 1, cols: 1 });
    fireEvent.keyDown(grid, { key: "a", ctrlKey: true });
    expect(selectionRange(last!)).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
  });

  test("column and row headers select whole columns and rows of the used range", () => {
    let last: GridSelection | undefined;
    render(<Harness onChange={(s) => (last = s)} />);
    fireEvent.mouseDown(screen.getByRole("columnheader", { name: "B" }));
    expect(selectionRange(last!)).toEqual({ row: 0, col: 1, rows: 4, cols: 1 });
    fireEvent.mouseDown(screen.getByRole("rowheader", { name: "3" }));
    expect(selectionRange(last!)).toEqual({ row: 2, col: 0, rows: 1, cols: 3 });
  });

  test("draws only the first rows but tells the grid's full size", () => {
    render(<Harness shownRows={2} />);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["1", "2"]);
    expect(screen.getByRole("grid").getAttribute("aria-rowcount")).toBe("5");
  });
});
