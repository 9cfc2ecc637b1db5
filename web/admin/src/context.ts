import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AuthConfig, Session } from './auth.ts';
import type { Lang, Translate } from './i18n.ts';

export type I18n = { lang: Lang; t: Translate; setLang: (lang: Lang) => void };
export const I18nContext = createContext<I18n | undefined>(undefined);

export type SessionState = { session: Session; config: AuthConfig; logout: () => void };
export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nContext.Provider>');
  return value;
}

/** The signed-in user; only screens behind the login render, so it is always there for them. */
export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionContext.Provider>');
  return value;
}
