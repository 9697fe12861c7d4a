// Step 2 of the cohort wizard: the period and the measure (cohorts), or the as-of date, the days
// without a purchase and the period (churn).
import { Button, Dropdown, Field, Input, Option, Radio, RadioGroup, SpinButton, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CohortMeasure } from "../../core/cohort";
import type { Period } from "../../core/voc/period";
import type { ChurnSettings, CohortSettings } from "../compute/cohort-task";
import { fill, type Language, type StringKey, t } from "../i18n/strings";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const PERIODS: { name: Period; label: StringKey }[] = [
  { name: "week", label: "cohPeriodWeek" },
  { name: "month", label: "cohPeriodMonth" },
  { name: "quarter", label: "cohPeriodQuarter" },
  { name: "year", label: "cohPeriodYear" },
];

const MEASURES: { name: CohortMeasure; label: StringKey }[] = [
  { name: "customers", label: "cohMeasureCustomers" },
  { name: "retention", label: "cohMeasureRetention" },
  { name: "revenue", label: "cohMeasureRevenue" },
];

export interface CohortOptionsStepProps {
  language: Language;
  mode: "cohort" | "churn";
  cohort: CohortSettings;
  onCohortChange(settings: CohortSettings): void;
  churn: ChurnSettings;
  onChurnChange(settings: ChurnSettings): void;
  defaultAsOf?: string;
  /** Whether an amount column is mapped (the revenue measure needs one). */
  hasAmount: boolean;
  running: boolean;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function CohortOptionsStep(props: CohortOptionsStepProps) {
  const { language, mode } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const period = mode === "cohort" ? props.cohort.period : props.churn.period;
  const setPeriod = (p: Period) => (mode === "cohort" ? props.onCohortChange({ ...props.cohort, period: p }) : props.onChurnChange({ ...props.churn, period: p }));
  const chosen = PERIODS.find((p) => p.name === period) ?? PERIODS[1];

  return (
    <div className={styles.stack}>
      <Field label={s("cohPeriodLabel")}>
        <Dropdown value={s(chosen.label)} selectedOptions={[chosen.name]} onOptionSelect={(_, d) => setPeriod(d.optionValue as Period)}>
          {PERIODS.map((p) => (
            <Option key={p.name} value={p.name}>
              {s(p.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {mode === "cohort" && (
        <Field label={s("cohMeasureLabel")}>
          <RadioGroup value={props.cohort.measure} onChange={(_, d) => props.onCohortChange({ ...props.cohort, measure: d.value as CohortMeasure })}>
            {MEASURES.map((m) => (
              <Radio key={m.name} value={m.name} label={s(m.label)} disabled={m.name === "revenue" && !props.hasAmount} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {mode === "churn" && (
        <>
          <Field label={s("cohAsOfLabel")} hint={fill(language, "cohAsOfHint", { date: props.defaultAsOf ?? "" })}>
            <Input type="date" value={props.churn.asOf} onChange={(_, d) => props.onChurnChange({ ...props.churn, asOf: d.value })} />
          </Field>
          <Field label={s("cohInactiveLabel")} hint={s("cohInactiveHint")}>
            <SpinButton
              min={1}
              max={36500}
              value={props.churn.inactiveDays}
              onChange={(_, d) => {
                const n = d.value ?? Number(d.displayValue);
                if (Number.isInteger(n) && n >= 1 && n <= 36500) props.onChurnChange({ ...props.churn, inactiveDays: n });
              }}
            />
          </Field>
        </>
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
      {props.running && <Spinner size="tiny" label={s("cohRunning")} />}
    </div>
  );
}
