// The demo grid: column letters, row numbers, the first rows of a sheet with their number formats,
// the selection (click, shift-click, drag, arrow keys, shift+arrows, Ctrl+A), table headers and
// color scales. An ARIA grid whose active cell is announced through aria-activedescendant.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, type MouseEvent, useCallback, useEffect, useRef } from "react";
import type { RangeRef } from "../excel/gateway";
import { columnLetters, contains } from "./address";
import { formatCell } from "./format-cell";

export interface CellPos {
  row: number;
  col: number;
}

/** A selection as Excel keeps it: the anchor (active cell) and the corner the user extends. */
export interface GridSelection {
  anchor: CellPos;
  focus: CellPos;
}

export function selectionRange(s: GridSelection): RangeRef {
  const row = Math.min(s.anchor.row, s.focus.row);
  const col = Math.min(s.anchor.col, s.focus.col);
  return { row, col, rows: Math.abs(s.anchor.row - s.focus.row) + 1, cols: Math.abs(s.anchor.col - s.focus.col) + 1 };
}

export function selectionOf(range: RangeRef): GridSelection {
  return { anchor: { row: range.row, col: range.col }, focus: { row: range.row + range.rows - 1, col: range.col + range.cols - 1 } };
}

/** How a cell is dressed beyond its value: an Excel table's header or banded row, a color-scale fill. */
export interface CellLook {
  tableHeader?: boolean;
  band?: boolean;
  /** Background color (color scales). */
  fill?: string;
  bold?: boolean;
}

export interface GridProps {
  /** Prefix of the cells' ids. */
  id: string;
  /** Accessible name of the grid, e.g. "Sheet Orders". */
  label: string;
  /** Text of the corner header (visually hidden). */
  cornerLabel: string;
  /** Rows and columns in use (what keyboard moves and whole-column selection reach). */
  rows: number;
  cols: number;
  /** Rows drawn (the first ones). */
  shownRows: number;
  valueAt: (row: number, col: number) => unknown;
  formatAt: (row: number, col: number) => string | undefined;
  lookAt?: (row: number, col: number) => CellLook | undefined;
  /** Column widths in pixels, from column A (default 96). */
  columnWidths?: (number | undefined)[];
  selection?: GridSelection;
  onSelectionChange: (selection: GridSelection) => void;
}

const DEFAULT_WIDTH = 96;
const ROW_HEADER_WIDTH = 52;
const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

const useStyles = makeStyles({
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: "#1f1f1f",
    backgroundColor: "#ffffff",
    userSelect: "none",
    outlineStyle: "none",
    ":focus-visible": { boxShadow: `inset 0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: "22px",
    backgroundColor: "#f3f2f1",
    color: "#323130",
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: "1px solid #d1d1d1",
    borderBottom: "1px solid #c8c8c8",
    cursor: "s-resize",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f2f1",
    color: "#323130",
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    paddingRight: "6px",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #d1d1d1",
    cursor: "e-resize",
  },
  corner: { left: 0, zIndex: 3, cursor: "default" },
  headerSelected: { backgroundColor: "#d2e7d9", color: "#0e5c2f", fontWeight: tokens.fontWeightSemibold },
  cell: {
    height: "20px",
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    cursor: "cell",
  },
  /** Text running on into empty cells to its right, as Excel shows it. */
  spill: { overflow: "visible", textOverflow: "clip" },
  number: { textAlign: "right" },
  boolean: { textAlign: "center" },
  tableHeader: { backgroundColor: "#4472c4", color: "#ffffff", fontWeight: tokens.fontWeightSemibold },
  band: { backgroundColor: "#d9e1f2" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  selected: { backgroundImage: "linear-gradient(rgba(0, 0, 0, 0.13), rgba(0, 0, 0, 0.13))" },
  active: { outline: "2px solid #107c41", outlineOffset: "-2px", backgroundImage: "none" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export const cellId = (gridId: string, row: number, col: number) => `${gridId}-r${row}-c${col}`;

export function Grid(props: GridProps) {
  const { id, label, cornerLabel, rows, cols, shownRows, valueAt, formatAt, lookAt, columnWidths, selection, onSelectionChange } = props;
  const styles = useStyles();
  const dragging = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const range = selection ? selectionRange(selection) : undefined;
  const active = selection?.anchor;
  const maxRow = Math.max(rows, 1) - 1;
  const maxCol = Math.max(cols, 1) - 1;

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  // Keep the moving corner of the selection in view when it is drawn.
  const focus = selection?.focus;
  useEffect(() => {
    if (!focus || focus.row >= shownRows) return;
    const el = document.getElementById(cellId(id, focus.row, focus.col));
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [id, focus, shownRows]);

  const cellAt = (target: EventTarget | null): CellPos | undefined => {
    const el = (target as HTMLElement | null)?.closest?.("[data-row]") as HTMLElement | null;
    if (!el) return undefined;
    return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
  };

  const onMouseDown = (e: MouseEvent) => {
    if (e.button !== 0) return;
    const cell = cellAt(e.target);
    if (!cell) return;
    e.preventDefault();
    tableRef.current?.focus();
    dragging.current = true;
    if (e.shiftKey && selection) onSelectionChange({ anchor: selection.anchor, focus: cell });
    else onSelectionChange({ anchor: cell, focus: cell });
  };

  const onMouseOver = (e: MouseEvent) => {
    if (!dragging.current || !selection) return;
    const cell = cellAt(e.target);
    if (cell && (cell.row !== selection.focus.row || cell.col !== selection.focus.col)) {
      onSelectionChange({ anchor: selection.anchor, focus: cell });
    }
  };

  const selectColumn = (col: number, e: MouseEvent) => {
    e.preventDefault();
    tableRef.current?.focus();
    const from = e.shiftKey && selection ? selection.anchor.col : col;
    onSelectionChange({ anchor: { row: 0, col: from }, focus: { row: maxRow, col } });
  };

  const selectRow = (row: number, e: MouseEvent) => {
    e.preventDefault();
    tableRef.current?.focus();
    const from = e.shiftKey && selection ? selection.anchor.row : row;
    onSelectionChange({ anchor: { row: from, col: 0 }, focus: { row, col: maxCol } });
  };

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const sel = selection ?? { anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } };
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "a") {
        e.preventDefault();
        onSelectionChange({ anchor: { row: 0, col: 0 }, focus: { row: maxRow, col: maxCol } });
        return;
      }
      const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
      const d = step[e.key];
      if (!d) return;
      e.preventDefault();
      const from = e.shiftKey ? sel.focus : sel.anchor;
      const to = {
        row: Math.min(Math.max(from.row + d[0], 0), maxRow),
        col: Math.min(Math.max(from.col + d[1], 0), maxCol),
      };
      onSelectionChange(e.shiftKey ? { anchor: sel.anchor, focus: to } : { anchor: to, focus: to });
    },
    [selection, onSelectionChange, maxRow, maxCol],
  );

  const colIndexes = Array.from({ length: Math.max(cols, 1) }, (_, j) => j);
  const rowIndexes = Array.from({ length: Math.min(shownRows, Math.max(rows, 1)) }, (_, i) => i);
  const widthOf = (j: number) => columnWidths?.[j] ?? DEFAULT_WIDTH;
  // A fixed layout needs the table's width: the columns keep their widths whatever the text.
  const tableWidth = colIndexes.reduce((w, j) => w + widthOf(j), ROW_HEADER_WIDTH);
  const activeId = active && active.row < shownRows && active.col < colIndexes.length ? cellId(id, active.row, active.col) : undefined;

  return (
    <table
      ref={tableRef}
      id={id}
      role="grid"
      aria-label={label}
      aria-rowcount={Math.max(rows, 1) + 1}
      aria-colcount={colIndexes.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={activeId}
      tabIndex={0}
      className={styles.table}
      style={{ width: `${tableWidth}px` }}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onMouseOver={onMouseOver}
    >
      <colgroup>
        <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
        {colIndexes.map((j) => (
          <col key={j} style={{ width: `${widthOf(j)}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className={mergeClasses(styles.colHeader, styles.corner)}>
            <span className={styles.visuallyHidden}>{cornerLabel}</span>
          </th>
          {colIndexes.map((j) => (
            <th
              key={j}
              scope="col"
              className={mergeClasses(styles.colHeader, range && j >= range.col && j < range.col + range.cols && styles.headerSelected)}
              onMouseDown={(e) => {
                e.stopPropagation();
                selectColumn(j, e);
              }}
            >
              {columnLetters(j)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowIndexes.map((i) => (
          <tr key={i} aria-rowindex={i + 2}>
            <th
              scope="row"
              className={mergeClasses(styles.rowHeader, range && i >= range.row && i < range.row + range.rows && styles.headerSelected)}
              onMouseDown={(e) => {
                e.stopPropagation();
                selectRow(i, e);
              }}
            >
              {i + 1}
            </th>
            {colIndexes.map((j) => {
              const value = valueAt(i, j);
              const look = lookAt?.(i, j);
              const isSelected = contains(range, i, j);
              const isActive = !!active && active.row === i && active.col === j;
              return (
                <td
                  key={j}
                  id={cellId(id, i, j)}
                  data-row={i}
                  data-col={j}
                  aria-selected={isSelected}
                  className={mergeClasses(
                    styles.cell,
                    typeof value === "number" && styles.number,
                    typeof value === "string" && j + 1 < colIndexes.length && isEmpty(valueAt(i, j + 1)) && styles.spill,
                    typeof value === "boolean" && styles.boolean,
                    look?.band && styles.band,
                    look?.tableHeader && styles.tableHeader,
                    look?.bold && styles.bold,
                    isSelected && styles.selected,
                    isActive && styles.active,
                  )}
                  style={look?.fill && !look.tableHeader ? { backgroundColor: look.fill } : undefined}
                >
                  {formatCell(value, formatAt(i, j))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
