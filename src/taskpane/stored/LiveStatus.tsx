// A status line ("Refreshed", "Converted 12 formulas", a failure) in a polite live region, which
// stays in the page while empty so screen readers announce the line when it appears.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { StatusLine } from "./refresh-messages";

export function LiveStatus({ line }: { line?: StatusLine }) {
  return (
    <div aria-live="polite">
      {line && (
        <MessageBar layout="multiline" intent={line.intent}>
          <MessageBarBody>{line.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
