// Workbench entry: the task pane on an in-memory workbook, loaded with the example workbook.
import { createRoot } from "react-dom/client";
import { initialLanguage } from "../taskpane/i18n/preference";
import { Workbench } from "./Workbench";

const container = document.getElementById("root");
if (!container) throw new Error('workbench.html has no <div id="root">');
const browserLanguage = typeof navigator === "undefined" ? undefined : navigator.language;
createRoot(container).render(<Workbench initialLanguage={initialLanguage(browserLanguage)} exampleUrl="examples/retail-orders.xlsx" />);
