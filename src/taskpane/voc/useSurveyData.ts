// State of the survey data step: the range read from the workbook, the header choice, the column
// mapping and the engine's inspection of what will be analysed or skipped (re-run in the worker
// on every change).
import { useEffect, useRef, useState } from "react";
import type { RangeData, WorkbookGateway } from "../../excel/gateway";
import type { AnalysisRunner } from "../compute/tasks";
import type { VocInspect, VocMapping } from "../compute/voc-task";
import type { Language } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import { initialHeader } from "../wizard/transaction-data";
import { initialSurveyMapping, NO_SURVEY_MAPPING, surveyMappingProblem, surveyTaskInput } from "./survey-data";

export function useSurveyData(gateway: WorkbookGateway, runner: AnalysisRunner, language: Language) {
  const [address, setAddress] = useState("");
  const [range, setRange] = useState<RangeData>();
  const [reading, setReading] = useState(false);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<VocMapping>(NO_SURVEY_MAPPING);
  const [inspect, setInspect] = useState<VocInspect>();
  const [problem, setProblem] = useState<string>();
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

  const load = async (read: () => Promise<RangeData>, typed?: string) => {
    setReading(true);
    setProblem(undefined);
    try {
      const r = await read();
      const header = initialHeader(r);
      setRange(r);
      setAddress(r.address);
      setHasHeader(header);
      setMapping(initialSurveyMapping(r, header));
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
    input: () => (range ? surveyTaskInput(range, hasHeader, mapping) : undefined),
    /** Props for SurveyDataStep (add language and onNext). */
    stepProps: {
      range,
      address,
      onAddressChange: setAddress,
      onUseSelection: () => load(() => gateway.readSelection()),
      onReadRange: () => load(() => gateway.readRange(address.trim()), address.trim()),
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
