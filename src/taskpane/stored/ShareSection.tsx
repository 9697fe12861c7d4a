// Before sharing: how many =CX.* formulas the workbook holds and on which sheets, why colleagues
// without the add-in see #NAME?, and "Convert to values" for the selection or a whole sheet.
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ConvertScope, WorkbookGateway } from "../../excel/gateway";
import { fill, formatNumber, type Language, t } from "../i18n/strings";
import { describeFailure } from "../wizard/messages";
import type { StatusLine } from "./refresh-messages";
import { CX_PREFIX, formulaCount, useCxFormulas } from "./useCxFormulas";
import { useConfirm } from "./useConfirm";
import { LiveStatus } from "./LiveStatus";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ShareSectionProps {
  language: Language;
  gateway: WorkbookGateway;
  /** Move the focus here when shown (opened from the home page's warning). */
  focus?: boolean;
}

export function ShareSection({ language, gateway, focus }: ShareSectionProps) {
  const styles = useStyles();
  const s = (key: Parameters<typeof t>[1]) => t(language, key);
  const { found, error, scan } = useCxFormulas(gateway);
  const [status, setStatus] = useState<StatusLine>();
  const [busy, setBusy] = useState(false);
  const { ask, dialog } = useConfirm(language);
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focus) region.current?.focus();
  }, [focus]);

  const convert = async (scope: ConvertScope, question: string) => {
    if (!(await ask({ title: s("shareConfirmTitle"), text: question, action: s("shareConvert") }))) return;
    setBusy(true);
    setStatus(undefined);
    let line: StatusLine;
    try {
      const count = await gateway.convertFormulasToValues(CX_PREFIX, scope);
      line = count > 0 ? { intent: "success", text: fill(language, "shareConverted", { count: formatNumber(language, count) }) } : { intent: "info", text: s("shareConvertedNone") };
    } catch (e) {
      line = { intent: "error", text: describeFailure(language, e, "sheet" in scope ? { sheet: scope.sheet } : {}) };
    }
    setStatus(line);
    setBusy(false);
    await scan(); // the buttons are hidden until the new scan lists the formulas left
  };

  const total = found ? formulaCount(found) : 0;
  const sheetList = (found ?? []).map((f) => fill(language, "shareSheetCount", { sheet: f.sheet, count: formatNumber(language, f.cells.length) })).join(language === "zh" ? "、" : ", ");

  return (
    <section className={styles.stack} aria-labelledby="cx-share-heading" ref={region} tabIndex={-1}>
      <Subtitle2 as="h3" id="cx-share-heading" className={styles.heading}>
        {s("shareHeading")}
      </Subtitle2>
      {found === undefined && error === undefined && <Spinner size="tiny" label={s("shareScanning")} />}
      {error !== undefined && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{describeFailure(language, error)}</MessageBarBody>
        </MessageBar>
      )}
      {found !== undefined && total === 0 && <Body1 as="p">{s("shareNone")}</Body1>}
      {found !== undefined && total > 0 && (
        <>
          <Body1 as="p" className={styles.heading}>
            {fill(language, "shareFound", { count: formatNumber(language, total), sheets: sheetList })}
          </Body1>
          <Body1 as="p" className={styles.heading}>
            {s("shareExplain")}
          </Body1>
          <div className={styles.buttons}>
            <Button onClick={() => convert({ selection: true }, s("shareConfirmSelection"))} disabled={busy}>
              {s("shareConvertSelection")}
            </Button>
            {found.map((f) => (
              <Button
                key={f.sheet}
                onClick={() => convert({ sheet: f.sheet }, fill(language, "shareConfirmSheet", { sheet: f.sheet, count: formatNumber(language, f.cells.length) }))}
                disabled={busy}
              >
                {fill(language, "shareConvertSheet", { sheet: f.sheet })}
              </Button>
            ))}
          </div>
        </>
      )}
      <LiveStatus line={status} />
      {dialog}
    </section>
  );
}
