// State of the transaction data step, shared by the wizards that start from transactions: the
// range read from the workbook, the header choice, the column mapping and the engine's
// inspection of what will be analysed or skipped (re-run in the worker on every change).
import { useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, InspectResult, TransactionMapping } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "./messages";
import { initialMapping, mappingProblem, taskInput } from "./transaction-data";
import { useRangeData } from "./useRangeData";

const NO_MAPPING: TransactionMapping = { customer: -1, date: -1, amount: -1 };

/** amountOptional: the amount column may be left unmapped (cohorts and churn; the pane then offers "none"). */
export function useTransactionData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language, amountOptional = false) {
  const { address, setAddress, range, reading, hasHeader, setHasHeader, mapping, setMapping, problem, setProblem, onUseSelection, onReadRange } = useRangeData(gateway, language, {
    noMapping: NO_MAPPING,
    suggest: initialMapping,
  });
  const [inspect, setInspect] = useState<InspectResult>();
  const inspectRun = useRef(0);

  useEffect(() => {
    if (!range || mappingProblem(mapping, amountOptional ? ["amount"] : [])) {
      setInspect(undefined);
      return;
    }
    const run = ++inspectRun.current;
    setProblem(undefined);
    runner
      .run({ kind: "transactions.inspect", input: taskInput(range, hasHeader, mapping) })
      .then((result) => run === inspectRun.current && setInspect(result))
      .catch((e) => {
        if (run !== inspectRun.current) return;
        setInspect(undefined);
        setProblem(describeFailure(language, e));
      });
  }, [range, hasHeader, mapping, runner, language, amountOptional]);

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
      range,
      address,
      onAddressChange: setAddress,
      onUseSelection,
      onReadRange,
      reading,
      hasHeader,
      onHeaderChange: setHasHeader,
      mapping,
      onMappingChange: setMapping,
      inspect,
      problem,
    },
  };
}
