import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** The pane's language: Chinese first; English on the analyst's request, remembered on this computer. */
export type Language = "zh" | "en";

export const LANGUAGE_KEY = "landrules.language";

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh"; // storage blocked (private mode, a locked-down host): Chinese, not remembered
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // not remembered; the choice still holds for this session
  }
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: "zh", setLanguage: () => {} });

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setState] = useState<Language>(() => initial ?? storedLanguage());
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** A bilingual text in the pane's language. */
export function useText(): (text: { zh: string; en: string }) => string {
  const { language } = useLanguage();
  return useCallback((text) => (language === "en" ? text.en : text.zh), [language]);
}
