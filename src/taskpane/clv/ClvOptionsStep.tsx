// Step 2 of the lifetime-value wizard: model, horizon, discount rate, margin, as-of date and the
// optional holdout check.
import { Button, Dropdown, Field, Input, Option, SpinButton, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { PurchaseModelName } from "../../core/clv/types";
import type { ClvSettings, TaskStage } from "../compute/tasks";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const MODELS: { name: PurchaseModelName; label: StringKey }[] = [
  { name: "bgnbd", label: "modelBgnbd" },
  { name: "mbgnbd", label: "modelMbgnbd" },
  { name: "pareto", label: "modelPareto" },
];

const STAGES: Record<TaskStage, StringKey> = { reading: "stageReading", fitting: "stageFitting", valuing: "stageValuing", validating: "stageValidating" };

export interface ClvOptionsStepProps {
  language: Language;
  settings: ClvSettings;
  onSettingsChange(settings: ClvSettings): void;
  defaultAsOf?: string;
  /** A calibration end to propose when the check is turned on. */
  defaultCalibrationEnd?: string;
  /** The stage of a running analysis, undefined when none runs. */
  stage?: TaskStage;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

/** A SpinButton's new value, or undefined when what was typed is not a number in range. */
function spun(value: number | null | undefined, display: string | undefined, min: number, max: number): number | undefined {
  const n = value ?? Number(display);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function ClvOptionsStep(props: ClvOptionsStepProps) {
  const { language, settings } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<ClvSettings>) => props.onSettingsChange({ ...settings, ...patch });
  const checking = settings.calibrationEnd !== "";
  const running = props.stage !== undefined;
  const model = MODELS.find((m) => m.name === settings.model) ?? MODELS[0];

  return (
    <div className={styles.stack}>
      <Field label={s("modelLabel")}>
        <Dropdown value={s(model.label)} selectedOptions={[model.name]} onOptionSelect={(_, d) => set({ model: d.optionValue as PurchaseModelName })}>
          {MODELS.map((m) => (
            <Option key={m.name} value={m.name}>
              {s(m.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={s("horizonLabel")}>
        <SpinButton
          min={1}
          max={1200}
          value={settings.horizonMonths}
          onChange={(_, d) => {
            const n = spun(d.value, d.displayValue, 1, 1200);
            if (n !== undefined && Number.isInteger(n)) set({ horizonMonths: n });
          }}
        />
      </Field>
      <Field label={s("discountLabel")}>
        <SpinButton
          min={0}
          max={100}
          step={1}
          value={Math.round(settings.annualDiscountRate * 1000) / 10}
          onChange={(_, d) => {
            const n = spun(d.value, d.displayValue, 0, 100);
            if (n !== undefined) set({ annualDiscountRate: n / 100 });
          }}
        />
      </Field>
      <Field label={s("marginLabel")} hint={s("marginHint")}>
        <SpinButton
          min={1}
          max={100}
          step={5}
          value={Math.round(settings.margin * 1000) / 10}
          onChange={(_, d) => {
            const n = spun(d.value, d.displayValue, 0.1, 100);
            if (n !== undefined) set({ margin: n / 100 });
          }}
        />
      </Field>
      <Field label={s("asOfLabel")} hint={fill(language, "clvAsOfHint", { date: props.defaultAsOf ?? "" })}>
        <Input type="date" value={settings.asOf} onChange={(_, d) => set({ asOf: d.value })} />
      </Field>
      <Switch
        checked={checking}
        label={s("validateLabel")}
        onChange={(_, d) => set({ calibrationEnd: d.checked ? (props.defaultCalibrationEnd ?? "") : "" })}
      />
      {checking && (
        <Field label={s("calibrationEndLabel")} hint={s("calibrationEndHint")}>
          <Input type="date" value={settings.calibrationEnd} onChange={(_, d) => set({ calibrationEnd: d.value })} />
        </Field>
      )}
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack} disabled={running}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={props.onRun} disabled={running}>
          {s("runAnalysis")}
        </Button>
      </div>
      {props.stage && <Spinner size="tiny" label={s(STAGES[props.stage])} />}
    </div>
  );
}
