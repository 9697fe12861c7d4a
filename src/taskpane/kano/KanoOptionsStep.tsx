// Step 2 of the Kano wizard: how numeric answers are read (5 or 3 points), whether the features'
// self-stated importance is added, and whether each respondent's categories go to the sheet.
import { Button, Field, Radio, RadioGroup, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { KanoSettings } from "../compute/kano-task";
import type { TaskStage } from "../compute/tasks";
import { type Language, type StringKey, t } from "../i18n/strings";
import { ProblemBar } from "../wizard/DataStepParts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export interface KanoOptionsStepProps {
  language: Language;
  settings: KanoSettings;
  onSettingsChange(settings: KanoSettings): void;
  /** Whether any pair has an importance column. */
  hasImportance: boolean;
  stage?: TaskStage;
  problem?: string;
  onBack(): void;
  onRun(): void;
}

export function KanoOptionsStep(props: KanoOptionsStepProps) {
  const { language, settings, hasImportance } = props;
  const styles = useStyles();
  const s = (key: StringKey) => t(language, key);
  const set = (patch: Partial<KanoSettings>) => props.onSettingsChange({ ...settings, ...patch });
  const running = props.stage !== undefined;
  return (
    <div className={styles.stack}>
      <Field label={s("kanoScaleLabel")} hint={s("kanoScaleHint")}>
        <RadioGroup value={String(settings.scale)} onChange={(_, d) => set({ scale: d.value === "3" ? 3 : 5 })}>
          <Radio value="5" label={s("kanoScale5")} />
          <Radio value="3" label={s("kanoScale3")} />
        </RadioGroup>
      </Field>
      {hasImportance ? (
        <Switch checked={settings.useImportance} label={s("kanoImportanceSwitch")} onChange={(_, d) => set({ useImportance: d.checked })} />
      ) : (
        <Field label={s("kanoImportanceSwitch")} hint={s("kanoImportanceNone")}>
          <Switch checked={false} disabled aria-label={s("kanoImportanceSwitch")} />
        </Field>
      )}
      <Switch checked={settings.respondents} label={s("kanoRespondentsSwitch")} onChange={(_, d) => set({ respondents: d.checked })} />
      <ProblemBar problem={props.problem} />
      <div className={styles.buttons}>
        <Button onClick={props.onBack} disabled={running}>
          {s("back")}
        </Button>
        <Button appearance="primary" onClick={props.onRun} disabled={running}>
          {s("runAnalysis")}
        </Button>
      </div>
      {props.stage && <Spinner size="tiny" label={s("kanoStageReading")} />}
    </div>
  );
}
