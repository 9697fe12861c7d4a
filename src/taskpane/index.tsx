// Task pane entry. Inside Excel, wait for Office.onReady, follow Office's display language and
// work on the open workbook; in a plain browser (office.js absent or not hosted) render at once,
// with no workbook (the workbench hosts the same App on an in-memory one).
import { createRoot } from "react-dom/client";
import type { WorkbookGateway } from "../excel/gateway";
import { OfficeWorkbook } from "../excel/office-gateway";
import { App } from "./App";
import { createWorkerRunner } from "./compute/worker-runner";
import { initialLanguage } from "./i18n/preference";

function render(displayLanguage?: string, gateway?: WorkbookGateway): void {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  createRoot(container).render(<App initialLanguage={initialLanguage(displayLanguage)} gateway={gateway} runner={createWorkerRunner()} />);
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
    .then((info) => render(officeDisplayLanguage() ?? browserLanguage(), info.host === Office.HostType.Excel ? new OfficeWorkbook() : undefined))
    .catch(() => render(browserLanguage()));
} else {
  render(browserLanguage());
}
