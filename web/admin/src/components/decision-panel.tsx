import { useState } from 'preact/hooks';
import { isoToVietnamLocal, vietnamLocalToIso } from '#shared/time/vietnam.ts';
import { ApiError } from '../api/transport.ts';
import { useI18n } from '../context.ts';
import { fieldErrorsOf } from './form.tsx';
import { ActionButton, controlOf, ErrorNotice, Field, useFocusOn } from './ui.tsx';

/**
 * The error of a decision or action: a stale version (409) offers to reload the latest state,
 * anything else is an ordinary <ErrorNotice>. Renders nothing without an error.
 */
export function ActionError(props: {
  error: unknown;
  conflictTitle: string;
  reloadLabel: string;
  onReload: () => void;
}) {
  if (!props.error) return null;
  if (props.error instanceof ApiError && props.error.isConflict) {
    return (
      <div class="notice notice-error" role="alert">
        <p class="notice-title">{props.conflictTitle}</p>
        <button type="button" class="button button-secondary" onClick={props.onReload}>
          {props.reloadLabel}
        </button>
      </div>
    );
  }
  return <ErrorNotice error={props.error} />;
}

export type Action = {
  busy: boolean;
  /** The last run's error, to show with <ActionError>; cleared when the next run starts. */
  error: unknown;
  /** Runs `action` unless one is running already; `failed` sees its error too. Answers whether it went through. */
  run: (action: () => Promise<void>, failed?: (error: unknown) => void) => Promise<boolean>;
};

/** An action on the item on screen (a decision, a withdrawal, an export): one at a time, its error kept. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run: Action['run'] = async (action, failed) => {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    try {
      await action();
      return true;
    } catch (caught) {
      failed?.(caught);
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/**
 * What the person gave with an outcome: the note (trimmed), the instant (`…+07:00`) and the confirmation,
 * when asked for.
 */
export type DecisionInput = { note: string; at: string | undefined; confirmed: boolean };

/** A note an outcome asks for (a reason to return), sent as `path`; required when `required` says why. */
export type NoteSpec = {
  id: string;
  label: string;
  hint: string;
  rows: number;
  path: string;
  /** With `minLength`: the message when the note is missing or shorter. */
  required?: { minLength: number; message: string };
};

/** A date-time an outcome asks for, typed in Vietnam time (Asia/Ho_Chi_Minh), sent as `path`. */
export type TimeSpec = {
  id: string;
  label: string;
  path: string;
  /** The message when no time is given; without it the time may be left empty. */
  required?: string;
  /** The message when the time is not in the future. */
  past: string;
};

/**
 * A box the person ticks to say they checked something before this outcome (flagged personal data),
 * sent as `path`; with `required`, the outcome is not sent unticked.
 */
export type ConfirmSpec = { id: string; label: string; path: string; required?: string };

export type Outcome<Result> = {
  /** The button. */
  label: string;
  emphasis: 'primary' | 'secondary' | 'warning';
  note?: NoteSpec;
  at?: TimeSpec;
  confirm?: ConfirmSpec;
  decide: (input: DecisionInput) => Promise<Result>;
  /** What the screen says once decided. */
  done: (result: Result, input: DecisionInput) => string;
};

/**
 * A decision on one item: each outcome is its button, with the note or the date-time it asks for beside it.
 * Checks what it can before asking the server (focus goes to the field to fix), shows the server's field
 * errors next to their fields, and a 409 with a way to reload. Buttons are aria-disabled while a decision
 * is on its way, so they stay focusable. The screen puts its heading around it and says what happened
 * (`onDecided`).
 */
export function DecisionPanel<Result>(props: {
  outcomes: readonly Outcome<Result>[];
  conflictTitle: string;
  reloadLabel: string;
  onDecided: (result: Result, message: string) => void;
  onReload: () => void;
}) {
  const { lang } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const { busy, error, run } = useAction();
  const errorAnchor = useFocusOn(error);

  const refuse = (id: string, message: string) => {
    setFieldErrors({ [id]: message });
    document.getElementById(id)?.focus();
  };

  const decide = async (outcome: Outcome<Result>) => {
    if (busy) return;
    const { note, at, confirm } = outcome;
    const confirmed = confirm ? ticked[confirm.id] === true : false;
    const typedAt = at ? (values[at.id] ?? '') : '';
    const iso = at ? vietnamLocalToIso(typedAt) : undefined;
    if (at && !iso && (typedAt !== '' || at.required)) return refuse(at.id, at.required ?? at.past);
    if (at && iso && new Date(iso).getTime() <= Date.now()) return refuse(at.id, at.past);
    const text = note ? (values[note.id] ?? '').trim() : '';
    if (note?.required && text.length < note.required.minLength)
      return refuse(note.id, note.required.message);
    if (confirm?.required && !confirmed) return refuse(confirm.id, confirm.required);
    const input: DecisionInput = { note: text, at: iso, confirmed };
    setFieldErrors({});
    await run(
      async () => {
        const result = await outcome.decide(input);
        props.onDecided(result, outcome.done(result, input));
      },
      (caught) => {
        const fieldOf = (path: string) =>
          path === note?.path
            ? note.id
            : path === at?.path
              ? at.id
              : path === confirm?.path
                ? confirm.id
                : undefined;
        setFieldErrors(fieldErrorsOf(caught, lang, fieldOf).fields);
      },
    );
  };

  const type = (id: string, value: string) => setValues((previous) => ({ ...previous, [id]: value }));

  return (
    <>
      <div ref={errorAnchor} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={props.conflictTitle}
          reloadLabel={props.reloadLabel}
          onReload={props.onReload}
        />
      </div>
      {props.outcomes.map((outcome) => {
        const { note, at, confirm } = outcome;
        return (
          <div class="decision" key={outcome.label}>
            {at ? (
              <Field id={at.id} label={at.label} error={fieldErrors[at.id]}>
                <input
                  {...controlOf(at.id, false, fieldErrors[at.id])}
                  type="datetime-local"
                  value={values[at.id] ?? ''}
                  min={isoToVietnamLocal(new Date())}
                  onInput={(event) => type(at.id, event.currentTarget.value)}
                />
              </Field>
            ) : null}
            {note ? (
              <Field id={note.id} label={note.label} hint={note.hint} error={fieldErrors[note.id]}>
                <textarea
                  {...controlOf(note.id, true, fieldErrors[note.id])}
                  rows={note.rows}
                  maxLength={2000}
                  value={values[note.id] ?? ''}
                  onInput={(event) => type(note.id, event.currentTarget.value)}
                />
              </Field>
            ) : null}
            {confirm ? (
              <div class={`field field-checkbox${fieldErrors[confirm.id] ? ' field-invalid' : ''}`}>
                <input
                  {...controlOf(confirm.id, false, fieldErrors[confirm.id])}
                  type="checkbox"
                  checked={ticked[confirm.id] === true}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setTicked((previous) => ({ ...previous, [confirm.id]: checked }));
                  }}
                />
                <label for={confirm.id}>{confirm.label}</label>
                {fieldErrors[confirm.id] ? (
                  <p class="field-error" id={`${confirm.id}-error`}>
                    {fieldErrors[confirm.id]}
                  </p>
                ) : null}
              </div>
            ) : null}
            <ActionButton emphasis={outcome.emphasis} busy={busy} onClick={() => void decide(outcome)}>
              {outcome.label}
            </ActionButton>
          </div>
        );
      })}
    </>
  );
}
