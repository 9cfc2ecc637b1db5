import { useState } from 'preact/hooks';
import type { Dialogue } from '#shared/domain/dialogue.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime, isoToVietnamLocal } from '#shared/time/vietnam.ts';
import { dialogueApi } from '../api/dialogue.ts';
import { FormErrors, failureOf, useFieldFailure } from '../components/form.tsx';
import { ResourceStatus, useLoaded, useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  Field,
  Forbidden,
  Link,
  Loading,
  PageTitle,
  StatusMessage,
  setFlash,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { type DialogueRoute, navigate, paths } from '../router.ts';
import { QuestionDesk } from './desk.tsx';
import { statusTone, useDialogueWords } from './i18n.ts';

/**
 * Online dialogue screens: one chunk, loaded when a dialogue route is first opened. The list, the form that
 * schedules or changes a dialogue, and the desk where moderators publish questions and staff publish answers.
 */
export function DialogueScreen(props: { route: DialogueRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'dialogueList':
      return <DialogueListPage />;
    case 'dialogueNew':
      return <DialogueFormPage key="new" />;
    case 'dialogueEdit':
      return <DialogueFormPage key={route.id} id={route.id} />;
    case 'dialogueDesk':
      return <QuestionDesk key={route.id} id={route.id} />;
  }
}

function DialogueListPage() {
  const w = useDialogueWords();
  const { session } = useSession();
  const flash = useFlash();
  useDocumentTitle(w.d('listTitle'));
  const list = useResource(() => dialogueApi.list(), []);
  const items = list.resource.state === 'ready' ? list.resource.value : [];
  if (!can.readDialogues(session.principal)) return <Forbidden />;
  return (
    <>
      <PageTitle>{w.d('listTitle')}</PageTitle>
      <StatusMessage message={flash} />
      <p>{w.d('listIntro')}</p>
      {can.scheduleDialogues(session.principal) ? (
        <p>
          <Link href={paths.dialogueNew()} class="button button-primary">
            {w.d('newDialogue')}
          </Link>
        </p>
      ) : null}
      <ItemTable
        resource={list.resource}
        onRetry={list.reload}
        items={items}
        empty={w.d('listEmpty')}
        caption={w.d('listTitle')}
        columns={[w.d('colTitle'), w.d('colWhen'), w.d('colStatus'), w.d('colActions')]}
        row={(dialogue: Dialogue) => (
          <tr key={dialogue.id}>
            <td>
              <Link href={paths.dialogueDesk(dialogue.id)}>{dialogue.title}</Link>
            </td>
            <td>
              {formatDateTime(dialogue.startsAt, w.lang)} – {formatDateTime(dialogue.endsAt, w.lang)}
            </td>
            <td>
              <StatusBadge tone={statusTone[dialogue.status]} label={w.status(dialogue.status)} />
            </td>
            <td>
              <Link href={paths.dialogueDesk(dialogue.id)}>{w.d('openDesk')}</Link>
              {can.scheduleDialogues(session.principal) && dialogue.status !== 'ended' ? (
                <>
                  {' · '}
                  <Link href={paths.dialogueEdit(dialogue.id)}>{w.d('edit')}</Link>
                </>
              ) : null}
              {' · '}
              <a href={sitePaths.dialogue(dialogue.slug)}>{w.d('publicPage')}</a>
            </td>
          </tr>
        )}
      />
    </>
  );
}

type FieldName =
  | 'title'
  | 'topic'
  | 'description'
  | 'leaders'
  | 'startsAt'
  | 'endsAt'
  | 'questionsOpenAt'
  | 'questionsCloseAt'
  | 'videoUrl';
const fieldOrder: readonly FieldName[] = [
  'title',
  'topic',
  'description',
  'leaders',
  'questionsOpenAt',
  'startsAt',
  'questionsCloseAt',
  'endsAt',
  'videoUrl',
];
const fieldLabelKey = {
  title: 'fieldTitle',
  topic: 'fieldTopic',
  description: 'fieldDescription',
  leaders: 'fieldLeaders',
  startsAt: 'fieldStartsAt',
  endsAt: 'fieldEndsAt',
  questionsOpenAt: 'fieldQuestionsOpenAt',
  questionsCloseAt: 'fieldQuestionsCloseAt',
  videoUrl: 'fieldVideoUrl',
} as const;
const fieldId = (name: FieldName) => `dialogue-${name}`;
const isField = (path: string): path is FieldName => (fieldOrder as readonly string[]).includes(path);

type Values = Record<FieldName, string>;
const local = (iso: string) => isoToVietnamLocal(new Date(iso));
const valuesOf = (dialogue: Dialogue | undefined): Values => ({
  title: dialogue?.title ?? '',
  topic: dialogue?.topic ?? '',
  description: dialogue?.description ?? '',
  leaders: dialogue?.leaders.map((leader) => `${leader.name} — ${leader.position}`).join('\n') ?? '',
  startsAt: dialogue ? local(dialogue.startsAt) : '',
  endsAt: dialogue ? local(dialogue.endsAt) : '',
  questionsOpenAt: dialogue ? local(dialogue.questionsOpenAt) : '',
  questionsCloseAt: dialogue ? local(dialogue.questionsCloseAt) : '',
  videoUrl: dialogue?.videoUrl ?? '',
});

/** "Name — Position" lines; the API checks each part. */
const leadersOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...position] = line.split(/\s+[—–-]\s+/);
      return { name: name.trim(), position: position.join(' - ').trim() };
    });

function DialogueFormPage(props: { id?: string }) {
  const w = useDialogueWords();
  const { session } = useSession();
  const settings = useLoaded(() => dialogueApi.settings());
  const existing = useResource(
    () => (props.id ? dialogueApi.get(props.id) : Promise.resolve(undefined)),
    [props.id],
  );
  const title = props.id ? w.d('formEditTitle') : w.d('formNewTitle');
  useDocumentTitle(title);
  if (!can.scheduleDialogues(session.principal)) return <Forbidden />;
  if (existing.resource.state !== 'ready')
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <ResourceStatus resource={existing.resource} onRetry={existing.reload} />
      </>
    );
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <DialogueForm
        dialogue={existing.resource.value}
        hosts={settings?.videoHosts ?? []}
        onReload={existing.reload}
      />
    </>
  );
}

function DialogueForm(props: { dialogue: Dialogue | undefined; hosts: string[]; onReload: () => void }) {
  const w = useDialogueWords();
  const [values, setValues] = useState<Values>(() => valuesOf(props.dialogue));
  const [busy, setBusy] = useState(false);
  const state = useFieldFailure<FieldName>();
  const set = (name: FieldName) => (event: Event) => {
    const target = event.currentTarget;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
      setValues((previous) => ({ ...previous, [name]: target.value }));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    state.setFailure(undefined);
    const input = {
      title: values.title,
      topic: values.topic,
      description: values.description,
      leaders: leadersOf(values.leaders),
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      questionsOpenAt: values.questionsOpenAt,
      questionsCloseAt: values.questionsCloseAt,
      ...(values.videoUrl.trim() ? { videoUrl: values.videoUrl.trim() } : {}),
    };
    try {
      const saved = props.dialogue
        ? await dialogueApi.update(props.dialogue.id, { ...input, expectedVersion: props.dialogue.version })
        : await dialogueApi.create(input);
      setFlash(w.d('saved'));
      navigate(paths.dialogueDesk(saved.id));
    } catch (error) {
      state.setFailure(
        failureOf(error, w.lang, (path) => {
          const first = path.split('.')[0] ?? '';
          return isField(first) ? first : undefined;
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const field = (name: FieldName, control: 'input' | 'textarea' | 'datetime', hint?: string) => {
    const error = state.errorOf(name);
    const common = { ...controlOf(fieldId(name), Boolean(hint), error), name, value: values[name] };
    return (
      <Field id={fieldId(name)} label={w.d(fieldLabelKey[name])} hint={hint} error={error}>
        {control === 'textarea' ? (
          <textarea {...common} rows={name === 'leaders' ? 4 : 6} onInput={set(name)} />
        ) : control === 'datetime' ? (
          <input {...common} type="datetime-local" onInput={set(name)} />
        ) : (
          <input {...common} type="text" onInput={set(name)} />
        )}
      </Field>
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormErrors
        state={state}
        fields={{ order: fieldOrder, idOf: fieldId, labelOf: (name) => w.d(fieldLabelKey[name]) }}
        conflict={{ title: w.d('conflictTitle'), detail: w.d('conflictDetail'), reloadLabel: w.d('reload') }}
        onReload={props.onReload}
      />
      {field('title', 'input')}
      {field('topic', 'input')}
      {field('description', 'textarea')}
      {field('leaders', 'textarea', w.d('fieldLeadersHint'))}
      {field('questionsOpenAt', 'datetime', w.d('timesHint'))}
      {field('startsAt', 'datetime', w.d('timesHint'))}
      {field('questionsCloseAt', 'datetime', w.d('timesHint'))}
      {field('endsAt', 'datetime', w.d('timesHint'))}
      {field('videoUrl', 'input', w.d('fieldVideoUrlHint', { hosts: props.hosts.join(', ') }))}
      <ActionButton emphasis="primary" type="submit" busy={busy}>
        {w.d('save')}
      </ActionButton>
      {busy ? <Loading /> : null}
    </form>
  );
}
