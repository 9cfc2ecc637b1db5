import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import * as z from 'zod';
import type { FeedbackItem, PersonalDataFlag } from '#shared/domain/feedback.ts';
import { feedbackApi } from '../api/feedback.ts';
import {
  FormErrors,
  type FormFields,
  failureOf,
  RestoredNotice,
  useFieldFailure,
  useFormStash,
} from '../components/form.tsx';
import { ActionButton, controlOf, Field } from '../components/ui.tsx';
import { type FeedbackKey, useFeedbackWords } from './i18n.ts';

/**
 * What the public will read of the question: the officer's anonymised title and text, exactly as stored,
 * with each finding of the personal-data check (the detail's `flags`) marked in place; and, for the
 * officer, the form that corrects it. The marks show the saved text: saving checks the new text again.
 */

type PublicField = 'publicTitle' | 'publicContent';

/** `text` with the flagged spans of one field marked (offsets from the API; the text as a fallback). */
function Marked(props: { text: string; flags: PersonalDataFlag[] }) {
  const words = useFeedbackWords();
  const spans: { start: number; end: number; flag: PersonalDataFlag }[] = [];
  for (const flag of props.flags) {
    const at =
      props.text.slice(flag.start, flag.end) === flag.text ? flag.start : props.text.indexOf(flag.text);
    if (at < 0 || spans.some((span) => at < span.end && at + flag.text.length > span.start)) continue;
    spans.push({ start: at, end: at + flag.text.length, flag });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: ComponentChildren[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(props.text.slice(from, span.start));
    parts.push(
      <mark class="flag" key={span.start}>
        {props.text.slice(span.start, span.end)}
        <span class="visually-hidden"> ({words.flagKind(span.flag.kind)})</span>
      </mark>,
    );
    from = span.end;
  }
  parts.push(props.text.slice(from));
  return <>{parts}</>;
}

/** The flags as a list a person checks one by one: kind, the text found, and where. */
export function FlagList(props: { flags: PersonalDataFlag[] }) {
  const words = useFeedbackWords();
  const { f } = words;
  if (props.flags.length === 0) {
    return <p class="notice notice-success">{f('flagsNone')}</p>;
  }
  return (
    <div class="notice notice-warning">
      <p class="notice-title">{f('flagsTitle', { n: props.flags.length })}</p>
      <ul>
        {props.flags.map((flag, index) => (
          <li key={`${flag.field}-${flag.start}-${index}`}>
            {f('flagEntry', {
              kind: words.flagKind(flag.kind),
              text: flag.text,
              field: f(flag.field === 'publicTitle' ? 'fieldPublicTitle' : 'fieldPublicContent'),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The public version as readers will see it, flags marked. */
export function PublicVersion(props: { item: FeedbackItem; flags: PersonalDataFlag[] }) {
  const { f } = useFeedbackWords();
  const { item, flags } = props;
  const of = (field: PublicField) => flags.filter((flag) => flag.field === field);
  return (
    <div class="public-version">
      <p class="public-version-label">{f('publicVersionShown')}</p>
      <p class="public-title">
        <Marked text={item.publicTitle} flags={of('publicTitle')} />
      </p>
      {/* One block with its line breaks kept, so the API's offsets point into the text as stored. */}
      <p class="public-content">
        <Marked text={item.publicContent} flags={of('publicContent')} />
      </p>
      <FlagList flags={flags} />
    </div>
  );
}

const formSchema = z.object({ publicTitle: z.string(), publicContent: z.string() });
type Form = z.infer<typeof formSchema>;

const fieldIds: Record<PublicField, string> = {
  publicTitle: 'public-title',
  publicContent: 'public-content',
};
const fieldLabels: Record<PublicField, FeedbackKey> = {
  publicTitle: 'fieldPublicTitle',
  publicContent: 'fieldPublicContent',
};

/**
 * The officer's correction of the public version (PUT public-text with expectedVersion). What was typed
 * stays in this tab until saved; the server's field errors show beside their fields.
 */
export function PublicTextForm(props: {
  item: FeedbackItem;
  onSaved: (item: FeedbackItem) => void;
  onReload: () => void;
}) {
  const { f, lang } = useFeedbackWords();
  const { item } = props;
  const base = (): Form => ({ publicTitle: item.publicTitle, publicContent: item.publicContent });
  const stash = useFormStash({
    key: `qtp-admin:feedback-public:${item.id}`,
    schema: formSchema,
    initial: base,
  });
  const failure = useFieldFailure<PublicField>();
  const [busy, setBusy] = useState(false);
  const fields: FormFields<PublicField> = {
    order: ['publicTitle', 'publicContent'],
    idOf: (name) => fieldIds[name],
    labelOf: (name) => f(fieldLabels[name]),
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    failure.setFailure(undefined);
    try {
      const saved = await feedbackApi.savePublicText(item.id, {
        ...stash.form,
        expectedVersion: item.version,
      });
      stash.sent();
      props.onSaved(saved);
    } catch (error) {
      failure.setFailure(
        failureOf(error, lang, (path) =>
          path === 'publicTitle' || path === 'publicContent' ? path : undefined,
        ),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="public-text-form" onSubmit={save} noValidate>
      {stash.restored ? (
        <RestoredNotice
          text={f('restoredUnsaved')}
          discardLabel={f('discardRestored')}
          onDiscard={() => stash.discard(base())}
        />
      ) : null}
      <FormErrors
        state={failure}
        fields={fields}
        conflict={{ title: f('conflict'), detail: f('conflictDetail'), reloadLabel: f('reload') }}
        onReload={props.onReload}
      />
      <Field
        id={fieldIds.publicTitle}
        label={f('fieldPublicTitle')}
        hint={f('fieldPublicTitleHint')}
        error={failure.errorOf('publicTitle')}
      >
        <input
          {...controlOf(fieldIds.publicTitle, true, failure.errorOf('publicTitle'))}
          type="text"
          maxLength={200}
          value={stash.form.publicTitle}
          onInput={(event) => stash.update({ publicTitle: event.currentTarget.value })}
        />
      </Field>
      <Field
        id={fieldIds.publicContent}
        label={f('fieldPublicContent')}
        hint={f('fieldPublicContentHint')}
        error={failure.errorOf('publicContent')}
      >
        <textarea
          {...controlOf(fieldIds.publicContent, true, failure.errorOf('publicContent'))}
          rows={8}
          maxLength={5000}
          value={stash.form.publicContent}
          onInput={(event) => stash.update({ publicContent: event.currentTarget.value })}
        />
      </Field>
      <p class="actions">
        <ActionButton type="submit" emphasis="primary" busy={busy}>
          {busy ? f('saving') : f('savePublicText')}
        </ActionButton>
      </p>
    </form>
  );
}
