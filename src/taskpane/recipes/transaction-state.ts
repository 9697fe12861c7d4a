// The stored part of a transactions data step (RFM, lifetime value, cohorts): the header choice,
// the column mapping by position, and the headers at those positions, checked on every refresh.
import type { RangeData } from "../../excel/gateway";
import type { TransactionInput, TransactionMapping } from "../compute/tasks";
import { taskInput } from "../wizard/transaction-data";
import { checkColumns, headersAt } from "./columns";

export interface TransactionState {
  hasHeader: boolean;
  mapping: TransactionMapping;
  /** Headers of the customer, date and amount columns at the run ("" without a header row or column). */
  headers: string[];
}

const mapped = (m: TransactionMapping) => [m.customer, m.date, m.amount];

export function transactionState(range: RangeData, hasHeader: boolean, mapping: TransactionMapping): TransactionState {
  return { hasHeader, mapping: { ...mapping }, headers: headersAt(range, hasHeader, mapped(mapping)) };
}

/** The engine's input for a fresh read of the source; rejects when the mapped columns moved. */
export function storedTransactionInput(range: RangeData, state: TransactionState): TransactionInput {
  checkColumns(range, state.hasHeader, mapped(state.mapping), state.headers);
  return taskInput(range, state.hasHeader, state.mapping);
}
