import { useState } from 'preact/hooks';
import { anchorLabel, anchorsOf } from '#shared/consultation/draft-text.ts';
import {
  type CommentContact,
  type ConsultationComment,
  type ConsultationStatus,
  consultationStatusSchema,
  type Disposition,
  dispositionSchema,
  type RejectionReason,
  rejectionReasonSchema,
} from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { type ConsultationDetail, consultationApi } from '../api/consultation.ts';
import { HistorySection } from '../components/history.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import {
  ActionButton,
  ErrorNotice,
  Field,
  Forbidden,
  MetaList,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useConsultationWords } from './i18n.ts';
import { AdoptedDocumentSection, StatisticsSection } from './outcome.tsx';
import { VersionsSection } from './versions.tsx';

/**
 * One consultation for staff: its facts, every comment (the officer publishes or rejects each with a coded
 * reason; a contact is read behind a button, audited), the drafting agency's report once the period closed,
 * and the officer's approval of it.
 */
const isStatus = (value: string): value is ConsultationStatus =>
  consultationStatusSchema.options.some((option) => option === value);
const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

function CommentRow(props: {
  detail: ConsultationDetail;
  comment: ConsultationComment;
  onChanged: (message: string) => void;
}) {
  const { c, reason, lang } = useConsultationWords();
  const { session } = useSession();
  const { comment, detail } = props;
  const [why, setWhy] = useState<RejectionReason>('off-topic');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [contact, setContact] = useState<CommentContact | undefined>();
  const moderate = async (decision: 'publish' | 'reject') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await consultationApi.moderate(
        detail.consultation.id,
        comment.id,
        decision === 'publish'
          ? { decision, expectedVersion: comment.version }
          : { decision, reason: why, expectedVersion: comment.version },
      );
      props.onChanged(c(decision === 'publish' ? 'commentStatus_published' : 'commentStatus_rejected'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const reasonId = `reason-${comment.id}`;
  return (
    <li class="panel">
      <p>
        <strong>{comment.authorLabel}</strong> · {formatTime(comment.receivedAt)} ·{' '}
        {c('commentOn', { part: anchorLabel(comment.anchor)[lang] })} ·{' '}
        <StatusBadge
          tone={comment.status === 'pending' ? 'waiting' : comment.status === 'published' ? 'done' : 'closed'}
          label={c(`commentStatus_${comment.status}`)}
        />
        {comment.rejectionReason ? ` (${reason(comment.rejectionReason)})` : null}
      </p>
      <p class="pre-wrap">{comment.content}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {comment.status === 'pending' && can.moderateComments(session.principal) ? (
        <div class="actions">
          <ActionButton emphasis="primary" busy={busy} onClick={() => void moderate('publish')}>
            {c('publish')}
          </ActionButton>
          <Field id={reasonId} label={c('rejectReason')}>
            <select
              id={reasonId}
              value={why}
              onChange={(event) => setWhy(rejectionReasonSchema.parse(event.currentTarget.value))}
            >
              {rejectionReasonSchema.options.map((option) => (
                <option key={option} value={option}>
                  {reason(option)}
                </option>
              ))}
            </select>
          </Field>
          <ActionButton emphasis="warning" busy={busy} onClick={() => void moderate('reject')}>
            {c('reject')}
          </ActionButton>
        </div>
      ) : null}
      {can.readCommentContacts(session.principal) ? (
        contact ? (
          <p>
            {contact.name}
            {contact.organisation ? ` · ${contact.organisation}` : ''}
            {contact.email ? ` · ${contact.email}` : ''}
            {contact.phone ? ` · ${contact.phone}` : ''}
          </p>
        ) : (
          <p>
            <button
              type="button"
              class="button button-quiet"
              onClick={() =>
                void consultationApi.contact(detail.consultation.id, comment.id).then(setContact, setError)
              }
            >
              {c('showContact')}
            </button>{' '}
            <span class="hint">{c('contactNote')}</span>
          </p>
        )
      ) : null}
    </li>
  );
}

type IssueDraft = {
  title: string;
  disposition: Disposition;
  reason: string;
  changedAnchor: string;
  commentIds: string[];
};
const emptyIssue = (): IssueDraft => ({
  title: '',
  disposition: 'accepted',
  reason: '',
  changedAnchor: '',
  commentIds: [],
});

function ReportForm(props: { detail: ConsultationDetail; onDone: (message: string) => void }) {
  const { c, disposition, lang } = useConsultationWords();
  const { consultation, comments } = props.detail;
  const [summary, setSummary] = useState(consultation.report?.summary ?? '');
  const [issues, setIssues] = useState<IssueDraft[]>(
    consultation.report?.issues.map((issue) => ({ ...issue, changedAnchor: issue.changedAnchor ?? '' })) ?? [
      emptyIssue(),
    ],
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const anchors = anchorsOf(consultation.draft).filter((anchor) => anchor !== 'toan-van');
  const update = (index: number, change: Partial<IssueDraft>) =>
    setIssues((previous) => previous.map((issue, at) => (at === index ? { ...issue, ...change } : issue)));
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await consultationApi.submitReport(consultation.id, {
        expectedVersion: consultation.version,
        summary,
        issues: issues.map((issue) => ({
          title: issue.title,
          disposition: issue.disposition,
          reason: issue.reason,
          commentIds: issue.commentIds,
          ...(issue.changedAnchor ? { changedAnchor: issue.changedAnchor } : {}),
        })),
      });
      props.onDone(c('reportSubmitted'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate class="panel">
      {error ? <ErrorNotice error={error} /> : null}
      <Field id="report-summary" label={c('reportSummary')}>
        <textarea
          id="report-summary"
          rows={4}
          value={summary}
          onInput={(event) => setSummary(event.currentTarget.value)}
        />
      </Field>
      {issues.map((issue, index) => (
        <fieldset key={index}>
          <legend>{c('issue', { n: index + 1 })}</legend>
          <Field id={`issue-${index}-title`} label={c('issueTitle')}>
            <input
              id={`issue-${index}-title`}
              type="text"
              value={issue.title}
              onInput={(event) => update(index, { title: event.currentTarget.value })}
            />
          </Field>
          <Field id={`issue-${index}-disposition`} label={c('issueDisposition')}>
            <select
              id={`issue-${index}-disposition`}
              value={issue.disposition}
              onChange={(event) =>
                update(index, { disposition: dispositionSchema.parse(event.currentTarget.value) })
              }
            >
              {dispositionSchema.options.map((option) => (
                <option key={option} value={option}>
                  {disposition(option)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`issue-${index}-reason`} label={c('issueReason')}>
            <textarea
              id={`issue-${index}-reason`}
              rows={3}
              value={issue.reason}
              onInput={(event) => update(index, { reason: event.currentTarget.value })}
            />
          </Field>
          <Field id={`issue-${index}-changed`} label={c('issueChanged')}>
            <select
              id={`issue-${index}-changed`}
              value={issue.changedAnchor}
              onChange={(event) => update(index, { changedAnchor: event.currentTarget.value })}
            >
              <option value="">{c('none')}</option>
              {anchors.map((anchor) => (
                <option key={anchor} value={anchor}>
                  {anchorLabel(anchor)[lang]}
                </option>
              ))}
            </select>
          </Field>
          <fieldset>
            <legend>{c('issueComments')}</legend>
            {comments.map((comment) => (
              <div class="field field-checkbox" key={comment.id}>
                <input
                  id={`issue-${index}-comment-${comment.id}`}
                  type="checkbox"
                  checked={issue.commentIds.includes(comment.id)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    update(index, {
                      commentIds: checked
                        ? [...issue.commentIds, comment.id]
                        : issue.commentIds.filter((id) => id !== comment.id),
                    });
                  }}
                />
                <label for={`issue-${index}-comment-${comment.id}`}>
                  {comment.authorLabel}: {comment.content.slice(0, 80)}
                </label>
              </div>
            ))}
          </fieldset>
        </fieldset>
      ))}
      <p class="actions">
        <button
          type="button"
          class="button button-quiet"
          onClick={() => setIssues([...issues, emptyIssue()])}
        >
          {c('addIssue')}
        </button>
        <ActionButton type="submit" emphasis="primary" busy={busy}>
          {c('submitReport')}
        </ActionButton>
      </p>
    </form>
  );
}

function ReportDecision(props: { detail: ConsultationDetail; onDone: (message: string) => void }) {
  const { c } = useConsultationWords();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const { consultation } = props.detail;
  const decide = async (decision: 'approve' | 'return') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await consultationApi.decideReport(
        consultation.id,
        decision === 'approve'
          ? { decision, expectedVersion: consultation.version }
          : { decision, note, expectedVersion: consultation.version },
      );
      props.onDone(c(decision === 'approve' ? 'reportApproved' : 'reportReturned'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="panel">
      {error ? <ErrorNotice error={error} /> : null}
      <p class="actions">
        <ActionButton emphasis="primary" busy={busy} onClick={() => void decide('approve')}>
          {c('approveReport')}
        </ActionButton>
      </p>
      <Field id="report-return-note" label={c('returnNote')}>
        <textarea
          id="report-return-note"
          rows={2}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </Field>
      <p class="actions">
        <ActionButton emphasis="warning" busy={busy} onClick={() => void decide('return')}>
          {c('returnReport')}
        </ActionButton>
      </p>
    </div>
  );
}

export function ConsultationDetailPage(props: { id: string }) {
  const { c, status, kind, disposition, lang, action } = useConsultationWords();
  const { session } = useSession();
  const flash = useFlash();
  const [message, setMessage] = useState<string | undefined>(flash);
  const allowed = can.readConsultations(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? consultationApi.detail(props.id) : Promise.reject(new Error('forbidden'))),
    [props.id, allowed],
  );
  const detail = resource.state === 'ready' ? resource.value : undefined;
  useDocumentTitle(detail?.consultation.title ?? c('listTitle'));
  if (!allowed) return <Forbidden />;
  if (!detail) return <ResourceStatus resource={resource} onRetry={() => void refresh()} />;
  const { consultation, comments } = detail;
  const changed = (text: string) => {
    setMessage(text);
    void refresh();
  };
  return (
    <>
      <PageTitle>{consultation.title}</PageTitle>
      <StatusMessage message={message} />
      <section aria-labelledby="facts">
        <h2 id="facts">{c('detailFacts')}</h2>
        <MetaList
          grid
          items={[
            [c('colStatus'), status(consultation.status)],
            [c('colAgency'), consultation.agencyName],
            [c('fieldField'), consultation.field],
            [c('fieldKind'), kind(consultation.documentKind)],
            [c('colPeriod'), `${formatTime(consultation.opensAt)} – ${formatTime(consultation.closesAt)}`],
            consultation.shortPeriodWarning && [
              c('colPeriod'),
              <StatusBadge tone="problem" label={c('shortPeriod', { days: detail.minimumPeriodDays })} />,
            ],
            [
              c('publicPage'),
              <a href={consultationPaths.page(consultation.slug)} target="_blank" rel="noopener">
                {consultationPaths.page(consultation.slug)}
              </a>,
            ],
          ]}
        />
      </section>
      <section aria-labelledby="comments">
        <h2 id="comments">{c('commentsTitle', { n: comments.length })}</h2>
        {comments.length === 0 ? <p class="empty">{c('commentsEmpty')}</p> : null}
        <ul class="plain-list">
          {comments.map((comment) => (
            <CommentRow
              key={`${comment.id}-${comment.version}`}
              detail={detail}
              comment={comment}
              onChanged={changed}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="report">
        <h2 id="report">{c('reportTitle')}</h2>
        {consultation.report?.returnNote && consultation.status === 'closed' ? (
          <p class="notice notice-warning">{c('returnedNote', { note: consultation.report.returnNote })}</p>
        ) : null}
        {consultation.report && consultation.status !== 'closed' ? (
          <>
            <p class="pre-wrap">{consultation.report.summary}</p>
            <ol>
              {consultation.report.issues.map((issue) => (
                <li key={issue.title}>
                  <strong>{issue.title}</strong> — {disposition(issue.disposition)}
                  {issue.changedAnchor ? ` (${anchorLabel(issue.changedAnchor)[lang]})` : ''}: {issue.reason}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {consultation.status === 'closed' && can.writeReports(session.principal) ? (
          <ReportForm key={consultation.version} detail={detail} onDone={changed} />
        ) : null}
        {consultation.status === 'report-submitted' && can.decideReports(session.principal) ? (
          <ReportDecision detail={detail} onDone={changed} />
        ) : null}
      </section>
      <StatisticsSection detail={detail} />
      <AdoptedDocumentSection key={consultation.version} detail={detail} onDone={changed} />
      <VersionsSection detail={detail} onDone={changed} />
      <HistorySection
        history={{ state: 'ready', value: detail.history }}
        onRetry={() => void refresh()}
        actionLabel={action}
        statusLabel={(value) => (isStatus(value) ? status(value) : value)}
      />
    </>
  );
}
