// State of the transaction data step, shared by the wizards that start from transactions: the
// range read from the workbook, the header choice, the column mapping and the engine's
// inspection of what will be analysed or skipped (re-run in the worker on every change).
import { useEffect, useRef, useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner, InspectResult, TransactionMapping } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "./messages";
import { initialHeader, initialMapping, mappingProblem, taskInput } from "./transaction-data";

const NO_MAPPING: TransactionMapping = { customer: -1, date: -1, amount: -1 };

/** amountOptional: the amount column may be left unmapped (cohorts and churn; the pane then offers "none"). */
export function useTransactionData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language, amountOptional = false) {
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<TransactionMapping>(NO_MAPPING);
  const [inspect, setInspect] = useState<InspectResult>();
  const [problem, setProblem] = useState<string>();
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

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialHeader(r);
      setRange(r);
      setAddress(r.address);
      setHasHeader(header);
      setMapping(initialMapping(r, header));
    } catch (e) {
      setRange(undefined);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

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
      onUseSelection: () => load(() => gateway.readSelection()),
      onReadRange: () => load(() => gateway.readRange(address.trim()), address.trim()),
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
