// State of the segmentation data step: the range read from the workbook, the header choice, the
// columns of each method (suggested, then editable), and what the engine will read or the first
// cell it cannot (read here as the run will read it; reading is fast, the clustering is not).
import { useMemo, useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import { inspectClusterInput, inspectParetoInput, inspectTierInput, type SegmentInspect } from "../compute/segment-task";
import { taskFailure } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { initialHeader } from "../wizard/transaction-data";
import {
  clusterTaskInput,
  initialSegmentMapping,
  NO_SEGMENT_MAPPING,
  paretoTaskInput,
  type SegmentMapping,
  segmentMappingProblem,
  type SegmentMethod,
  tierTaskInput,
} from "./segment-data";

export function inspectSegment(method: SegmentMethod, range: RangeData, hasHeader: boolean, mapping: SegmentMapping): SegmentInspect {
  if (method === "clusters") return inspectClusterInput(clusterTaskInput(range, hasHeader, mapping));
  if (method === "tiers") return inspectTierInput(tierTaskInput(range, hasHeader, mapping));
  return inspectParetoInput(paretoTaskInput(range, hasHeader, mapping));
}

export function useSegmentData(gateway: WorkbookGateway, language: Language, method: SegmentMethod) {
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeaderState] = useState(true);
  const [mapping, setMapping] = useState<SegmentMapping>(NO_SEGMENT_MAPPING);
  const [problem, setProblem] = useState<string>();

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialHeader(r);
      setRange(r);
      setAddress(r.address);
      setHasHeaderState(header);
      setMapping(initialSegmentMapping(r, header));
    } catch (e) {
      setRange(undefined);
      setMapping(NO_SEGMENT_MAPPING);
      setProblem(describeFailure(language, e, { address: typed }));
    } finally {
      setReading(false);
    }
  };

  const mappingIssue = range ? segmentMappingProblem(method, mapping) : undefined;
  const checked = useMemo((): { inspect?: SegmentInspect; failure?: unknown } => {
    if (!range || mappingIssue) return {};
    try {
      return { inspect: inspectSegment(method, range, hasHeader, mapping) };
    } catch (e) {
      return { failure: taskFailure(e) };
    }
  }, [method, range, hasHeader, mapping, mappingIssue]);

  return {
    range,
    hasHeader,
    mapping,
    inspect: checked.inspect,
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
        if (range) setMapping(initialSegmentMapping(range, header));
      },
      mapping,
      onMappingChange: setMapping,
      mappingIssue,
      inspect: checked.inspect,
      problem: problem ?? (checked.failure !== undefined ? describeFailure(language, checked.failure) : undefined),
    },
  };
}
