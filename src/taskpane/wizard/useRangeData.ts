// The range half of a data step's state, the same in every wizard: the typed address, the range
// read from the workbook (selection or address), whether it is being read, the header choice, the
// column mapping suggested for it, and a read failure in plain words. Each wizard's hook adds its
// own inspection on top.
import { useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
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
}

export function useRangeData<M>(gateway: WorkbookGateway, language: Language, { noMapping, suggest, clearOnFailure }: RangeDataOptions<M>) {
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
      const header = initialHeader(r);
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
    onUseSelection: () => load(() => gateway.readSelection()),
    onReadRange: () => load(() => gateway.readRange(address.trim()), address.trim()),
  };
}
