// The sample-size planner: current rate, smallest change worth detecting, power and significance
// level (all in percent) -> visitors per arm, recomputed as the user types (it is one formula).
import { Body1, Caption1, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fill, formatNumber, type Language, type StringKey, t } from "../i18n/strings";
import { sampleSizeFormula } from "./ab-data";
import { planSampleSize, type PlanTexts } from "./ab-view";
import { ResultSection } from "../wizard/ResultSection";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const FIELDS: { key: keyof PlanTexts; label: StringKey; hint?: StringKey }[] = [
  { key: "baseRate", label: "abBaseRate" },
  { key: "effect", label: "abEffect", hint: "abEffectHint" },
  { key: "power", label: "abPower" },
  { key: "alpha", label: "abAlpha" },
];

export const PLAN_DEFAULTS: PlanTexts = { baseRate: "10", effect: "2", power: "80", alpha: "5" };

export function SampleSizePlanner({ language }: { language: Language }) {
  const styles = useStyles();
  const [texts, setTexts] = useState<PlanTexts>(PLAN_DEFAULTS);
  const plan = planSampleSize(language, texts);
  const pct = (x: number) => `${+(x * 100).toPrecision(6)}%`;
  return (
    <ResultSection id="cx-ab-plan" title={t(language, "abPlanHeading")}>
      <Caption1>{t(language, "abPlanIntro")}</Caption1>
      <div className={styles.fields}>
        {FIELDS.map((f) => (
          <Field key={f.key} label={t(language, f.label)} hint={f.hint && t(language, f.hint)}>
            <Input inputMode="decimal" value={texts[f.key]} onChange={(_, d) => setTexts({ ...texts, [f.key]: d.value })} />
          </Field>
        ))}
      </div>
      {plan.ok ? (
        <>
          <Body1 aria-live="polite">
            {fill(language, "abPlanResult", { perArm: formatNumber(language, plan.perArm), total: formatNumber(language, plan.total), p1: pct(plan.p1), p2: pct(plan.p2) })}
          </Body1>
          <Caption1>{fill(language, "abPlanFormula", { formula: sampleSizeFormula(plan.p1, plan.p2 - plan.p1, plan.power, plan.alpha) })}</Caption1>
        </>
      ) : (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{plan.message}</MessageBarBody>
        </MessageBar>
      )}
    </ResultSection>
  );
}
