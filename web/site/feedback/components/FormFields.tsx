import type { FieldProblem } from '#shared/domain/problem.ts';
import { feedbackLabels as text } from '../i18n.ts';

/**
 * Form fields after GOV.UK's patterns (govuk-frontend: label, hint, error message, input): the label
 * names the field, the hint and the error message are tied to the control by aria-describedby, and an
 * invalid control says so with aria-invalid. Every message is Vietnamese first, then English marked
 * lang="en" so that screen readers switch voice (WCAG 2.1 SC 3.1.2). The forms work with JavaScript off:
 * the server validates and the page comes back with the errors and everything typed.
 */

export type Bilingual = { vi: string; en: string };

/** The ids that describe a control: its hint, its error message, and any note it shares. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

const errorId = (id: string) => `${id}-error`;
const hintId = (id: string) => `${id}-hint`;

/** One field's error messages, right above its control. */
export function ErrorMessage({ id, errors }: { id: string; errors: FieldProblem[] }) {
  if (errors.length === 0) return null;
  return (
    <p class="field__error" id={errorId(id)}>
      {errors.map((error) => (
        <span class="field__error-line">
          <span class="vh">{text.errorPrefix} </span>
          {error.message} <span lang="en">{error.messageEn}</span>
        </span>
      ))}
    </p>
  );
}

function Label({ id, label, optional }: { id: string; label: string; optional: boolean }) {
  return (
    <label class="field__label" for={id}>
      {label}
      {optional ? <span class="field__optional"> {text.optional}</span> : null}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p class="field__hint" id={hintId(id)}>
      {hint}
    </p>
  ) : null;
}

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  optional?: boolean;
  errors: FieldProblem[];
  /** Ids of notes outside the field that also describe it (the phone-or-e-mail note). */
  notes?: string[];
};

const fieldClass = (errors: FieldProblem[]) => (errors.length > 0 ? 'field field--error' : 'field');

function controlAria(props: FieldProps) {
  const invalid = props.errors.length > 0;
  return {
    'aria-invalid': invalid ? 'true' : undefined,
    'aria-describedby': describedBy(
      props.hint ? hintId(props.id) : undefined,
      ...(props.notes ?? []),
      invalid ? errorId(props.id) : undefined,
    ),
  };
}

export function TextInput(
  props: FieldProps & {
    value: string;
    type?: 'text' | 'tel' | 'email';
    autocomplete?: string;
    inputmode?: 'text' | 'tel' | 'email';
    spellcheck?: boolean;
    width?: 'short' | 'medium' | 'full';
  },
) {
  return (
    <div class={fieldClass(props.errors)}>
      <Label id={props.id} label={props.label} optional={props.optional ?? false} />
      <Hint id={props.id} hint={props.hint} />
      <ErrorMessage id={props.id} errors={props.errors} />
      <input
        class={`input input--${props.width ?? 'full'}`}
        type={props.type ?? 'text'}
        id={props.id}
        name={props.name}
        value={props.value}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        spellcheck={props.spellcheck}
        {...controlAria(props)}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; rows?: number }) {
  return (
    <div class={fieldClass(props.errors)}>
      <Label id={props.id} label={props.label} optional={props.optional ?? false} />
      <Hint id={props.id} hint={props.hint} />
      <ErrorMessage id={props.id} errors={props.errors} />
      {/*
        No maxlength: it cuts pasted text without a word (GOV.UK's advice). The hint gives the limit and
        the server says when it is passed, with the text kept.
        A leading newline is eaten by the HTML parser, so one is added when the value starts with one.
      */}
      <textarea
        class="textarea"
        id={props.id}
        name={props.name}
        rows={props.rows ?? 5}
        {...controlAria(props)}
      >
        {props.value.startsWith('\n') ? `\n${props.value}` : props.value}
      </textarea>
    </div>
  );
}

export type Option = { value: string; label: string };

export function Select(props: FieldProps & { value: string; options: Option[] }) {
  // A value the list does not offer (an agency since removed, say) is still shown, not silently dropped.
  const options =
    props.value !== '' && !props.options.some((option) => option.value === props.value)
      ? [...props.options, { value: props.value, label: props.value }]
      : props.options;
  return (
    <div class={fieldClass(props.errors)}>
      <Label id={props.id} label={props.label} optional={props.optional ?? false} />
      <Hint id={props.id} hint={props.hint} />
      <ErrorMessage id={props.id} errors={props.errors} />
      <select class="select" id={props.id} name={props.name} {...controlAria(props)}>
        {options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Radios in a fieldset whose legend asks the question. The first radio has the field's id, so an error
 * summary link lands on it (GOV.UK's convention); the fieldset carries the hint and the error.
 */
export function RadioGroup(
  props: FieldProps & { value: string; options: (Option & { hint?: string })[]; inline?: boolean },
) {
  const invalid = props.errors.length > 0;
  return (
    <div class={fieldClass(props.errors)}>
      <fieldset
        class="fieldset"
        aria-describedby={describedBy(
          props.hint ? hintId(props.id) : undefined,
          invalid ? errorId(props.id) : undefined,
        )}
      >
        <legend class="fieldset__legend">{props.label}</legend>
        <Hint id={props.id} hint={props.hint} />
        <ErrorMessage id={props.id} errors={props.errors} />
        <div class={props.inline ? 'radios radios--inline' : 'radios'}>
          {props.options.map((option, index) => {
            const id = index === 0 ? props.id : `${props.id}-${option.value}`;
            return (
              <div class="choice">
                <input
                  class="choice__input"
                  type="radio"
                  id={id}
                  name={props.name}
                  value={option.value}
                  checked={option.value === props.value}
                />
                <label class="choice__label" for={id}>
                  {option.label}
                  {option.hint ? <span class="choice__hint"> — {option.hint}</span> : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One checkbox that must be ticked by the person, never by the page (consent, a confirmation). */
export function Checkbox(props: FieldProps & { value: string; checked: boolean }) {
  return (
    <div class={fieldClass(props.errors)}>
      <Hint id={props.id} hint={props.hint} />
      <ErrorMessage id={props.id} errors={props.errors} />
      <div class="choice">
        <input
          class="choice__input"
          type="checkbox"
          id={props.id}
          name={props.name}
          value={props.value}
          checked={props.checked}
          {...controlAria(props)}
        />
        <label class="choice__label" for={props.id}>
          {props.label}
        </label>
      </div>
    </div>
  );
}

/**
 * GOV.UK's error summary: at the top of the form, a heading, then each error as a link to its field.
 * It takes focus when the page loads (autofocus: no script needed), and role="alert" announces it.
 * Errors that belong to no field on the page (the whole body, a hidden field) are listed as text.
 */
export function ErrorSummary({
  errors,
  fields,
}: {
  errors: FieldProblem[];
  /** The page's fields by name: the control's id and the field's name in both languages. */
  fields: Record<string, { id: string; label: Bilingual } | undefined>;
}) {
  if (errors.length === 0) return null;
  // In the order of the page (GOV.UK): errors of the whole form first, then field by field.
  const order = Object.keys(fields);
  const rank = (error: FieldProblem) => order.indexOf(error.path.split('.')[0] ?? '');
  const ordered = [...errors].sort((a, b) => rank(a) - rank(b));
  return (
    <div class="error-summary" tabindex={-1} autofocus>
      <div role="alert">
        <h2 class="error-summary__title">
          {text.errorSummaryTitle.vi} <span lang="en">/ {text.errorSummaryTitle.en}</span>
        </h2>
        <ul class="error-summary__list">
          {ordered.map((error) => {
            const field = fields[error.path.split('.')[0] ?? ''];
            if (!field)
              return (
                <li>
                  {error.message} <span lang="en">{error.messageEn}</span>
                </li>
              );
            return (
              <li>
                <a href={`#${field.id}`}>
                  {field.label.vi}: {error.message}{' '}
                  <span lang="en">
                    {field.label.en}: {error.messageEn}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
