import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FeedbackItem } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { type FeedbackDetailAnswer, feedbackApi } from '../api/feedback.ts';
import { DecisionPanel } from '../components/decision-panel.tsx';
import { useAgencyName } from '../components/directory.ts';
import { formatDate } from '../components/format.ts';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import {
  Forbidden,
  Link,
  Loading,
  MetaList,
  PageTitle,
  StatusMessage,
  setFlash,
  useDocumentTitle,
  useFocusOn,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import {
  AttachmentList,
  DeadlineBadge,
  FeedbackHistory,
  FeedbackStatusBadge,
  Timeline,
  useTopicName,
} from './common.tsx';
import { useFeedbackWords } from './i18n.ts';
import { ContactPanel, OfficerActions } from './officer-actions.tsx';
import { FlagList, PublicTextForm, PublicVersion } from './public-text.tsx';

/**
 * One item, for whoever opens it: the officer (original text and attachments, the public version with its
 * personal-data flags, the contact on demand, possible duplicates, the routing decisions), the agency it is
 * forwarded to (the question, the answer or a decline), the director (the public page as it will be, the
 * flags, approve or return). Every section comes from the one detail read (`{ item, flags, duplicates?,
 * history }`), read again after each action so the flags and the history follow.
 */
export function FeedbackItemPage(props: { id: string }) {
  const words = useFeedbackWords();
  const { f, lang } = words;
  const { session } = useSession();
  const principal = session.principal;
  const agencyName = useAgencyName();
  const topicName = useTopicName();
  const allowed =
    can.handleFeedback(principal) || can.answerFeedback(principal) || can.decideAnswers(principal);
  const { resource, refresh } = useResource<FeedbackDetailAnswer | undefined>(
    () => (allowed ? feedbackApi.detail(props.id) : Promise.resolve(undefined)),
    [props.id, allowed],
  );
  const detail = resource.state === 'ready' ? resource.value : undefined;
  const item = detail?.item;
  const [message, setMessage] = useState<string | undefined>();
  const messageRef = useFocusOn(message);
  const heading = item ? `${words.kind(item.kind)} ${item.code}` : f('itemTitle');
  useDocumentTitle(heading);
  if (!allowed) return <Forbidden />;

  /** After an action: say what happened and read the item again (new flags, new history). */
  const acted = (_updated: FeedbackItem, text: string) => {
    setMessage(text);
    void refresh();
  };
  const reload = () => void refresh();
  const officer = can.handleFeedback(principal);
  const agency = can.answerFeedback(principal);
  const director = can.decideAnswers(principal);
  const editable = item && item.status !== 'rejected' && item.status !== 'merged';

  return (
    <>
      <p class="breadcrumb">
        {officer ? (
          <Link href={paths.feedbackQueue()}>{f('queueTitle')}</Link>
        ) : agency ? (
          <Link href={paths.feedbackInbox()}>{f('inboxTitle')}</Link>
        ) : (
          <Link href={paths.feedbackApprovals()}>{f('approvalsTitle')}</Link>
        )}
      </p>
      <PageTitle>{heading}</PageTitle>
      <ResourceStatus resource={resource} onRetry={reload} />
      {detail && item ? (
        <>
          <p class="status-line" aria-live="polite" aria-atomic="true">
            <span>
              {f('colStatus')}: <FeedbackStatusBadge status={item.status} />
            </span>
            <DeadlineBadge item={item} />
          </p>
          <div ref={messageRef} tabIndex={-1}>
            <StatusMessage message={message} />
          </div>
          {item.status === 'published' ? (
            <p class="notice notice-success">
              <a href={sitePaths.feedbackAnswer(item.code)}>{f('publicPage', { code: item.code })}</a>
            </p>
          ) : null}
          {item.returnNote && item.status === 'forwarded' ? (
            <div class="notice notice-warning">
              <p class="notice-title">{f('returnNoteTitle')}</p>
              <p>{item.returnNote}</p>
            </div>
          ) : null}

          {director && item.status === 'answered' ? (
            <DirectorDecision detail={detail} onDecided={acted} onReload={reload} />
          ) : null}

          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{f('factsTitle')}</h2>
            <MetaList
              grid
              items={[
                [f('fieldKind'), words.kind(item.kind)],
                [f('fieldTopic'), topicName(item.topicSlug)],
                [f('receivedAt'), formatDateTime(item.receivedAt, lang)],
                [f('forwardDueOn'), formatDate(item.forwardDueOn)],
                Boolean(item.agencyId) && [f('fieldAgency'), agencyName(item.agencyId ?? '')],
                Boolean(item.answerDueOn) && [
                  f('answerDueOn'),
                  f('answerDueValue', {
                    date: formatDate(item.answerDueOn ?? ''),
                    n: item.answerWorkingDays ?? 0,
                  }),
                ],
                Boolean(item.concerns.agencyId) && [
                  f('concernsAgency'),
                  agencyName(item.concerns.agencyId ?? ''),
                ],
                Boolean(item.concerns.documentLabel) && [f('concernsDocument'), item.concerns.documentLabel],
                Boolean(item.concerns.procedure) && [f('concernsProcedure'), item.concerns.procedure],
                item.rejection && [
                  f('rejectionTitle'),
                  [words.reason(item.rejection.reason), item.rejection.duplicateOf, item.rejection.note]
                    .filter(Boolean)
                    .join(' · '),
                ],
                item.mergedInto && [f('mergedIntoTitle'), item.mergedInto.code],
                item.mergedItems.length > 0 && [
                  f('mergedItemsTitle'),
                  item.mergedItems.map((merged) => merged.code).join(', '),
                ],
                item.rating && [
                  f('ratingTitle'),
                  f('ratingValue', { score: item.rating.score, comment: item.rating.comment ?? '' }),
                ],
                Boolean(item.reopenReason) && [f('reopenReasonTitle'), item.reopenReason],
                Boolean(item.anonymisedAt) && [f('anonymisedAt'), formatDateTime(item.anonymisedAt, lang)],
              ]}
            />
          </section>

          {item.answer && !(director && item.status === 'answered') ? (
            <section aria-labelledby="answer-heading">
              <h2 id="answer-heading">{f('answerTitle', { agency: item.answer.agencyName })}</h2>
              <p class="hint">
                {f('answeredBy', {
                  name: item.answer.answeredBy,
                  at: formatDateTime(item.answer.answeredAt, lang),
                })}
              </p>
              {/* Sanitized by the API when it was recorded (shared/text/rich-text.ts), as the public page shows it. */}
              <div class="answer-html" dangerouslySetInnerHTML={{ __html: item.answer.html }} />
              <AttachmentList files={item.answer.attachments} />
            </section>
          ) : null}

          <section aria-labelledby="public-heading">
            <h2 id="public-heading">{f('publicVersionTitle')}</h2>
            <p class="hint">{f('publicVersionHint')}</p>
            <PublicVersion item={item} flags={detail.flags} />
            {officer && can.editPublicText(principal) && editable ? (
              <details class="public-text-editor">
                <summary>{f('editPublicText')}</summary>
                <PublicTextForm
                  key={item.version}
                  item={item}
                  onSaved={(saved) => acted(saved, f('publicTextSaved'))}
                  onReload={reload}
                />
              </details>
            ) : null}
          </section>

          <section aria-labelledby="original-heading">
            <h2 id="original-heading">{f('originalTitle')}</h2>
            <p class="hint">{f('originalHint')}</p>
            <div class="original">
              <p class="public-title">{item.title}</p>
              <p class="public-content">{item.content}</p>
            </div>
            <h3>{f('attachmentsTitle')}</h3>
            <AttachmentList
              files={item.attachments}
              download={async (index) => {
                const link = await feedbackApi.attachment(item.id, index);
                window.location.assign(link.url);
                void refresh();
              }}
            />
          </section>

          {can.readFeedbackContact(principal) ? <ContactPanel itemId={item.id} onRead={reload} /> : null}

          {detail.duplicates && detail.duplicates.length > 0 ? (
            <section aria-labelledby="duplicates-heading">
              <h2 id="duplicates-heading">{f('duplicatesTitle')}</h2>
              <p class="hint">{f('duplicatesHint')}</p>
              <ul class="duplicate-list">
                {detail.duplicates.map((duplicate) => (
                  <li key={duplicate.id}>
                    <Link href={paths.feedbackItem(duplicate.id)}>
                      {duplicate.code}: {duplicate.publicTitle}
                    </Link>{' '}
                    <FeedbackStatusBadge status={duplicate.status} />{' '}
                    <span class="hint">{f('similarity', { n: Math.round(duplicate.similarity * 100) })}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {officer ? (
            <OfficerActions
              item={item}
              can={{
                classify: can.classifyFeedback(principal),
                forward: can.handleFeedback(principal),
                reject: can.rejectFeedback(principal),
                merge: can.mergeFeedback(principal),
              }}
              onActed={acted}
              onReload={reload}
            />
          ) : null}

          {agency && item.status === 'forwarded' ? (
            <AgencyActions item={item} onActed={acted} onReload={reload} />
          ) : null}

          <Timeline events={item.timeline} />
          <FeedbackHistory history={detail.history} />
        </>
      ) : null}
    </>
  );
}

type AnswerModule = {
  AnswerForm: ComponentType<{
    item: FeedbackItem;
    onAnswered: (item: FeedbackItem) => void;
    onReload: () => void;
  }>;
};
let answerModule: Promise<AnswerModule> | undefined;

/** The agency's two ways out: answer (rich text, a chunk of its own) or decline as outside its competence. */
function AgencyActions(props: {
  item: FeedbackItem;
  onActed: (item: FeedbackItem, message: string) => void;
  onReload: () => void;
}) {
  const { f } = useFeedbackWords();
  const { item } = props;
  const [loaded, setLoaded] = useState<AnswerModule | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    answerModule ??= import('./answer-form.tsx');
    answerModule.then(setLoaded, (error: unknown) => {
      console.error(error);
      answerModule = undefined;
      setFailed(true);
    });
  }, []);
  return (
    <>
      <section class="panel" aria-labelledby="answer-form-heading">
        <h2 id="answer-form-heading">{f('answerFormTitle')}</h2>
        <p class="hint">{f('answerFormIntro')}</p>
        {loaded ? (
          <loaded.AnswerForm
            key={item.version}
            item={item}
            onAnswered={(answered) => props.onActed(answered, f('answerSent'))}
            onReload={props.onReload}
          />
        ) : failed ? (
          <p class="notice notice-error" role="alert">
            {f('chunkFailed')}
          </p>
        ) : (
          <Loading />
        )}
      </section>
      <section class="panel" aria-labelledby="decline-heading">
        <h2 id="decline-heading">{f('declineTitle')}</h2>
        <p class="hint">{f('declineIntro')}</p>
        <DecisionPanel
          key={item.version}
          conflictTitle={f('conflict')}
          reloadLabel={f('reload')}
          onReload={props.onReload}
          // Declined, the item is no longer the agency's to read: back to its inbox, which says so.
          onDecided={(_declined, message) => {
            setFlash(message);
            navigate(paths.feedbackInbox());
          }}
          outcomes={[
            {
              label: f('decline'),
              emphasis: 'warning',
              note: {
                id: 'decline-reason',
                label: f('fieldDeclineReason'),
                hint: f('fieldDeclineReasonHint'),
                rows: 3,
                path: 'reason',
                required: { minLength: 10, message: f('declineReasonRequired') },
              },
              decide: ({ note }) =>
                feedbackApi.decline(item.id, { reason: note, expectedVersion: item.version }),
              done: () => f('declined'),
            },
          ]}
        />
      </section>
    </>
  );
}

/**
 * The director's decision on an answer: the public page as readers will see it (rendered by the public
 * site's renderer, in a sandboxed frame: no scripts, no navigation of this page), the personal-data flags
 * left in the question, approve (ticking that the flagged text was checked, when there is some) or return.
 */
function DirectorDecision(props: {
  detail: FeedbackDetailAnswer;
  onDecided: (item: FeedbackItem, message: string) => void;
  onReload: () => void;
}) {
  const { f } = useFeedbackWords();
  const { session } = useSession();
  const { item, flags } = props.detail;
  const preview = useResource(
    () => (can.previewAnswers(session.principal) ? feedbackApi.preview(item.id) : Promise.resolve('')),
    [item.id, item.version],
  );
  const expectedVersion = item.version;
  return (
    <div class="review-layout">
      <section class="review-preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{f('previewTitle')}</h2>
        <ResourceStatus resource={preview.resource} onRetry={preview.reload} />
        {preview.resource.state === 'ready' && preview.resource.value ? (
          <iframe
            class="preview-frame"
            title={f('previewTitle')}
            sandbox=""
            srcdoc={preview.resource.value}
          />
        ) : null}
      </section>
      <aside class="review-side" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{f('directorDecision')}</h2>
        <FlagList flags={flags} />
        <DecisionPanel
          key={item.version}
          conflictTitle={f('conflict')}
          reloadLabel={f('reload')}
          onReload={props.onReload}
          onDecided={props.onDecided}
          outcomes={[
            {
              label: f('approve'),
              emphasis: 'primary',
              ...(flags.length > 0
                ? {
                    confirm: {
                      id: 'acknowledge-flags',
                      label: f('acknowledgeFlags'),
                      path: 'acknowledgeFlags',
                      required: f('acknowledgeFlagsRequired'),
                    },
                  }
                : {}),
              decide: ({ confirmed }) =>
                feedbackApi.decide(item.id, {
                  outcome: 'approve',
                  acknowledgeFlags: confirmed,
                  expectedVersion,
                }),
              done: () => f('approved'),
            },
            {
              label: f('returnAnswer'),
              emphasis: 'warning',
              note: {
                id: 'return-note',
                label: f('fieldReturnNote'),
                hint: f('fieldReturnNoteHint'),
                rows: 3,
                path: 'note',
                required: { minLength: 5, message: f('returnNoteRequired') },
              },
              decide: ({ note }) => feedbackApi.decide(item.id, { outcome: 'return', note, expectedVersion }),
              done: () => f('answerReturned'),
            },
          ]}
        />
      </aside>
    </div>
  );
}
