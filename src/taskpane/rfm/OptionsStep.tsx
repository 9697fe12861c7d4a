// Step 2: score levels, as-of date, monetary value, same-day orders and the segment map.
import { Button, Checkbox, Field, Input, Radio, RadioGroup, SpinButton, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { RfmSettings } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export type SegmentMode = "standard" | "custom";

export interface OptionsStepProps {
  language: Language;
  settings: RfmSettings;
  onSettingsChange(settings: RfmSettings): void;
  /** The default as-of date (the day after the last order), for the hint. */
  defaultAsOf?: string;
  segmentMode: SegmentMode;
  onSegmentModeChange(mode: SegmentMode): void;
  segmentMapAddress: string;
  onSegmentMapAddressChange(address: string): void;
  running: boolean;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function OptionsStep(props: OptionsStepProps) {
  const { language, settings } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<RfmSettings>) => props.onSettingsChange({ ...settings, ...patch });
  const missingMap = props.segmentMode === "custom" && !props.segmentMapAddress.trim();

  return (
    <div className={styles.stack}>
      <Field label={s("binsLabel")} hint={s("binsHint")}>
        <SpinButton
          min={2}
          max={9}
          value={settings.bins}
          onChange={(_, d) => {
            const n = d.value ?? Number(d.displayValue);
            if (Number.isInteger(n) && n >= 2 && n <= 9) set({ bins: n });
          }}
        />
      </Field>
      <Field label={s("asOfLabel")} hint={fill(language, "asOfHint", { date: props.defaultAsOf ?? "" })}>
        <Input type="date" value={settings.asOf} onChange={(_, d) => set({ asOf: d.value })} />
      </Field>
      <Field label={s("monetaryLabel")}>
        <RadioGroup value={settings.monetary} onChange={(_, d) => set({ monetary: d.value === "mean" ? "mean" : "total" })}>
          <Radio value="total" label={s("monetaryTotal")} />
          <Radio value="mean" label={s("monetaryMean")} />
        </RadioGroup>
      </Field>
      <Checkbox checked={settings.mergeSameDay} onChange={(_, d) => set({ mergeSameDay: d.checked === true })} label={s("mergeSameDay")} />
      <Field label={s("segmentsLabel")}>
        <RadioGroup value={props.segmentMode} onChange={(_, d) => props.onSegmentModeChange(d.value === "custom" ? "custom" : "standard")}>
          <Radio value="standard" label={s("segmentsStandard")} />
          <Radio value="custom" label={s("segmentsCustom")} />
        </RadioGroup>
      </Field>
      {props.segmentMode === "custom" && (
        <Field label={s("segmentMapAddress")} hint={s("segmentMapHint")} validationMessage={missingMap ? s("segmentMapMissing") : undefined}>
          <Input value={props.segmentMapAddress} onChange={(_, d) => props.onSegmentMapAddressChange(d.value)} />
        </Field>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack} disabled={props.running}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={props.onRun} disabled={props.running || missingMap}>
          {s("runAnalysis")}
        </Button>
      </div>
      {props.running && <Spinner size="tiny" label={s("running")} />}
    </div>
  );
}
