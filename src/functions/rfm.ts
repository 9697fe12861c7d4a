/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
// =CX.RFM, =CX.RFM.SUMMARY and =CX.RFM.SCORE: thin adapters over src/core/rfm.
import { findTable } from "../core/report";
import { CUSTOMER_COLUMNS, rfmFromRead, rfmOptionsFromArgs, SCORE_HEADER, scoresFromRead, TRANSACTION_COLUMNS } from "../core/rfm";
import { columnVector, readColumns } from "../core/table/columns";
import { guard } from "./excel-errors";
import { alignedSpill, spill } from "./spill";

function rfmReportOf(
  customer_ids: any[][],
  dates: any[][],
  amounts: any[][],
  as_of: any,
  bins: any,
  segment_map: any,
  monetary: any,
  merge_same_day: any,
) {
  const options = rfmOptionsFromArgs({ asOf: as_of, bins, segmentMap: segment_map, monetary, mergeSameDay: merge_same_day });
  const read = readColumns(
    {
      customer: columnVector("customer_ids", customer_ids),
      day: columnVector("dates", dates),
      amount: columnVector("amounts", amounts),
    },
    TRANSACTION_COLUMNS,
  );
  return rfmFromRead(read, options).report;
}

/**
 * RFM segmentation from transactions: recency (days since the last order), frequency (orders) and monetary value per customer, scores 1 to 5 (5 best) and a segment such as Champions or At Risk.
 * @customfunction RFM
 * @param customer_ids Customer id of each transaction (a column; a header row and trailing blanks are fine).
 * @param dates Date of each transaction: Excel dates, yyyy-mm-dd or yyyymmdd text.
 * @param amounts Amount of each transaction; negative amounts are refunds, netted into spend.
 * @param [as_of] Date of the analysis. Default: the day after the last transaction.
 * @param [bins] Number of score levels, 2 to 9 (default 5), or a 3-row range of thresholds for recency, frequency and monetary.
 * @param [segment_map] Your own segments: rows of segment name, R range, F range, M range (e.g. Champions, 4-5, 4-5, 4-5). First match wins.
 * @param [monetary] "total" (default) or "mean" spend per order.
 * @param [merge_same_day] TRUE to count a customer's orders on the same day as one order. Default FALSE.
 * @returns A table: customer, recency, frequency, monetary, R, F, M, RFM code, segment.
 */
export function rfm(
  customer_ids: any[][],
  dates: any[][],
  amounts: any[][],
  as_of?: any,
  bins?: any[][],
  segment_map?: any[][],
  monetary?: any,
  merge_same_day?: any,
): any[][] {
  return guard(() =>
    spill(findTable(rfmReportOf(customer_ids, dates, amounts, as_of, bins, segment_map, monetary, merge_same_day), "customers")),
  );
}

/**
 * RFM segment summary from transactions: customers, share, mean recency, frequency and monetary, and revenue share of each segment.
 * @customfunction RFM.SUMMARY
 * @param customer_ids Customer id of each transaction.
 * @param dates Date of each transaction.
 * @param amounts Amount of each transaction; negative amounts are refunds.
 * @param [as_of] Date of the analysis. Default: the day after the last transaction.
 * @param [bins] Number of score levels, 2 to 9 (default 5), or a 3-row range of thresholds.
 * @param [segment_map] Your own segments: rows of segment name, R range, F range, M range.
 * @param [monetary] "total" (default) or "mean" spend per order.
 * @param [merge_same_day] TRUE to count a customer's orders on the same day as one order.
 * @returns A table: segment, customers, share, mean recency, mean frequency, mean monetary, revenue, share of revenue.
 */
export function rfmSummary(
  customer_ids: any[][],
  dates: any[][],
  amounts: any[][],
  as_of?: any,
  bins?: any[][],
  segment_map?: any[][],
  monetary?: any,
  merge_same_day?: any,
): any[][] {
  return guard(() =>
    spill(findTable(rfmReportOf(customer_ids, dates, amounts, as_of, bins, segment_map, monetary, merge_same_day), "segments")),
  );
}

/**
 * RFM scores and segments from customer-level values you already have. The result lines up row by row with the input.
 * @customfunction RFM.SCORE
 * @param recency Days since each customer's last purchase (0 or more).
 * @param frequency Number of purchases of each customer.
 * @param monetary Spend of each customer.
 * @param [bins] Number of score levels, 2 to 9 (default 5), or a 3-row range of thresholds.
 * @param [segment_map] Your own segments: rows of segment name, R range, F range, M range.
 * @returns R, F, M, RFM code and segment for each row (a header row when the input has one).
 */
export function rfmScore(recency: any[][], frequency: any[][], monetary: any[][], bins?: any[][], segment_map?: any[][]): any[][] {
  return guard(() => {
    const options = rfmOptionsFromArgs({ bins, segmentMap: segment_map });
    const read = readColumns(
      {
        recency: columnVector("recency", recency),
        frequency: columnVector("frequency", frequency),
        monetary: columnVector("monetary", monetary),
      },
      CUSTOMER_COLUMNS,
    );
    const s = scoresFromRead(read, options);
    const rows = s.code.map((code, i) => [s.r[i], s.f[i], s.m[i], code, s.segment[i]]);
    return alignedSpill(read.hasHeader ? SCORE_HEADER : undefined, rows, read.sourceRows);
  });
}
