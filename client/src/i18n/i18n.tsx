import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { da } from './da';
import { en, type Messages } from './en';

export type Language = 'da' | 'en';
export const TIME_ZONE = 'Europe/Copenhagen';
const LANGUAGE_KEY = 'portal.language';
const catalogues: Record<Language, Messages> = { da, en };

/** The stored choice, else Danish for a Danish browser and English for any other. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (stored === 'da' || stored === 'en') return stored;
  } catch {
    // no storage: follow the browser
  }
  return navigator.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/** Danish is formatted the Danish way; English in the browser's English locale (en-GB if none). */
function localeOf(language: Language): string {
  if (language === 'da') return 'da-DK';
  return navigator.languages.find((l) => l.toLowerCase().startsWith('en')) ?? 'en-GB';
}

export interface Formatters {
  /** A DateTime, as a date and time in Copenhagen. */
  dateTime(iso: string): string;
  /** A Date (YYYY-MM-DD): a calendar day, no time zone to shift it. */
  date(day: string): string;
  number(value: number): string;
  /** A decimal string with its currency, e.g. 12500.00 DKK. */
  money(amount: string, currency: string): string;
}

function formatters(locale: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (day) => date.format(new Date(`${day}T00:00:00Z`)),
    number: (value) => number.format(value),
    money: (amount, currency) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount)),
  };
}

interface I18n {
  language: Language;
  locale: string;
  m: Messages;
  format: Formatters;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => {
    const locale = localeOf(language);
    return { language, locale, m: catalogues[language], format: formatters(locale), setLanguage };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
