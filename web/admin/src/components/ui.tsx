import { type ComponentChildren, Fragment } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, problemTitle } from '../api/transport.ts';
import { useI18n } from '../context.ts';
import type { Lang } from '../i18n.ts';
import { onLinkClick } from '../router.ts';

/**
 * The admin kit's basics: links, headings, notices, labelled fields. The other parts of the kit live beside
 * it: resource.tsx (loading), form.tsx (stash and field errors), decision-panel.tsx, status-badge.tsx,
 * filter-bar.tsx, history.tsx, directory.ts. Their words come from the main dictionary (src/i18n.ts), so a
 * context's screens bring only their own.
 */

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

/** A labelled field: the label, its hint and its error (each with an id the control points at), the control. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <FieldNotes id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}

/** A field's hint and error, each with the id its control (or fieldset) points at. */
function FieldNotes(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
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
    </>
  );
}

/**
 * A group of checkboxes with its legend, hint and error (a staff account's roles, an editor's categories and
 * languages); `id` is the first box's, so an error summary's link lands on it.
 */
export function CheckboxGroup<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string | undefined;
  error: string | undefined;
  options: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange: (checked: T[]) => void;
}) {
  return (
    <fieldset
      class={`field${props.error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy(props.id, Boolean(props.hint), props.error)}
    >
      <legend>{props.legend}</legend>
      <FieldNotes id={props.id} hint={props.hint} error={props.error} />
      {props.options.map((option, index) => {
        const id = index === 0 ? props.id : `${props.id}-${option.value}`;
        return (
          <div class="field-checkbox" key={option.value}>
            <input
              id={id}
              type="checkbox"
              checked={props.checked.includes(option.value)}
              onChange={(event) =>
                props.onChange(
                  event.currentTarget.checked
                    ? [...props.checked, option.value]
                    : props.checked.filter((candidate) => candidate !== option.value),
                )
              }
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** aria-describedby for an input inside <Field>: its hint and its error, when shown. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The id and ARIA state of the control inside a <Field id>: invalid when it has an error, described by both. */
export function controlOf(id: string, hint: boolean, error: string | undefined) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) };
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

// A message for the next screen: after "create", the new item's page says so.
let flash: string | undefined;
export const setFlash = (message: string) => {
  flash = message;
};
/** The message left for this screen, taken once. */
export function useFlash(): string | undefined {
  const [message] = useState(() => {
    const taken = flash;
    flash = undefined;
    return taken;
  });
  return message;
}

/** Focus goes to `ref` whenever `value` becomes truthy (an error summary, an outcome message). */
export function useFocusOn<Element extends HTMLElement = HTMLDivElement>(value: unknown) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (value) ref.current?.focus();
  }, [value]);
  return ref;
}

/** One label and its value in a <MetaList>; false leaves the pair out (a fact the item does not have). */
export type Meta = readonly [label: string, value: ComponentChildren] | false | undefined;

/** An item's facts as label–value pairs (`<dl>`), in columns with `grid`. */
export function MetaList(props: { items: readonly Meta[]; grid?: boolean }) {
  return (
    <dl class={props.grid ? 'meta meta-grid' : 'meta'}>
      {props.items.map((item) =>
        item ? (
          <Fragment key={item[0]}>
            <dt>{item[0]}</dt>
            <dd>{item[1]}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}

/**
 * A button whose action takes a moment. While `busy` it is aria-disabled, not disabled: it keeps keyboard
 * focus and says it is unavailable (the handler ignores clicks meanwhile).
 */
export function ActionButton(props: {
  emphasis: 'primary' | 'secondary' | 'warning' | 'quiet';
  busy?: boolean | undefined;
  type?: 'button' | 'submit';
  onClick?: () => void;
  children: ComponentChildren;
}) {
  return (
    <button
      type={props.type ?? 'button'}
      class={`button button-${props.emphasis}`}
      aria-disabled={props.busy ? 'true' : undefined}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
