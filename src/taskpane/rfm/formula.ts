// The formula equivalent of a wizard run, written on the result sheet so the user can make it live.
import type { RangeData } from "../../excel/gateway";
import type { RfmSettings, TransactionMapping } from "../compute/tasks";
import { columnAddress } from "../wizard/transaction-data";

/** =CX.RFM(customers, dates, amounts, [as_of], [bins], [segment_map], [monetary], [merge_same_day]) */
export function rfmFormula(range: RangeData, mapping: TransactionMapping, settings: RfmSettings, segmentMapAddress?: string): string {
  const args = [
    columnAddress(range, mapping.customer),
    columnAddress(range, mapping.date),
    columnAddress(range, mapping.amount),
    settings.asOf ? `"${settings.asOf}"` : "",
    settings.bins === 5 ? "" : String(settings.bins),
    segmentMapAddress ?? "",
    settings.monetary === "mean" ? '"mean"' : "",
    settings.mergeSameDay ? "TRUE" : "",
  ];
  while (args[args.length - 1] === "") args.pop();
  return `=CX.RFM(${args.join(",")})`;
}
