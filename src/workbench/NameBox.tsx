// Excel's name box: shows the selection's address; typing an address and Enter selects it.
import { Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  input: { width: "180px", fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export interface NameBoxProps {
  label: string;
  /** The selection's address. */
  address: string;
  /** Selects `text`; returns an error message when it is not an address. */
  onSubmit: (text: string) => string | undefined;
}

export function NameBox({ label, address, onSubmit }: NameBoxProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const errorId = "cx-namebox-error";

  return (
    <div className={styles.root}>
      <Input
        className={styles.input}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? address}
        spellCheck={false}
        autoComplete="off"
        onFocus={(e) => e.currentTarget.select()}
        onChange={(_, data) => {
          setDraft(data.value);
          setError(undefined);
        }}
        onBlur={() => {
          setDraft(undefined);
          setError(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            const problem = onSubmit(draft ?? address);
            setError(problem);
            if (!problem) setDraft(undefined);
          } else if (e.key === "Escape") {
            setDraft(undefined);
            setError(undefined);
          }
        }}
      />
      {error && (
        <p id={errorId} role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
