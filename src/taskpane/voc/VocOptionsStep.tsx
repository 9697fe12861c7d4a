// Step 2 of the survey wizard: the measure (NPS, CSAT or CES) and its scale, the confidence level,
// and the period of the trend when a date column is mapped.
import { Button, Dropdown, Field, Option, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CesScale, CsatScale, Period } from "../../core/voc";
import type { VocMetric, VocSettings } from "../compute/voc-task";
import { type Language, type StringKey, t } from "../i18n/strings";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const METRICS: { value: VocMetric; label: StringKey }[] = [
  { value: "nps", label: "vocOptionNps" },
  { value: "csat", label: "vocOptionCsat" },
  { value: "ces", label: "vocOptionCes" },
];
const CSAT_SCALES: { value: CsatScale; label: StringKey }[] = [
  { value: 5, label: "vocCsatScale5" },
  { value: 7, label: "vocCsatScale7" },
  { value: 10, label: "vocCsatScale10" },
];
const PERIODS: { value: Period; label: StringKey }[] = [
  { value: "week", label: "vocPeriodWeek" },
  { value: "month", label: "vocPeriodMonth" },
  { value: "quarter", label: "vocPeriodQuarter" },
  { value: "year", label: "vocPeriodYear" },
];
export const CONFIDENCE_LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

const percent = (c: number) => `${Math.round(c * 100)}%`;

export interface VocOptionsStepProps {
  language: Language;
  settings: VocSettings;
  onSettingsChange(settings: VocSettings): void;
  /** Whether a date column is mapped (the period choice shows only then). */
  hasDates: boolean;
  running: boolean;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function VocOptionsStep(props: VocOptionsStepProps) {
  const { language, settings } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<VocSettings>) => props.onSettingsChange({ ...settings, ...patch });
  const csatScale = CSAT_SCALES.find((x) => x.value === settings.csatScale) ?? CSAT_SCALES[0];
  const period = PERIODS.find((p) => p.value === settings.period) ?? PERIODS[1];
  const boxes = Array.from({ length: settings.csatScale - (settings.csatScale === 10 ? 0 : 1) + 1 }, (_, i) => (settings.csatScale === 10 ? 0 : 1) + i);

  return (
    <div className={styles.stack}>
      <Field label={s("vocMetricLabel")}>
        <RadioGroup value={settings.metric} onChange={(_, d) => set({ metric: d.value as VocMetric })}>
          {METRICS.map((m) => (
            <Radio key={m.value} value={m.value} label={s(m.label)} />
          ))}
        </RadioGroup>
      </Field>
      {settings.metric === "csat" && (
        <>
          <Field label={s("vocCsatScaleLabel")}>
            <Dropdown
              value={s(csatScale.label)}
              selectedOptions={[String(csatScale.value)]}
              onOptionSelect={(_, d) => {
                const scale = Number(d.optionValue) as CsatScale;
                set({ csatScale: scale, topBox: scale - 1 });
              }}
            >
              {CSAT_SCALES.map((x) => (
                <Option key={x.value} value={String(x.value)}>
                  {s(x.label)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={s("vocTopBoxLabel")} hint={s("vocTopBoxHint")}>
            <Dropdown value={String(settings.topBox)} selectedOptions={[String(settings.topBox)]} onOptionSelect={(_, d) => set({ topBox: Number(d.optionValue) })}>
              {boxes.map((b) => (
                <Option key={b} value={String(b)}>
                  {String(b)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
      {settings.metric === "ces" && (
        <Field label={s("vocCesScaleLabel")}>
          <RadioGroup value={String(settings.cesScale)} onChange={(_, d) => set({ cesScale: Number(d.value) as CesScale })}>
            <Radio value="7" label={s("vocCesScale7")} />
            <Radio value="5" label={s("vocCesScale5")} />
          </RadioGroup>
        </Field>
      )}
      <Field label={s("vocConfidenceLabel")} hint={s("vocConfidenceHint")}>
        <Dropdown
          value={percent(settings.confidence)}
          selectedOptions={[String(settings.confidence)]}
          onOptionSelect={(_, d) => set({ confidence: Number(d.optionValue) })}
        >
          {CONFIDENCE_LEVELS.map((c) => (
            <Option key={c} value={String(c)}>
              {percent(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {props.hasDates && (
        <Field label={s("vocPeriodLabel")}>
          <Dropdown value={s(period.label)} selectedOptions={[period.value]} onOptionSelect={(_, d) => set({ period: d.optionValue as Period })}>
            {PERIODS.map((p) => (
              <Option key={p.value} value={p.value}>
                {s(p.label)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack} disabled={props.running}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={props.onRun} disabled={props.running}>
          {s("runAnalysis")}
        </Button>
      </div>
      {props.running && <Spinner size="tiny" label={s("running")} />}
    </div>
  );
}
