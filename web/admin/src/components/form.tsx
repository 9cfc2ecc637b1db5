import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ZodType } from 'zod';
import { ApiError, fieldMessage, type UploadedFile } from '../api/transport.ts';
import { useI18n } from '../context.ts';
import type { Lang } from '../i18n.ts';
import { formatSize } from './format.ts';
import { ErrorNotice, useFocusOn } from './ui.tsx';

/**
 * Forms that lose nothing: what was typed stays in the form and in sessionStorage until it is sent
 * (`useFormStash`), and what the server finds wrong shows next to its field and in a summary at the top
 * (`useFieldFailure`, `<FormErrors>`), from the problem document's `errors[].path`.
 */

// ---------- The stash: unsaved input kept in this tab ----------

export type FormStash<Form> = {
  form: Form;
  /** The form shows input restored from the stash, not what it started from. */
  restored: boolean;
  /** Changed since it started, was restored or was sent. */
  dirty: boolean;
  /** Changes the form and keeps it in the stash. */
  update: (changes: Partial<Form> | ((previous: Form) => Partial<Form>)) => void;
  /** Starts over from `base` (loaded from the server), or from the stash when that holds something else. */
  start: (base: Form) => void;
  /** Sent: the stash goes, the form stays as it is. */
  sent: () => void;
  /** The user chose to drop what was restored: back to `base`. */
  discard: (base: Form) => void;
};

function readStash<Form>(key: string, schema: ZodType<Form>): Form | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeStash(key: string, form: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still holds the input.
  }
}

function removeStash(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing to remove.
  }
}

/** The stash's content when it differs from `base`: that is input the user has not sent yet. */
function restore<Form>(key: string, schema: ZodType<Form>, base: Form) {
  const stash = readStash(key, schema);
  // Both as the schema reads them, so that only a difference in content counts.
  const same = JSON.stringify(stash) === JSON.stringify(schema.safeParse(base).data ?? base);
  const restored = stash !== undefined && !same;
  return { form: restored && stash !== undefined ? stash : base, restored, dirty: restored };
}

/**
 * A form's input, kept in sessionStorage under `key` (parsed with `schema` when read back) until it is
 * sent, so that a reload, a crash, an expired session or a 409 loses nothing. It starts from `initial`, or
 * from the stash when that holds something else; `key` may change (a new item that got its id).
 */
export function useFormStash<Form>(options: {
  key: string;
  schema: ZodType<Form>;
  initial: () => Form;
}): FormStash<Form> {
  const { key, schema } = options;
  const [state, setState] = useState(() => restore(key, schema, options.initial()));
  const keyRef = useRef(key);
  keyRef.current = key;
  return {
    ...state,
    update: (changes) =>
      setState((previous) => {
        const form = {
          ...previous.form,
          ...(typeof changes === 'function' ? changes(previous.form) : changes),
        };
        writeStash(keyRef.current, form);
        return { ...previous, form, dirty: true };
      }),
    start: (base) => setState(restore(keyRef.current, schema, base)),
    sent: () => {
      removeStash(keyRef.current);
      setState((previous) => ({ ...previous, restored: false, dirty: false }));
    },
    discard: (base) => {
      removeStash(keyRef.current);
      setState({ form: base, restored: false, dirty: false });
    },
  };
}

/** "Restored what you had not sent" with the button that drops it. */
export function RestoredNotice(props: { text: string; discardLabel: string; onDiscard: () => void }) {
  return (
    <div class="notice notice-info">
      <p>{props.text}</p>
      <button type="button" class="button button-quiet" onClick={props.onDiscard}>
        {props.discardLabel}
      </button>
    </div>
  );
}

// ---------- Field errors from problem+json `errors[].path` ----------

export type FieldFailure<Name extends string> =
  | { kind: 'validation'; fields: Partial<Record<Name, string>>; unplaced: string[] }
  | { kind: 'conflict' }
  | { kind: 'other'; error: unknown };

/**
 * Sorts a failed request's field errors onto the form's fields (`fieldOf` names the field of a path, or
 * none); what no field takes is kept too, labelled by `labelOf`. A stale version is a conflict.
 */
export function failureOf<Name extends string>(
  error: unknown,
  lang: Lang,
  fieldOf: (path: string) => Name | undefined,
  labelOf: (path: string) => string = (path) => path,
): FieldFailure<Name> {
  if (error instanceof ApiError && error.isConflict) return { kind: 'conflict' };
  if (error instanceof ApiError && error.fieldProblems.length > 0) {
    return { kind: 'validation', ...fieldErrorsOf(error, lang, fieldOf, labelOf) };
  }
  return { kind: 'other', error };
}

/** The field errors of an answer, by field; the first message for a field wins. */
export function fieldErrorsOf<Name extends string>(
  error: unknown,
  lang: Lang,
  fieldOf: (path: string) => Name | undefined,
  labelOf: (path: string) => string = (path) => path,
): { fields: Partial<Record<Name, string>>; unplaced: string[] } {
  const fields: Partial<Record<Name, string>> = {};
  const unplaced: string[] = [];
  for (const entry of error instanceof ApiError ? error.fieldProblems : []) {
    const name = fieldOf(entry.path);
    const text = fieldMessage(entry, lang);
    if (name && !fields[name]) fields[name] = text;
    else if (!name) unplaced.push(`${labelOf(entry.path)}: ${text}`);
  }
  return { fields, unplaced };
}

export type FieldFailureState<Name extends string> = {
  failure: FieldFailure<Name> | undefined;
  setFailure: (failure: FieldFailure<Name> | undefined) => void;
  /** Errors found before asking the server, shown like the server's. */
  invalid: (fields: Partial<Record<Name, string>>) => void;
  /** The message next to a field, if any. */
  errorOf: (name: Name) => string | undefined;
  /** Where the summary goes; it takes focus when a failure appears. */
  anchor: RefObject<HTMLDivElement | null>;
};

export function useFieldFailure<Name extends string>(): FieldFailureState<Name> {
  const [failure, setFailure] = useState<FieldFailure<Name> | undefined>();
  const anchor = useFocusOn(failure);
  return {
    failure,
    setFailure,
    invalid: (fields) => setFailure({ kind: 'validation', fields, unplaced: [] }),
    errorOf: (name) => (failure?.kind === 'validation' ? failure.fields[name] : undefined),
    anchor,
  };
}

/** How a form names its fields in the summary: in this order, linking to these ids, with these labels. */
export type FormFields<Name extends string> = {
  order: readonly Name[];
  idOf: (name: Name) => string;
  labelOf: (name: Name) => string;
};

/** A 409 on a form: what was typed stays on the page, the user reloads when ready. */
export type ConflictWords = { title: string; detail: string; reloadLabel: string };

/**
 * At the top of a form: the conflict, the list of what to fix (each entry links to its field), or the
 * error. The container takes focus when a failure appears, so keyboard and screen reader users land on it.
 */
export function FormErrors<Name extends string>(props: {
  state: FieldFailureState<Name>;
  fields: FormFields<Name>;
  conflict: ConflictWords;
  onReload: () => void;
}) {
  const { failure } = props.state;
  return (
    <div ref={props.state.anchor} tabIndex={-1} class="error-anchor">
      {failure?.kind === 'conflict' ? (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{props.conflict.title}</p>
          <p>{props.conflict.detail}</p>
          <button type="button" class="button button-secondary" onClick={props.onReload}>
            {props.conflict.reloadLabel}
          </button>
        </div>
      ) : null}
      {failure?.kind === 'validation' ? (
        <ErrorSummary fields={props.fields} messages={failure.fields} unplaced={failure.unplaced} />
      ) : null}
      {failure?.kind === 'other' ? <ErrorNotice error={failure.error} /> : null}
    </div>
  );
}

function ErrorSummary<Name extends string>(props: {
  fields: FormFields<Name>;
  messages: Partial<Record<Name, string>>;
  unplaced: string[];
}) {
  const { t } = useI18n();
  const { fields } = props;
  return (
    <div class="notice notice-error error-summary" role="alert">
      <p class="notice-title">{t('errorSummaryTitle')}</p>
      <ul>
        {fields.order.flatMap((name) => {
          const text = props.messages[name];
          if (!text) return [];
          const id = fields.idOf(name);
          return [
            <li key={name}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {fields.labelOf(name)}: {text}
              </a>
            </li>,
          ];
        })}
        {props.unplaced.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

// ---------- Files a form has uploaded ----------

/** The files a form has uploaded already (name and size), each with its button to take it off again. */
export function UploadedFileList(props: {
  files: readonly UploadedFile[];
  removeLabel: (fileName: string) => string;
  onRemove: (key: string) => void;
}) {
  const { lang } = useI18n();
  if (props.files.length === 0) return null;
  return (
    <ul class="attachment-list">
      {props.files.map((file) => (
        <li key={file.key}>
          <span>
            {file.fileName} ({formatSize(file.size, lang)})
          </span>
          <button type="button" class="button button-quiet" onClick={() => props.onRemove(file.key)}>
            {props.removeLabel(file.fileName)}
          </button>
        </li>
      ))}
    </ul>
  );
}
