// Step 3 of the segmentation wizard: the scale, seed and restarts of k-means (log suggested for
// skewed money and counts); the levels or thresholds of the tiers; the A and B shares of Pareto.
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Standardize } from "../../core/segment/standardize";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import type { SegmentMethod } from "./segment-data";
import { parseClusterSettings, parseParetoSettings, parseTierSettings, type SegmentForm } from "./segment-options";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { flexGrow: 1, flexBasis: "120px", minWidth: 0 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export interface SegmentOptionsStepProps {
  language: Language;
  method: SegmentMethod;
  form: SegmentForm;
  onFormChange(form: SegmentForm): void;
  /** Columns that look like skewed money or counts (log is suggested). */
  skewed: string[];
  /** What is running: the spinner's label. */
  running?: string;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

const STANDARDIZE_OPTIONS: readonly { value: Standardize; label: StringKey }[] = [
  { value: "z", label: "segStdZOption" },
  { value: "log", label: "segStdLogOption" },
  { value: "none", label: "segStdNoneOption" },
];

export function SegmentOptionsStep(props: SegmentOptionsStepProps) {
  const { language, method, form } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<SegmentForm>) => props.onFormChange({ ...form, ...patch });
  const running = props.running !== undefined;
  const valid = method === "clusters" ? !!parseClusterSettings(form) : method === "tiers" ? !!parseTierSettings(form) : !!parseParetoSettings(form);
  const invalidText: StringKey = method === "clusters" ? "segBadNumber" : method === "tiers" ? "segThresholdsBad" : "segSharesBad";
  const levels = (value: number, onChange: (n: number) => void, label: StringKey) => (
    <Field label={s(label)} className={styles.narrow}>
      <Select value={String(value)} onChange={(_, d) => onChange(Number(d.value))}>
        {[2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={styles.stack}>
      {method === "clusters" && (
        <>
          <Field label={s("segStandardizeLabel")} hint={s("segStandardizeHint")}>
            <RadioGroup value={form.standardize} onChange={(_, d) => set({ standardize: d.value as Standardize })}>
              {STANDARDIZE_OPTIONS.map((o) => (
                <Radio key={o.value} value={o.value} label={s(o.label)} />
              ))}
            </RadioGroup>
          </Field>
          {props.skewed.length > 0 && (
            <MessageBar layout="multiline" intent="info">
              <MessageBarBody>{fill(language, "segLogSuggested", { columns: props.skewed.join(language === "zh" ? "、" : ", ") })}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={s("segSeedLabel")} hint={s("segSeedHint")}>
            <Input value={form.seed} onChange={(_, d) => set({ seed: d.value })} inputMode="numeric" />
          </Field>
          <Field label={s("segRestartsLabel")} hint={s("segRestartsHint")}>
            <Input value={form.restarts} onChange={(_, d) => set({ restarts: d.value })} inputMode="numeric" />
          </Field>
          <Field label={s("segMaxKLabel")}>
            <Input value={form.maxK} onChange={(_, d) => set({ maxK: d.value })} inputMode="numeric" />
          </Field>
        </>
      )}
      {method === "tiers" && (
        <>
          <Field label={s("segLevelsLabel")}>
            <RadioGroup value={form.tierMode} onChange={(_, d) => set({ tierMode: d.value === "typed" ? "typed" : "quantiles" })}>
              <Radio value="quantiles" label={s("segQuantiles")} />
              <Radio value="typed" label={s("segTyped")} />
            </RadioGroup>
          </Field>
          {form.tierMode === "quantiles" ? (
            <div className={styles.row}>
              {levels(form.valueLevels, (n) => set({ valueLevels: n }), "segValueLevels")}
              {levels(form.needLevels, (n) => set({ needLevels: n }), "segNeedLevels")}
            </div>
          ) : (
            <>
              <Field label={s("segValueThresholds")} hint={s("segThresholdsHint")}>
                <Input value={form.valueThresholds} onChange={(_, d) => set({ valueThresholds: d.value })} />
              </Field>
              <Field label={s("segNeedThresholds")}>
                <Input value={form.needThresholds} onChange={(_, d) => set({ needThresholds: d.value })} />
              </Field>
            </>
          )}
        </>
      )}
      {method === "pareto" && (
        <>
          <Field label={s("segAShare")} hint={s("segAShareHint")}>
            <Input value={form.aShare} onChange={(_, d) => set({ aShare: d.value })} inputMode="decimal" />
          </Field>
          <Field label={s("segBShare")} hint={s("segBShareHint")}>
            <Input value={form.bShare} onChange={(_, d) => set({ bShare: d.value })} inputMode="decimal" />
          </Field>
        </>
      )}
      {!valid && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{s(invalidText)}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack} disabled={running}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={props.onRun} disabled={running || !valid}>
          {s(method === "clusters" ? "next" : "runAnalysis")}
        </Button>
      </div>
      {props.running && <Spinner size="tiny" label={props.running} />}
    </div>
  );
}
