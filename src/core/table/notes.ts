// What the reader dropped, in plain words for a Report's explanation.
import { plural, rowList } from "../format";
import { ColumnSpec, ReadResult } from "./columns";

export function describeSkips<T extends Record<string, ColumnSpec>>(read: ReadResult<T>): string[] {
  const notes: string[] = [];
  for (const s of read.skipped) {
    notes.push(`${plural(s.count, "row")} skipped because ${s.column} was blank (${rowList(s.firstRows, s.count)}).`);
  }
  if (read.blankRows > 0) notes.push(`${plural(read.blankRows, "empty row")} ignored.`);
  if (read.hasHeader) notes.push(`The first row was read as a header and skipped.`);
  return notes;
}

export function countSkipped<T extends Record<string, ColumnSpec>>(read: ReadResult<T>): number {
  return read.skipped.reduce((a, s) => a + s.count, 0);
}
