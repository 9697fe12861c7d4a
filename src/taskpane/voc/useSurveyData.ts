// State of the survey data step: the range read from the workbook, the header choice, the column
// mapping and the engine's inspection of what will be analysed or skipped (re-run in the worker
// on every change).
import { useEffect, useRef, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocInspect } from "../compute/voc-task";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { useRangeData } from "../wizard/useRangeData";
import { initialSurveyMapping, NO_SURVEY_MAPPING, surveyMappingProblem, surveyTaskInput } from "./survey-data";

export function useSurveyData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language) {
  const { address, setAddress, range, reading, hasHeader, setHasHeader, mapping, setMapping, problem, setProblem, onUseSelection, onReadRange } = useRangeData(gateway, language, {
    noMapping: NO_SURVEY_MAPPING,
    suggest: initialSurveyMapping,
  });
  const [inspect, setInspect] = useState<VocInspect>();
  const inspectRun = useRef(0);

  useEffect(() => {
    const run = ++inspectRun.current;
    if (!range || surveyMappingProblem(mapping)) {
      setInspect(undefined);
      return;
    }
    setProblem(undefined);
    runner
      .run({ kind: "voc.inspect", input: surveyTaskInput(range, hasHeader, mapping) })
      .then((result) => run === inspectRun.current && setInspect(result))
      .catch((e) => {
        if (run !== inspectRun.current) return;
        setInspect(undefined);
        setProblem(describeFailure(language, e));
      });
  }, [range, hasHeader, mapping, runner, language]);

  return {
    address,
    range,
    reading,
    hasHeader,
    mapping,
    inspect,
    problem,
    /** Props for SurveyDataStep (add language and onNext). */
    stepProps: {
      range,
      address,
      onAddressChange: setAddress,
      onUseSelection,
      onReadRange,
      reading,
      hasHeader,
      onHeaderChange: (h: boolean) => {
        setHasHeader(h);
        if (range) setMapping(initialSurveyMapping(range, h));
      },
      mapping,
      onMappingChange: setMapping,
      inspect,
      problem,
    },
  };
}
