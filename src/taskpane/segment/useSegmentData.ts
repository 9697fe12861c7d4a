// State of the segmentation data step: the range read from the workbook, the header choice, the
// columns of each method (suggested, then editable), and what the engine will read or the first
// cell it cannot (read here as the run will read it; reading is fast, the clustering is not).
import { useMemo } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { SegmentInspect } from "../compute/segment-task";
import { taskFailure } from "../compute/tasks";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { useRangeData } from "../wizard/useRangeData";
import { initialSegmentMapping, inspectSegment, NO_SEGMENT_MAPPING, segmentMappingProblem, type SegmentMethod } from "./segment-data";

export function useSegmentData(gateway: WorkbookGateway, language: Language, method: SegmentMethod) {
  const { address, setAddress, range, reading, hasHeader, setHasHeader, mapping, setMapping, problem, onUseSelection, onReadRange } = useRangeData(gateway, language, {
    noMapping: NO_SEGMENT_MAPPING,
    suggest: initialSegmentMapping,
    clearOnFailure: true,
  });

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
      onUseSelection,
      onReadRange,
      reading,
      hasHeader,
      onHeaderChange: (header: boolean) => {
        setHasHeader(header);
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
