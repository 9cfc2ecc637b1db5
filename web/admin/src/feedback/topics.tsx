import { useState } from 'preact/hooks';
import type { FeedbackTopic } from '#shared/domain/feedback.ts';
import { feedbackApi } from '../api/feedback.ts';
import { FormErrors, type FormFields, failureOf, useFieldFailure } from '../components/form.tsx';
import { useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  Field,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFocusOn,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { loadTopics } from './common.tsx';
import { type FeedbackKey, useFeedbackWords } from './i18n.ts';

/**
 * The subjects of the public form (lĩnh vực), kept by the feedback officer: list, add, edit, retire (an
 * inactive subject leaves the form but stays on the items that have it). Each change re-renders the form.
 */

type Name = 'slug' | 'nameVi' | 'nameEn' | 'order';
type Draft = { slug: string; nameVi: string; nameEn: string; order: string; active: boolean };

const ids: Record<Name, string> = {
  slug: 'topic-slug',
  nameVi: 'topic-name-vi',
  nameEn: 'topic-name-en',
  order: 'topic-order',
};
const labels: Record<Name, FeedbackKey> = {
  slug: 'fieldTopicSlug',
  nameVi: 'fieldTopicNameVi',
  nameEn: 'fieldTopicNameEn',
  order: 'fieldTopicOrder',
};
const isName = (path: string): path is Name => Object.hasOwn(ids, path);

function draftOf(topic: FeedbackTopic | undefined, nextOrder: number): Draft {
  return topic
    ? {
        slug: topic.slug,
        nameVi: topic.nameVi,
        nameEn: topic.nameEn,
        order: String(topic.order),
        active: topic.active,
      }
    : { slug: '', nameVi: '', nameEn: '', order: String(nextOrder), active: true };
}

function TopicForm(props: {
  topic: FeedbackTopic | undefined;
  nextOrder: number;
  onSaved: (topic: FeedbackTopic, created: boolean) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { f, lang } = useFeedbackWords();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.topic, props.nextOrder));
  const failure = useFieldFailure<Name>();
  const [busy, setBusy] = useState(false);
  const editing = props.topic;
  const heading = useFocusOn<HTMLHeadingElement>(editing?.slug);
  const fields: FormFields<Name> = {
    order: ['slug', 'nameVi', 'nameEn', 'order'],
    idOf: (name) => ids[name],
    labelOf: (name) => f(labels[name]),
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const order = Number(draft.order);
    if (!/^\d{1,3}$/.test(draft.order.trim())) {
      failure.invalid({ order: f('topicOrderInvalid') });
      return;
    }
    setBusy(true);
    failure.setFailure(undefined);
    const values = { nameVi: draft.nameVi, nameEn: draft.nameEn, order, active: draft.active };
    try {
      const saved = editing
        ? await feedbackApi.updateTopic(editing.slug, { ...values, expectedVersion: editing.version })
        : await feedbackApi.createTopic({ ...values, slug: draft.slug.trim() });
      props.onSaved(saved, !editing);
      if (!editing) setDraft(draftOf(undefined, order + 10));
    } catch (error) {
      failure.setFailure(failureOf(error, lang, (path) => (isName(path) ? path : undefined)));
    } finally {
      setBusy(false);
    }
  };
  const input = (name: Name, options: { hint?: FeedbackKey; max: number; readOnly?: boolean }) => (
    <Field
      id={ids[name]}
      label={f(labels[name])}
      hint={options.hint ? f(options.hint) : undefined}
      error={failure.errorOf(name)}
    >
      <input
        {...controlOf(ids[name], Boolean(options.hint), failure.errorOf(name))}
        type="text"
        maxLength={options.max}
        readOnly={options.readOnly}
        class={name === 'order' ? 'input-short' : undefined}
        inputMode={name === 'order' ? 'numeric' : undefined}
        value={draft[name]}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setDraft((previous) => ({ ...previous, [name]: value }));
        }}
      />
    </Field>
  );
  return (
    <section class="panel" aria-labelledby="topic-form-heading">
      <h2 id="topic-form-heading" tabIndex={-1} ref={heading}>
        {editing
          ? f('editTopicTitle', { name: lang === 'en' ? editing.nameEn : editing.nameVi })
          : f('newTopicTitle')}
      </h2>
      <form onSubmit={save} noValidate>
        <FormErrors
          state={failure}
          fields={fields}
          conflict={{ title: f('topicConflict'), detail: f('conflictDetail'), reloadLabel: f('reload') }}
          onReload={props.onReload}
        />
        <div class="form-grid">
          {input('slug', {
            hint: editing ? 'fieldTopicSlugFixed' : 'fieldTopicSlugHint',
            max: 80,
            readOnly: Boolean(editing),
          })}
          {input('order', { hint: 'fieldTopicOrderHint', max: 3 })}
          {input('nameVi', { max: 120 })}
          {input('nameEn', { max: 120 })}
        </div>
        <div class="field field-checkbox">
          <input
            id="topic-active"
            type="checkbox"
            checked={draft.active}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              setDraft((previous) => ({ ...previous, active: checked }));
            }}
          />
          <label for="topic-active">{f('fieldTopicActive')}</label>
        </div>
        <p class="actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {editing ? f('saveTopic') : f('createTopic')}
          </ActionButton>
          {editing ? (
            <button type="button" class="button button-quiet" onClick={props.onCancel}>
              {f('cancel')}
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}

export function TopicsPage() {
  const { f, lang } = useFeedbackWords();
  const { session } = useSession();
  useDocumentTitle(f('topicsTitle'));
  const allowed = can.readFeedbackTopics(session.principal);
  const manage = can.manageFeedbackTopics(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? loadTopics({ fresh: true }) : Promise.resolve([])),
    [allowed],
  );
  const [editing, setEditing] = useState<FeedbackTopic | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  if (!allowed) return <Forbidden />;
  const topics = resource.state === 'ready' ? [...resource.value].sort((a, b) => a.order - b.order) : [];
  const nextOrder = topics.reduce((highest, topic) => Math.max(highest, topic.order), 0) + 10;
  const name = (topic: FeedbackTopic) => (lang === 'en' ? topic.nameEn : topic.nameVi);
  return (
    <>
      <PageTitle>{f('topicsTitle')}</PageTitle>
      <p class="intro">{f('topicsIntro')}</p>
      <StatusMessage message={message} />
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={topics}
        empty={f('topicsEmpty')}
        caption={f('topicsTitle')}
        columns={[
          f('fieldTopicOrder'),
          f('fieldTopicSlug'),
          f('fieldTopicNameVi'),
          f('fieldTopicNameEn'),
          f('colStatus'),
          ...(manage ? [{ label: f('colActions'), hidden: true as const }] : []),
        ]}
        row={(topic) => (
          <tr key={topic.slug}>
            <td>{topic.order}</td>
            <td>
              <code>{topic.slug}</code>
            </td>
            <th scope="row">{topic.nameVi}</th>
            <td lang="en">{topic.nameEn}</td>
            <td>
              <StatusBadge
                tone={topic.active ? 'done' : 'closed'}
                label={topic.active ? f('topicActive') : f('topicInactive')}
              />
            </td>
            {manage ? (
              <td>
                <button type="button" class="button button-quiet" onClick={() => setEditing(topic)}>
                  {f('editTopic', { name: name(topic) })}
                </button>
              </td>
            ) : null}
          </tr>
        )}
      />
      {manage && resource.state === 'ready' ? (
        <TopicForm
          key={editing ? `${editing.slug}-${editing.version}` : 'new'}
          topic={editing}
          nextOrder={nextOrder}
          onCancel={() => setEditing(undefined)}
          onReload={() => void refresh()}
          onSaved={(saved, created) => {
            setEditing(undefined);
            setMessage(f(created ? 'topicCreated' : 'topicSaved', { name: name(saved) }));
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
