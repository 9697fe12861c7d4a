// The home view rendered to HTML (react-dom/server, no DOM needed): the RFM analysis with its
// formulas, in English and in Simplified Chinese, with labelled landmarks.
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";
import { en, zh } from "../../src/taskpane/i18n/strings";

// React escapes quotes and ampersands in text; compare on the same footing.
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

describe("App", () => {
  test("shows the RFM analysis and its three formulas in English", () => {
    const html = renderToString(<App initialLanguage="en" />);
    for (const key of ["appTitle", "rfmTitle", "rfmQuestion", "rfmFormula", "rfmSummaryFormula", "rfmScoreFormula", "rfmHowTo", "languageLabel"] as const) {
      expect({ key, shown: html.includes(escape(en[key])) }).toEqual({ key, shown: true });
    }
    expect(html).toMatch(/<h1[^>]*>CX Analytics<\/h1>/);
    expect(html).not.toContain(escape(zh.rfmQuestion));
  });

  test("shows the Chinese strings when the language is zh", () => {
    const html = renderToString(<App initialLanguage="zh" />);
    for (const key of ["rfmTitle", "rfmQuestion", "rfmHowTo", "formulasHeading", "howToUseHeading", "languageLabel"] as const) {
      expect({ key, shown: html.includes(escape(zh[key])) }).toEqual({ key, shown: true });
    }
    expect(html).toContain(escape(zh.rfmFormula));
    expect(html).not.toContain(escape(en.rfmQuestion));
    expect(html).toContain('lang="zh-Hans"');
  });

  test("labels its regions and the language switch", () => {
    const html = renderToString(<App initialLanguage="en" />);
    expect(html).toMatch(/<main[^>]*aria-labelledby="cx-analyses-heading"/);
    expect(html).toMatch(/<h2[^>]*id="cx-analyses-heading"[^>]*>Analyses<\/h2>/);
    expect(html).toMatch(/role="region"[^>]*aria-labelledby="[^"]+"/);
    expect(html).toMatch(/<label[^>]*>Language<\/label>/);
    expect(html).toMatch(/role="combobox"/);
  });
});
