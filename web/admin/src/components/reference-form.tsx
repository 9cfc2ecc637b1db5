import { useState } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { FormErrors, type FormFields, failureOf, useFieldFailure } from './form.tsx';
import { ActionButton, controlOf, Field, useFocusOn } from './ui.tsx';

/**
 * The form of a piece of reference data (a category, an agency…): one text control per field, the key
 * fixed once created, the server's field errors placed by their field. Values go to the server as typed
 * (the API's zod schema is the one judge of what is valid); `toInput` only converts their types.
 */

export type ReferenceField<Name extends string> = {
  name: Name;
  label: string;
  hint?: string;
  max: number;
  /** Rows of a textarea (3 unless given). */
  rows?: number;
  /** The item's key: typed when creating, read-only afterwards. */
  isKey?: boolean;
  control?:
    | 'text'
    | 'number'
    | 'email'
    | 'url'
    | 'textarea'
    /** A yes/no value, kept in the draft as 'true' or 'false' (`checked` converts it). */
    | 'checkbox'
    | { options: { value: string; label: string }[] };
};

export type ReferenceDraft<Name extends string> = Record<Name, string>;

export type ReferenceFormWords = {
  newTitle: string;
  editTitle: string;
  create: string;
  save: string;
  conflictTitle: string;
};

export function ReferenceForm<Name extends string, Item>(props: {
  idPrefix: string;
  fields: readonly ReferenceField<Name>[];
  /** The item being edited, or undefined for a new one. */
  editing: Item | undefined;
  initial: ReferenceDraft<Name>;
  words: ReferenceFormWords;
  submit: (draft: ReferenceDraft<Name>) => Promise<Item>;
  onSaved: (item: Item, created: boolean) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<ReferenceDraft<Name>>(props.initial);
  const failure = useFieldFailure<Name>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusOn<HTMLHeadingElement>(props.editing);
  const idOf = (name: Name) => `${props.idPrefix}-${name}`;
  const byName = new Map(props.fields.map((field) => [field.name as string, field]));
  const fields: FormFields<Name> = {
    order: props.fields.map((field) => field.name),
    idOf,
    labelOf: (name) => byName.get(name)?.label ?? name,
  };
  const fieldOf = (path: string): Name | undefined => byName.get(path)?.name;
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    failure.setFailure(undefined);
    try {
      const saved = await props.submit(draft);
      props.onSaved(saved, !props.editing);
      if (!props.editing) setDraft(props.initial);
    } catch (error) {
      failure.setFailure(failureOf(error, lang, fieldOf));
    } finally {
      setBusy(false);
    }
  };
  const control = (field: ReferenceField<Name>) => {
    const id = idOf(field.name);
    const error = failure.errorOf(field.name);
    const aria = controlOf(id, Boolean(field.hint), error);
    const onInput = (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setDraft((previous) => ({ ...previous, [field.name]: value }));
    };
    const kind = field.control ?? 'text';
    if (typeof kind === 'object') {
      return (
        <select {...aria} value={draft[field.name]} onChange={onInput}>
          {kind.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    if (kind === 'checkbox') {
      return (
        <input
          {...aria}
          type="checkbox"
          checked={draft[field.name] === 'true'}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            setDraft((previous) => ({ ...previous, [field.name]: checked ? 'true' : 'false' }));
          }}
        />
      );
    }
    if (kind === 'textarea') {
      return (
        <textarea
          {...aria}
          rows={field.rows ?? 3}
          maxLength={field.max}
          value={draft[field.name]}
          onInput={onInput}
        />
      );
    }
    const common = {
      ...aria,
      maxLength: field.max,
      readOnly: field.isKey && Boolean(props.editing),
      value: draft[field.name],
      onInput,
    };
    if (kind === 'email') return <input {...common} type="email" autoComplete="off" />;
    if (kind === 'url') return <input {...common} type="url" />;
    if (kind === 'number') return <input {...common} type="text" inputMode="numeric" class="input-short" />;
    return <input {...common} type="text" />;
  };
  const headingId = `${props.idPrefix}-form-heading`;
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        {props.editing ? props.words.editTitle : props.words.newTitle}
      </h2>
      <form onSubmit={save} noValidate>
        <FormErrors
          state={failure}
          fields={fields}
          conflict={{
            title: props.words.conflictTitle,
            detail: t('conflictDetail'),
            reloadLabel: t('reload'),
          }}
          onReload={props.onReload}
        />
        <div class="form-grid">
          {props.fields.map((field) => (
            <Field
              key={field.name}
              id={idOf(field.name)}
              label={field.label}
              hint={field.hint}
              error={failure.errorOf(field.name)}
            >
              {control(field)}
            </Field>
          ))}
        </div>
        <p class="actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {props.editing ? props.words.save : props.words.create}
          </ActionButton>
          {props.editing ? (
            <button type="button" class="button button-quiet" onClick={props.onCancel}>
              {t('cancel')}
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}

/** A number field as typed: what is not a number goes as NaN (null in JSON), which the API refuses by field. */
export const typedNumber = (value: string): number =>
  value.trim() === '' ? Number.NaN : Number(value.trim());

/** A checkbox field's value. */
export const checked = (value: string): boolean => value === 'true';

/** An optional text field: empty is absent. */
export const optionalText = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value.trim();
