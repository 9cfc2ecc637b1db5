import { isoToVietnamLocal } from '#shared/time/vietnam.ts';
import { ApiError } from '../api.ts';
import { describedBy, ErrorNotice, FieldFrame } from './ui.tsx';

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

/** One button that decides at once (approve now…); aria-disabled while busy so it stays focusable. */
export function ImmediateDecision(props: { label: string; busy: boolean; onDecide: () => void }) {
  return (
    <div class="decision">
      <button
        type="button"
        class="button button-primary"
        aria-disabled={props.busy ? 'true' : undefined}
        onClick={props.onDecide}
      >
        {props.label}
      </button>
    </div>
  );
}

/** A datetime-local input in Vietnam time (Asia/Ho_Chi_Minh, not before now) and the button that schedules. */
export function ScheduleDecision(props: {
  id: string;
  label: string;
  buttonLabel: string;
  value: string;
  error: string | undefined;
  busy: boolean;
  onInput: (value: string) => void;
  onDecide: () => void;
}) {
  return (
    <div class="decision">
      <FieldFrame id={props.id} label={props.label} error={props.error}>
        <input
          id={props.id}
          type="datetime-local"
          value={props.value}
          min={isoToVietnamLocal(new Date())}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props.id, false, props.error)}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </FieldFrame>
      <button
        type="button"
        class="button button-secondary"
        aria-disabled={props.busy ? 'true' : undefined}
        onClick={props.onDecide}
      >
        {props.buttonLabel}
      </button>
    </div>
  );
}

/** A labelled note (with its hint) and the button that returns the item for correction. */
export function ReturnDecision(props: {
  id: string;
  label: string;
  hint: string;
  buttonLabel: string;
  rows: number;
  value: string;
  error: string | undefined;
  busy: boolean;
  onInput: (value: string) => void;
  onDecide: () => void;
}) {
  return (
    <div class="decision">
      <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
        <textarea
          id={props.id}
          rows={props.rows}
          maxLength={2000}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props.id, true, props.error)}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </FieldFrame>
      <button
        type="button"
        class="button button-warning"
        aria-disabled={props.busy ? 'true' : undefined}
        onClick={props.onDecide}
      >
        {props.buttonLabel}
      </button>
    </div>
  );
}
