// Task pane entry. Inside Office, wait for Office.onReady and follow Office's display language;
// in a plain browser (office.js absent or not hosted) render at once with the browser's.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { initialLanguage } from "./i18n/preference";

function render(displayLanguage?: string): void {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  createRoot(container).render(<App initialLanguage={initialLanguage(displayLanguage)} />);
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

function officeDisplayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined; // outside an Office host, Office.context may be unusable
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then(() => render(officeDisplayLanguage() ?? browserLanguage()))
    .catch(() => render(browserLanguage()));
} else {
  render(browserLanguage());
}
