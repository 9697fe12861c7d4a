// Step 2 of the priorities wizard: a weight per criterion (negative counts against, and the pane
// says so with each criterion's share of the score), the scaling, then the 2 x 2 matrix: its axes,
// splits (the medians unless typed) and quadrant names (defaults from the axes, editable).
import { Button, Caption1, Dropdown, Field, Input, Label, MessageBar, MessageBarBody, Option, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { Normalize } from "../../core/strategy";
import { fill, formatShare, type Language, type StringKey, t } from "../i18n/strings";
import { axisChoices, type FormProblems, formLabels, formWeights, hasProblem, type PriorityForm } from "./priority-options";
import { SCORE_AXIS } from "./priority-analysis";
import { axisName, labelPreset } from "./priority-view";
import { ResultSection } from "../wizard/ResultSection";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", "& > *": { flexGrow: 1, minWidth: "140px" } },
  hint: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const NORMALIZE: readonly { value: Normalize; label: StringKey }[] = [
  { value: "minmax", label: "prNormMinmax" },
  { value: "z", label: "prNormZ" },
  { value: "none", label: "prNormNone" },
];
const QUADRANTS: readonly StringKey[] = ["prQuadTopLeft", "prQuadTopRight", "prQuadBottomLeft", "prQuadBottomRight"];

export interface PriorityOptionsStepProps {
  language: Language;
  /** Criterion names, in the order of the form's weights. */
  names: string[];
  form: PriorityForm;
  onFormChange(form: PriorityForm): void;
  problems: FormProblems;
  /** A failure of the last run, in plain words. */
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function PriorityOptionsStep({ language, names, form, onFormChange, problems, ...props }: PriorityOptionsStepProps) {
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<PriorityForm>) => onFormChange({ ...form, ...patch });
  const weights = formWeights(form);
  const total = weights.reduce((sum, w) => sum + (Number.isNaN(w) ? 0 : Math.abs(w)), 0);
  const shareHint = (j: number) => {
    const w = weights[j];
    if (w === 0 || total === 0) return s("prWeightOff");
    const share = formatShare(language, Math.abs(w) / total);
    return w < 0 ? fill(language, "prWeightAgainst", { share, name: names[j] }) : fill(language, "prWeightFor", { share });
  };
  const labels = formLabels(language, form, names);
  const preset = labelPreset(weights, form.x, form.y);
  const axisLabel = (a: number) => (a === SCORE_AXIS ? s("prScoreAxis") : axisName(language, names, a));

  const axisSelect = (which: "x" | "y", label: StringKey) => (
    <Field label={s(label)}>
      <Dropdown value={axisLabel(form[which])} selectedOptions={[String(form[which])]} onOptionSelect={(_, d) => set({ [which]: Number(d.optionValue) })}>
        {axisChoices(names).map((a) => (
          <Option key={a} value={String(a)}>
            {axisLabel(a)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const splitInput = (which: "xSplit" | "ySplit", label: StringKey, bad: boolean) => (
    <Field label={s(label)} hint={bad ? undefined : s("prSplitHint")} validationState={bad ? "error" : "none"} validationMessage={bad ? s("prSplitNotNumber") : undefined}>
      <Input value={form[which]} inputMode="decimal" onChange={(_, d) => set({ [which]: d.value })} />
    </Field>
  );

  return (
    <div className={styles.stack}>
      <ResultSection id="cx-pr-weights" title={s("prWeightsHeading")}>
        <Caption1 className={styles.hint}>{s("prWeightsHint")}</Caption1>
        {names.map((name, j) => (
          <Field
            key={j}
            label={fill(language, "prWeightLabel", { name })}
            hint={problems.badWeights[j] ? undefined : shareHint(j)}
            validationState={problems.badWeights[j] ? "error" : "none"}
            validationMessage={problems.badWeights[j] ? s("prWeightNotNumber") : undefined}
          >
            <Input value={form.weights[j]} inputMode="decimal" onChange={(_, d) => set({ weights: form.weights.map((w, k) => (k === j ? d.value : w)) })} />
          </Field>
        ))}
        {problems.allZero && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{s("prWeightsAllZero")}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={s("prNormalizeLabel")}>
          <RadioGroup value={form.normalize} onChange={(_, d) => set({ normalize: d.value as Normalize })}>
            {NORMALIZE.map((n) => (
              <Radio key={n.value} value={n.value} label={s(n.label)} />
            ))}
          </RadioGroup>
        </Field>
      </ResultSection>
      <ResultSection id="cx-pr-matrix" title={s("prMatrixHeading")}>
        <div className={styles.pair}>
          {axisSelect("x", "prXAxis")}
          {axisSelect("y", "prYAxis")}
        </div>
        {problems.sameAxis && (
          <MessageBar layout="multiline" intent="warning">
            <MessageBarBody>{s("prSameAxis")}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.pair}>
          {splitInput("xSplit", "prXSplit", problems.badXSplit)}
          {splitInput("ySplit", "prYSplit", problems.badYSplit)}
        </div>
        <div role="group" aria-labelledby="cx-pr-quadrants" className={styles.section}>
          <Label id="cx-pr-quadrants">{s("prQuadrantsLabel")}</Label>
          <Caption1 className={styles.hint}>{s(preset === "effort" ? "prLabelsEffortHint" : "prLabelsNeutralHint")}</Caption1>
          <div className={styles.pair}>
            {QUADRANTS.map((key, k) => (
              <Field key={key} label={s(key)}>
                <Input value={labels[k]} onChange={(_, d) => set({ labels: form.labels.map((l, i) => (i === k ? d.value : l)) })} />
              </Field>
            ))}
          </div>
          {problems.labels && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>{s("prLabelsDuplicate")}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </ResultSection>
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack}>{s("back")}</Button>
        <Button appearance="primary" onClick={props.onRun} disabled={hasProblem(problems)}>
          {s("runAnalysis")}
        </Button>
      </div>
    </div>
  );
}
