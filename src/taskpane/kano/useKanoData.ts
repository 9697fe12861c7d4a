// State of the Kano data step: the range read from the workbook, the header choice, the question
// pairs (detected, then editable), what the engine will read, and the first cell it cannot.
import { useMemo } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import { firstBadAnswer, type KanoPair } from "../compute/kano-task";
import type { Language } from "../i18n/strings";
import { useRangeData } from "../wizard/useRangeData";
import { autoPair, initialKanoHeader, inspectKano, kanoTaskInput, type Pairing, pairingProblem } from "./kano-data";

interface KanoPairs {
  pairing: Pairing;
  pairs: KanoPair[];
}

const NO_PAIRS: KanoPairs = { pairing: { pairs: [], unpaired: [], other: [] }, pairs: [] };

/** The pairs detected in the range, to start from. */
function pairsOf(range: RangeData, hasHeader: boolean): KanoPairs {
  const pairing = autoPair(range, hasHeader);
  return { pairing, pairs: pairing.pairs };
}

export function useKanoData(gateway: WorkbookGateway, language: Language) {
  // The "mapping" of the Kano range is its pairing (detected) and the pairs (detected, then edited).
  const { range, hasHeader, mapping, setMapping, problem, sourceProps } = useRangeData(gateway, language, {
    noMapping: NO_PAIRS,
    suggest: pairsOf,
    clearOnFailure: true,
    remapOnHeader: true,
    header: (r) => initialKanoHeader(r.values),
  });
  const { pairing, pairs } = mapping;

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
      ...sourceProps,
      pairs,
      onPairsChange: (p: KanoPair[]) => setMapping({ pairing, pairs: p }),
      onAutoPair: () => range && setMapping(pairsOf(range, hasHeader)),
      pairing,
      pairingIssue,
      inspect,
      badAnswer,
      problem,
    },
  };
}
