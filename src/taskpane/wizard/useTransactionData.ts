// State of the transaction data step, shared by the wizards that start from transactions: the
// range read from the workbook, the header choice, the column mapping and the engine's
// inspection of what will be analysed or skipped (re-run in the worker on every change).
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, TransactionMapping } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { initialMapping, mappingProblem, taskInput } from "./transaction-data";
import { useInspect, useRangeData } from "./useRangeData";

const NO_MAPPING: TransactionMapping = { customer: -1, date: -1, amount: -1 };

/** amountOptional: the amount column may be left unmapped (cohorts and churn; the pane then offers "none"). */
export function useTransactionData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language, amountOptional = false) {
  const { address, range, reading, hasHeader, mapping, setMapping, problem, setProblem, sourceProps } = useRangeData(gateway, language, {
    noMapping: NO_MAPPING,
    suggest: initialMapping,
  });
  const inspect = useInspect(
    language,
    setProblem,
    range && !mappingProblem(mapping, amountOptional ? ["amount"] : []) ? () => runner.run({ kind: "transactions.inspect", input: taskInput(range, hasHeader, mapping) }) : undefined,
    [range, hasHeader, mapping, runner, language, amountOptional],
  );

  return {
    address,
    range,
    reading,
    hasHeader,
    mapping,
    inspect,
    problem,
    /** Task input for the engine, once a range is read. */
    input: () => (range ? taskInput(range, hasHeader, mapping) : undefined),
    /** Props for TransactionDataStep (add language and onNext). */
    stepProps: {
      ...sourceProps,
      mapping,
      onMappingChange: setMapping,
      inspect,
      problem,
    },
  };
}
