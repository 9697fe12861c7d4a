// The pane's language: a labelled Fluent dropdown listing each language by its own name.
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LANGUAGES, type Language, isLanguage, t } from "../i18n/strings";

const useStyles = makeStyles({
  dropdown: { minWidth: "140px" },
});

export interface LanguageSwitchProps {
  language: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  return (
    <Field label={t(language, "languageLabel")} orientation="horizontal">
      <Dropdown
        className={styles.dropdown}
        value={LANGUAGE_NAMES[language]}
        selectedOptions={[language]}
        onOptionSelect={(_, data) => {
          if (isLanguage(data.optionValue)) onChange(data.optionValue);
        }}
      >
        {LANGUAGES.map((lang) => (
          <Option key={lang} value={lang} lang={lang === "zh" ? "zh-Hans" : "en"}>
            {LANGUAGE_NAMES[lang]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
