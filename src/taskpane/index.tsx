// Task pane entry. Inside Excel, wait for Office.onReady, follow Office's display language and
// work on the open workbook; in a plain browser (office.js absent or not hosted) render at once,
// with no workbook (the workbench hosts the same App on an in-memory one). Inside Excel the
// requirement sets the add-in uses are checked first, so an older Excel is told what it lacks.
import { createRoot } from "react-dom/client";
import type { WorkbookGateway } from "../excel/gateway";
import { OfficeWorkbook } from "../excel/office-gateway";
import { type RequirementCheck, checkRequirements } from "../excel/requirements";
import { App } from "./App";
import { createWorkerRunner } from "./compute/worker-runner";
import { initialLanguage } from "./i18n/preference";

function render(displayLanguage?: string, gateway?: WorkbookGateway, requirements?: RequirementCheck): void {
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  createRoot(container).render(<App initialLanguage={initialLanguage(displayLanguage)} gateway={gateway} runner={createWorkerRunner()} requirements={requirements} />);
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

/** The requirement check against this Excel, or undefined when Office cannot answer. */
function officeRequirements(): RequirementCheck | undefined {
  try {
    const requirements = Office.context?.requirements;
    return requirements ? checkRequirements((name, version) => requirements.isSetSupported(name, version)) : undefined;
  } catch {
    return undefined;
  }
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then((info) => {
      const inExcel = info.host === Office.HostType.Excel;
      render(officeDisplayLanguage() ?? browserLanguage(), inExcel ? new OfficeWorkbook() : undefined, inExcel ? officeRequirements() : undefined);
    })
    .catch(() => render(browserLanguage()));
} else {
  render(browserLanguage());
}
