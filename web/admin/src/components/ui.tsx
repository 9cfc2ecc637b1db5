import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleStatus } from '#shared/domain/article.ts';
import { ApiError, problemTitle } from '../api.ts';
import { useI18n } from '../context.ts';
import { type Lang, type MessageKey, statusKey } from '../i18n.ts';
import { onLinkClick } from '../router.ts';

export function Link(props: { href: string; class?: string; children: ComponentChildren }) {
  return (
    <a href={props.href} class={props.class} onClick={onLinkClick}>
      {props.children}
    </a>
  );
}

/**
 * Every screen's <h1>. It takes focus after an in-app navigation (see app.tsx) so that screen reader users
 * hear where they are, as they would after a full page load; tabIndex -1 makes it focusable by script only.
 */
export function PageTitle(props: { children: ComponentChildren }) {
  return (
    <h1 id="page-title" tabIndex={-1}>
      {props.children}
    </h1>
  );
}

export function useDocumentTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} — ${t('appShortName')}`;
  }, [title, t]);
}

export function StatusBadge(props: { status: ArticleStatus }) {
  const { t } = useI18n();
  return <span class={`badge badge-${props.status.replace('_', '-')}`}>{t(statusKey(props.status))}</span>;
}

/** The one sentence to show for an error, in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { lang, t } = useI18n();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        if (error.kind === 'network') return t('networkError');
        if (error.kind === 'storage') return t('uploadFailed');
        return (
          problemTitle(error, lang) ??
          (error.kind === 'unexpected' ? t('unexpectedResponse') : t('genericError'))
        );
      }
      return t('genericError');
    },
    [lang, t],
  );
}

/**
 * An error shown as an alert. Field errors that a form can place next to its fields are shown there;
 * `unplaced` lists the ones it could not, so nothing the server said is lost.
 */
export function ErrorNotice(props: {
  error: unknown;
  children?: ComponentChildren;
  focus?: boolean;
  onRetry?: () => void;
}) {
  const errorText = useErrorText();
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focus) ref.current?.focus();
  }, [props.error, props.focus]);
  const detail = props.error instanceof ApiError ? props.error.problem?.detail : undefined;
  return (
    <div class="notice notice-error" role="alert" tabIndex={-1} ref={ref}>
      <p class="notice-title">{errorText(props.error)}</p>
      {detail ? <p class="notice-detail">{detail}</p> : null}
      {props.children}
      {props.onRetry ? (
        <button type="button" class="button button-secondary" onClick={props.onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A polite status message (saved, approved…), announced without moving focus. */
export function StatusMessage(props: { message: string | undefined }) {
  return (
    <div class="status-region" role="status" aria-live="polite">
      {props.message ? <p class="notice notice-success">{props.message}</p> : null}
    </div>
  );
}

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; value: T };

/** Loads once per `deps` change; `reload` fetches again. Answers of a superseded load are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  // Dependencies: the caller names what the load depends on.
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return [result, useCallback(() => setRound((value) => value + 1), [])];
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  useDocumentTitle(t('forbiddenTitle'));
  return (
    <>
      <PageTitle>{t('forbiddenTitle')}</PageTitle>
      <p>{t('forbiddenBody')}</p>
    </>
  );
}

export function Field(props: {
  id: string;
  label: MessageKey;
  hint?: MessageKey | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <FieldFrame
      id={props.id}
      label={t(props.label)}
      hint={props.hint ? t(props.hint) : undefined}
      error={props.error}
    >
      {props.children}
    </FieldFrame>
  );
}

/** <Field> with its words already translated (for screens that bring their own dictionary). */
export function FieldFrame(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** aria-describedby for an input inside <Field>: its hint and its error, when shown. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      class="button button-quiet"
      lang={other}
      aria-label={t('switchLanguageLabel')}
      onClick={() => setLang(other)}
    >
      {t('switchLanguage')}
    </button>
  );
}
