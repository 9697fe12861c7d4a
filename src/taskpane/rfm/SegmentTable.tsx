// Segment counts and shares, as a Fluent table.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { type Language, formatNumber, formatShare, t } from "../i18n/strings";
import type { SegmentReading } from "./explain";

export interface SegmentTableProps {
  segments: SegmentReading[];
  language: Language;
  label: string;
}

export function SegmentTable({ segments, language, label }: SegmentTableProps) {
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(language, "hdrSegment")}</TableHeaderCell>
          <TableHeaderCell>{t(language, "hdrCustomers")}</TableHeaderCell>
          <TableHeaderCell>{t(language, "hdrShareCustomers")}</TableHeaderCell>
          <TableHeaderCell>{t(language, "hdrShareRevenue")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {segments.map((s) => (
          <TableRow key={s.segment}>
            <TableCell>{s.name}</TableCell>
            <TableCell>{formatNumber(language, s.customers)}</TableCell>
            <TableCell>{formatShare(language, s.share)}</TableCell>
            <TableCell>{formatShare(language, s.revenueShare)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
