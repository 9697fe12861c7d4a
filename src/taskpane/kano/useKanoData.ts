// State of the Kano data step: the range read from the workbook, the header choice, the question
// pairs (detected, then editable), what the engine will read, and the first cell it cannot.
import { useMemo, useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import { firstBadAnswer, type KanoPair } from "../compute/kano-task";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { autoPair, initialKanoHeader, inspectKano, kanoTaskInput, type Pairing, pairingProblem } from "./kano-data";

const NO_PAIRING: Pairing = { pairs: [], unpaired: [], other: [] };

export function useKanoData(gateway: WorkbookGateway, language: Language) {
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeaderState] = useState(true);
  const [pairing, setPairing] = useState<Pairing>(NO_PAIRING);
  const [pairs, setPairs] = useState<KanoPair[]>([]);
  const [problem, setProblem] = useState<string>();

  const pairAgain = (r: RangeData, header: boolean) => {
    const p = autoPair(r, header);
    setPairing(p);
    setPairs(p.pairs);
  };

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialKanoHeader(r.values);
      setRange(r);
      setAddress(r.address);
      setHasHeaderState(header);
      pairAgain(r, header);
    } catch (e) {
      setRange(undefined);
      setPairing(NO_PAIRING);
      setPairs([]);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

  const pairingIssue = range ? pairingProblem(pairs) : undefined;
  const inspect = useMemo(() => (range && !pairingIssue ? inspectKano(range, hasHeader, pairs) : undefined), [range, hasHeader, pairs, pairingIssue]);
  const input = () => (range ? kanoTaskInput(range, hasHeader, pairs) : undefined);
  /** The first cell that is not an answer, with the 5-point codes (the 3-point check runs with the analysis). */
  const badAnswer = useMemo(() => (range && !pairingIssue ? firstBadAnswer(kanoTaskInput(range, hasHeader, pairs), 5) : undefined), [range, hasHeader, pairs, pairingIssue]);

  return {
    range,
    hasHeader,
    pairs,
    input,
    stepProps: {
      range,
      address,
      onAddressChange: setAddress,
      onUseSelection: () => load(() => gateway.readSelection()),
      onReadRange: () => load(() => gateway.readRange(address.trim()), address.trim()),
      reading,
      hasHeader,
      onHeaderChange: (header: boolean) => {
        setHasHeaderState(header);
        if (range) pairAgain(range, header);
      },
      pairs,
      onPairsChange: setPairs,
      onAutoPair: () => range && pairAgain(range, hasHeader),
      pairing,
      pairingIssue,
      inspect,
      badAnswer,
      problem,
    },
  };
}
