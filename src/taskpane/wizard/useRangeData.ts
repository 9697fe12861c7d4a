// The range half of a data step's state, the same in every wizard: the typed address, the range
// read from the workbook (selection or address), whether it is being read, the header choice, the
// column mapping suggested for it, and a read failure in plain words. Each wizard's hook adds its
// own inspection on top (useReadCheck or useInspect).
import { type DependencyList, useEffect, useMemo, useRef, useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import { taskFailure } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "./messages";
import { initialHeader } from "./transaction-data";

export interface RangeDataOptions<M> {
  /** The mapping before any range is read. */
  noMapping: M;
  /** The mapping suggested for a range just read. */
  suggest(range: RangeData, hasHeader: boolean): M;
  /** Also forget the mapping when a read fails (the segmentation wizard). */
  clearOnFailure?: boolean;
  /** Suggest the mapping again when the header choice changes (every wizard but the transaction ones). */
  remapOnHeader?: boolean;
  /** Whether a range just read starts with a header row (default: initialHeader). */
  header?(range: RangeData): boolean;
}

export function useRangeData<M>(gateway: WorkbookGateway, language: Language, { noMapping, suggest, clearOnFailure, remapOnHeader, header: firstHeader = initialHeader }: RangeDataOptions<M>) {
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<M>(noMapping);
  const [problem, setProblem] = useState<string>();

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = firstHeader(r);
      setRange(r);
      setAddress(r.address);
      setHasHeader(header);
      setMapping(suggest(r, header));
    } catch (e) {
      setRange(undefined);
      if (clearOnFailure) setMapping(noMapping);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

  const onUseSelection = () => load(() => gateway.readSelection());
  const onReadRange = () => load(() => gateway.readRange(address.trim()), address.trim());
  const onHeaderChange = (header: boolean) => {
    setHasHeader(header);
    if (remapOnHeader && range) setMapping(suggest(range, header));
  };

  return {
    address,
    setAddress,
    range,
    reading,
    hasHeader,
    setHasHeader,
    mapping,
    setMapping,
    problem,
    setProblem,
    onUseSelection,
    onReadRange,
    /** The RangeSource props of the data step (language aside). */
    sourceProps: { range, address, onAddressChange: setAddress, onUseSelection, onReadRange, reading, hasHeader, onHeaderChange },
  };
}

/**
 * A check of the range as the run will read it, redone when `deps` change (reading is fast, so
 * it runs on the pane's thread): its result, or its failure in plain words. `check` is undefined
 * while there is nothing to check (no range, or a mapping problem).
 */
export function useReadCheck<T>(language: Language, check: (() => T) | undefined, deps: DependencyList): { value?: T; problem?: string } {
  const checked = useMemo((): { value?: T; failure?: unknown } => {
    if (!check) return {};
    try {
      return { value: check() };
    } catch (e) {
      return { failure: taskFailure(e) };
    }
  }, deps);
  return { value: checked.value, problem: checked.failure !== undefined ? describeFailure(language, checked.failure) : undefined };
}

/**
 * The engine's inspection of the range, re-run in the worker on every change of `deps` (which name all
 * it reads): `start` is undefined while there is nothing to inspect. A failure goes to `setProblem` in plain words;
 * a result that arrives after a newer run started is dropped.
 */
export function useInspect<R>(language: Language, setProblem: (problem?: string) => void, start: (() => Promise<R>) | undefined, deps: DependencyList): R | undefined {
  const [inspect, setInspect] = useState<R>();
  const inspectRun = useRef(0);

  useEffect(() => {
    const run = ++inspectRun.current;
    if (!start) {
      setInspect(undefined);
      return;
    }
    setProblem(undefined);
    start()
      .then((result) => run === inspectRun.current && setInspect(result))
      .catch((e) => {
        if (run !== inspectRun.current) return;
        setInspect(undefined);
        setProblem(describeFailure(language, e));
      });
  }, deps);

  return inspect;
}
