import { useState } from 'preact/hooks';
import {
  type Dialogue,
  type QuestionRejectionReason,
  questionRejectionReasonSchema,
} from '#shared/domain/dialogue.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { dialogueApi, type StaffQuestion } from '../api/dialogue.ts';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { statusTone, useDialogueWords } from './i18n.ts';

/**
 * One dialogue's desk: the moderation queue (publish with corrected public wording, put to a leader, or
 * reject with a coded reason) and, during the session, the answer desk (each answer goes on the public page
 * as it is published). The asker's contact is never shown here: moderators work on the wording alone.
 */
export function QuestionDesk(props: { id: string }) {
  const w = useDialogueWords();
  const { session } = useSession();
  const flash = useFlash();
  const [message, setMessage] = useState<string | undefined>(flash);
  const dialogue = useResource(() => dialogueApi.get(props.id), [props.id]);
  const questions = useResource(() => dialogueApi.questions(props.id), [props.id]);
  const title =
    dialogue.resource.state === 'ready'
      ? w.d('deskTitle', { title: dialogue.resource.value.title })
      : w.d('openDesk');
  useDocumentTitle(title);
  if (!can.readDialogues(session.principal)) return <Forbidden />;
  const items = questions.resource.state === 'ready' ? questions.resource.value : [];
  const done = (text: string) => {
    setMessage(text);
    void questions.refresh();
  };
  const current = dialogue.resource.state === 'ready' ? dialogue.resource.value : undefined;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <StatusMessage message={message} />
      <ResourceStatus resource={dialogue.resource} onRetry={dialogue.reload} />
      {current ? (
        <>
          <MetaList
            grid
            items={[
              [
                w.d('colStatus'),
                <StatusBadge tone={statusTone[current.status]} label={w.status(current.status)} />,
              ],
              [
                w.d('colWhen'),
                `${formatDateTime(current.startsAt, w.lang)} – ${formatDateTime(current.endsAt, w.lang)}`,
              ],
            ]}
          />
          <p>
            <a href={sitePaths.dialogue(current.slug)}>{w.d('publicPage')}</a>
            {can.scheduleDialogues(session.principal) && current.status !== 'ended' ? (
              <>
                {' · '}
                <Link href={paths.dialogueEdit(current.id)}>{w.d('edit')}</Link>
              </>
            ) : null}
            {' · '}
            <button type="button" class="button button-quiet" onClick={() => void questions.refresh()}>
              {w.d('refresh')}
            </button>
          </p>
        </>
      ) : null}
      <ResourceStatus resource={questions.resource} onRetry={questions.reload} />
      {current && questions.resource.state === 'ready' ? (
        <>
          <section aria-labelledby="moderation-title">
            <h2 id="moderation-title">{w.d('moderationTitle')}</h2>
            {items.filter((question) => question.status === 'received').length === 0 ? (
              <p class="empty">{w.d('moderationEmpty')}</p>
            ) : null}
            {items
              .filter((question) => question.status === 'received')
              .map((question) => (
                <ModerationCard
                  key={`${question.id}-${question.version}`}
                  dialogue={current}
                  question={question}
                  onDone={done}
                />
              ))}
          </section>
          <section aria-labelledby="answer-desk-title">
            <h2 id="answer-desk-title">{w.d('answerDeskTitle')}</h2>
            <p>{w.d('answerDeskIntro')}</p>
            {items.filter((question) => question.status === 'published' || question.status === 'answered')
              .length === 0 ? (
              <p class="empty">{w.d('answerDeskEmpty')}</p>
            ) : null}
            {items
              .filter((question) => question.status === 'published' || question.status === 'answered')
              .map((question) => (
                <AnswerCard
                  key={`${question.id}-${question.version}`}
                  dialogue={current}
                  question={question}
                  onDone={done}
                />
              ))}
          </section>
          {items.some((question) => question.status === 'rejected') ? (
            <section aria-labelledby="rejected-title">
              <h2 id="rejected-title">{w.d('rejectedTitle')}</h2>
              <ul>
                {items
                  .filter((question) => question.status === 'rejected')
                  .map((question) => (
                    <li key={question.id}>
                      {question.publicText}
                      {question.rejection ? ` — ${w.reason(question.rejection.reason)}` : ''}
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

type CardProps = { dialogue: Dialogue; question: StaffQuestion; onDone: (message: string) => void };

function LeaderSelect(props: {
  id: string;
  dialogue: Dialogue;
  value: number;
  onChange: (index: number) => void;
}) {
  const w = useDialogueWords();
  return (
    <Field id={props.id} label={w.d('leader')}>
      <select
        {...controlOf(props.id, false, undefined)}
        value={String(props.value)}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      >
        {props.dialogue.leaders.map((leader, index) => (
          <option key={leader.name} value={String(index)}>
            {leader.name} — {leader.position}
          </option>
        ))}
      </select>
    </Field>
  );
}

function ModerationCard(props: CardProps) {
  const w = useDialogueWords();
  const { session } = useSession();
  const { question, dialogue } = props;
  const [publicText, setPublicText] = useState(question.publicText);
  const [askedBy, setAskedBy] = useState(question.askedBy);
  const [leaderIndex, setLeaderIndex] = useState(question.leaderIndex ?? 0);
  const [reason, setReason] = useState<QuestionRejectionReason>('off-topic');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = (name: string) => `q-${question.id}-${name}`;
  const act = async (run: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await run();
      props.onDone(message);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const may = can.moderateQuestions(session.principal);
  return (
    <article class="panel" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{w.d('receivedAt', { at: formatDateTime(question.receivedAt, w.lang) })}</h3>
      {error ? <ErrorNotice error={error} focus /> : null}
      <p>
        <strong>{w.d('originalText')}:</strong> {question.text}
      </p>
      {question.flags.length > 0 ? (
        <p class="notice notice-warning">
          {w.d('flags', { found: question.flags.map((flag) => flag.text).join(', ') })}
        </p>
      ) : null}
      <Field id={id('public')} label={w.d('publicText')}>
        <textarea
          {...controlOf(id('public'), false, undefined)}
          rows={4}
          value={publicText}
          readOnly={!may}
          onInput={(event) => setPublicText(event.currentTarget.value)}
        />
      </Field>
      <Field id={id('asked-by')} label={w.d('askedBy')} hint={w.d('askedByHint')}>
        <input
          {...controlOf(id('asked-by'), true, undefined)}
          value={askedBy}
          readOnly={!may}
          onInput={(event) => setAskedBy(event.currentTarget.value)}
        />
      </Field>
      {may ? (
        <>
          <LeaderSelect id={id('leader')} dialogue={dialogue} value={leaderIndex} onChange={setLeaderIndex} />
          <p class="actions">
            <ActionButton
              emphasis="primary"
              busy={busy}
              onClick={() =>
                act(async () => {
                  const published = await dialogueApi.publish(dialogue.id, question.id, {
                    expectedVersion: question.version,
                    publicText,
                    askedBy,
                  });
                  if (leaderIndex !== (question.leaderIndex ?? 0) || question.leaderIndex === undefined)
                    await dialogueApi.assign(dialogue.id, question.id, {
                      expectedVersion: published.version,
                      leaderIndex,
                    });
                }, w.d('published'))
              }
            >
              {w.d('publish')}
            </ActionButton>{' '}
            <ActionButton
              emphasis="secondary"
              busy={busy}
              onClick={() =>
                act(
                  () =>
                    dialogueApi.edit(dialogue.id, question.id, {
                      expectedVersion: question.version,
                      publicText,
                      askedBy,
                    }),
                  w.d('wordingSaved'),
                )
              }
            >
              {w.d('saveWording')}
            </ActionButton>
          </p>
          <Field id={id('reason')} label={w.d('rejectReason')}>
            <select
              {...controlOf(id('reason'), false, undefined)}
              value={reason}
              onChange={(event) => {
                const parsed = questionRejectionReasonSchema.safeParse(event.currentTarget.value);
                if (parsed.success) setReason(parsed.data);
              }}
            >
              {questionRejectionReasonSchema.options.map((option) => (
                <option key={option} value={option}>
                  {w.reason(option)}
                </option>
              ))}
            </select>
          </Field>
          <ActionButton
            emphasis="warning"
            busy={busy}
            onClick={() =>
              act(
                () =>
                  dialogueApi.reject(dialogue.id, question.id, { expectedVersion: question.version, reason }),
                w.d('rejected'),
              )
            }
          >
            {w.d('reject')}
          </ActionButton>
        </>
      ) : null}
    </article>
  );
}

function AnswerCard(props: CardProps) {
  const w = useDialogueWords();
  const { session } = useSession();
  const { question, dialogue } = props;
  const [text, setText] = useState(question.answer?.text ?? '');
  const [leaderIndex, setLeaderIndex] = useState(question.leaderIndex ?? 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = (name: string) => `a-${question.id}-${name}`;
  const may = can.answerQuestions(session.principal);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await dialogueApi.answer(dialogue.id, question.id, {
        expectedVersion: question.version,
        text,
        leaderIndex,
      });
      props.onDone(w.d('answerPublished'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class="panel" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{question.publicText}</h3>
      <p>
        {w.d('askedBy')}: {question.askedBy}
      </p>
      {error ? <ErrorNotice error={error} focus /> : null}
      {may ? (
        <form onSubmit={submit} noValidate>
          <LeaderSelect id={id('leader')} dialogue={dialogue} value={leaderIndex} onChange={setLeaderIndex} />
          <Field id={id('text')} label={w.d('answerText')}>
            <textarea
              {...controlOf(id('text'), false, undefined)}
              rows={5}
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </Field>
          <ActionButton emphasis="primary" type="submit" busy={busy}>
            {question.answer ? w.d('answerCorrect') : w.d('publishAnswer')}
          </ActionButton>
        </form>
      ) : question.answer ? (
        <p>{question.answer.text}</p>
      ) : null}
    </article>
  );
}
