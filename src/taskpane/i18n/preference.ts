// The language the user chose with the switch, remembered in localStorage when the host
// allows it (some Office webviews do not; then the pane follows Office's display language).
import { isLanguage, type Language, pickLanguage } from "./strings";

const STORAGE_KEY = "cx-analytics.language";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored choice if any, else the language matching `displayLanguage`. */
export function initialLanguage(displayLanguage?: string): Language {
  try {
    const stored = storage()?.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked: fall through
  }
  return pickLanguage(displayLanguage);
}

export function rememberLanguage(lang: Language): void {
  try {
    storage()?.setItem(STORAGE_KEY, lang);
  } catch {
    // storage blocked or full: the choice lasts for this session only
  }
}
