// The input side of RFM shared by every surface: column specs and the path from read columns
// (function arguments or file columns) to a result and its Report.
import { ColumnSpec, ReadResult } from "../table/columns";
import { InputError } from "../table/errors";
import { describeSkips } from "../table/notes";
import { rfmFromTransactions, RfmOptions, RfmResult, scoreCustomers, ScoreOptions, RfmScores } from "./analysis";
import { rfmReport } from "./report";
import { Report } from "../report";

export const TRANSACTION_COLUMNS = {
  customer: { kind: "id", label: "customer_ids" },
  day: { kind: "date", label: "dates" },
  amount: { kind: "number", label: "amounts" },
} as const satisfies Record<string, ColumnSpec>;

export const CUSTOMER_COLUMNS = {
  recency: { kind: "number", label: "recency", min: 0 },
  frequency: { kind: "number", label: "frequency", min: 0 },
  monetary: { kind: "number", label: "monetary" },
} as const satisfies Record<string, ColumnSpec>;

export type TransactionRead = ReadResult<typeof TRANSACTION_COLUMNS>;
export type CustomerRead = ReadResult<typeof CUSTOMER_COLUMNS>;

export function rfmFromRead(read: TransactionRead, options: RfmOptions = {}): { result: RfmResult; report: Report } {
  const { labels } = read;
  if (read.length === 0) throw new InputError(`${labels.customer}, ${labels.day}, ${labels.amount}: no transaction rows with data`);
  const { customer, day, amount } = read.columns;
  const result = rfmFromTransactions({ customer, day, amount }, { amountLabel: labels.amount, ...options });
  return { result, report: rfmReport(result, describeSkips(read)) };
}

export function scoresFromRead(read: CustomerRead, options: ScoreOptions = {}): RfmScores {
  const { labels } = read;
  if (read.length === 0) throw new InputError(`${labels.recency}, ${labels.frequency}, ${labels.monetary}: no customer rows with data`);
  return scoreCustomers(read.columns, options);
}
