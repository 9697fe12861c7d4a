// A yes/no question in a Fluent dialog, asked from async code: `await ask(...)` resolves true for
// the action button, false for Cancel, Escape or a click outside.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useState } from "react";
import { type Language, t } from "../i18n/strings";

export interface ConfirmRequest {
  title: string;
  text: string;
  /** The action button's text ("Replace", "Convert"). */
  action: string;
}

export function useConfirm(language: Language) {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve(yes: boolean): void }>();

  const ask = (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve }));
  const answer = (yes: boolean) => {
    pending?.resolve(yes);
    setPending(undefined);
  };

  const dialog = (
    <Dialog open={pending !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && answer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{pending?.request.title}</DialogTitle>
          <DialogContent>{pending?.request.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => answer(true)}>
              {pending?.request.action}
            </Button>
            <Button onClick={() => answer(false)}>{t(language, "storedCancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );

  return { ask, dialog };
}
