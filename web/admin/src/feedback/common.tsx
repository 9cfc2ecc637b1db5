import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditEntry } from '#shared/domain/audit.ts';
import type {
  FeedbackFile,
  FeedbackItem,
  FeedbackQueueEntry,
  FeedbackStatus,
  FeedbackTopic,
  TimelineEvent,
} from '#shared/domain/feedback.ts';
import { dateInVietnam, formatDateTime } from '#shared/time/vietnam.ts';
import { feedbackApi } from '../api/feedback.ts';
import { formatDate, formatSize } from '../components/format.ts';
import { HistorySection } from '../components/history.tsx';
import { sessionCache, useLoaded } from '../components/resource.tsx';
import { type BadgeTone, StatusBadge } from '../components/status-badge.tsx';
import { DataTable } from '../components/table.tsx';
import { ErrorNotice } from '../components/ui.tsx';
import { onLinkClick } from '../router.ts';
import { useFeedbackWords } from './i18n.ts';

/** What the feedback screens share beyond the admin kit (src/components/): badges, timeline, files, topics. */

/** Tabs that are links (each its own URL), the current one marked for assistive technology. */
export function LinkTabs(props: {
  label: string;
  tabs: readonly { key: string; label: string; href: string; current: boolean }[];
}) {
  return (
    <nav aria-label={props.label} class="tabs">
      <ul>
        {props.tabs.map((tab) => (
          <li key={tab.key}>
            <a href={tab.href} aria-current={tab.current ? 'page' : undefined} onClick={onLinkClick}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const statusTones: Record<FeedbackStatus, BadgeTone> = {
  received: 'waiting',
  accepted: 'neutral',
  forwarded: 'planned',
  answered: 'waiting',
  published: 'done',
  rejected: 'withdrawn',
  merged: 'closed',
  closed: 'closed',
};

export function FeedbackStatusBadge(props: { status: FeedbackStatus }) {
  const words = useFeedbackWords();
  return <StatusBadge tone={statusTones[props.status]} label={words.status(props.status)} />;
}

/** The deadline an item waits on now: forwarding (by the officer) or answering (by the agency). */
export function pendingDeadline(
  item: Pick<FeedbackItem, 'status' | 'forwardDueOn' | 'answerDueOn'>,
): { deadline: 'forward' | 'answer'; dueOn: string } | undefined {
  if (item.status === 'received' || item.status === 'accepted')
    return { deadline: 'forward', dueOn: item.forwardDueOn };
  if ((item.status === 'forwarded' || item.status === 'answered') && item.answerDueOn)
    return { deadline: 'answer', dueOn: item.answerDueOn };
  return undefined;
}

/** Days from today (Vietnam) to a calendar date; negative once it has passed. */
function daysUntil(dueOn: string, now: Date): number {
  const today = Date.parse(`${dateInVietnam(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - today) / 86_400_000);
}

/** "Sắp đến hạn" this many days ahead and nearer. */
export const DUE_SOON_DAYS = 2;

/**
 * The deadline an item waits on, as a badge: its due date; "quá hạn" (problem) when the API says it is past
 * (`overdueDeadline`, the one rule, shared/feedback/workflow.ts); "sắp đến hạn" within two days.
 */
export function DeadlineBadge(props: { item: FeedbackQueueEntry }) {
  const { f } = useFeedbackWords();
  const pending = pendingDeadline(props.item);
  if (!pending) return null;
  const date = formatDate(pending.dueOn);
  const subject = f(pending.deadline === 'forward' ? 'deadlineForward' : 'deadlineAnswer');
  if (props.item.overdueDeadline)
    return <StatusBadge tone="problem" label={f('deadlineOverdue', { date, subject })} />;
  if (daysUntil(pending.dueOn, new Date()) <= DUE_SOON_DAYS)
    return <StatusBadge tone="waiting" label={f('deadlineSoon', { date, subject })} />;
  return <StatusBadge tone="neutral" label={f('deadlineOn', { date, subject })} />;
}

const topics = sessionCache(() => feedbackApi.topics());

/** The subjects, fetched once per session of the SPA; `fresh` after the subjects screen changed them. */
export function loadTopics(options: { fresh?: boolean } = {}): Promise<FeedbackTopic[]> {
  if (options.fresh) topics.forget();
  return topics.get();
}

/** The subjects (every one, inactive too: old items keep theirs), once loaded. */
export const useTopics = (): FeedbackTopic[] | undefined => useLoaded(loadTopics);

/** A subject's name in the UI language; its slug until the list is loaded (or if it is not there). */
export function useTopicName(): (slug: string) => string {
  const { lang } = useFeedbackWords();
  const list = useTopics();
  return (slug) => {
    const topic = list?.find((candidate) => candidate.slug === slug);
    return topic ? (lang === 'en' ? topic.nameEn : topic.nameVi) : slug;
  };
}

/** The public timeline, as the sender reads it on the tracking page (it names agencies, never people). */
export function Timeline(props: { events: TimelineEvent[] }) {
  const words = useFeedbackWords();
  const { f, lang } = words;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{f('timeline')}</h2>
      <p class="hint">{f('timelineHint')}</p>
      {props.events.length === 0 ? (
        <p class="empty">{f('timelineEmpty')}</p>
      ) : (
        <DataTable
          caption={f('timeline')}
          columns={[f('colWhen'), f('colEvent'), f('colAgency'), f('colDue'), f('colDetail')]}
        >
          {props.events.map((event, index) => (
            <tr key={`${event.at}-${event.type}-${index}`}>
              <td>{formatDateTime(event.at, lang)}</td>
              <td>{words.event(event.type)}</td>
              <td>{event.agencyName ?? ''}</td>
              <td>{event.dueOn ? formatDate(event.dueOn) : ''}</td>
              <td class="wrap-anywhere">
                {[
                  event.rejectionReason ? words.reason(event.rejectionReason) : '',
                  event.reason && event.reason !== words.reasonVi(event.rejectionReason) ? event.reason : '',
                  event.relatedCode ?? '',
                  event.deadline
                    ? f(event.deadline === 'forward' ? 'deadlineForward' : 'deadlineAnswer')
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/**
 * The item's audit trail (who did what; contact and attachment reads included), from the detail's answer,
 * refreshed with it.
 */
export function FeedbackHistory(props: { history: AuditEntry[] }) {
  const words = useFeedbackWords();
  return (
    <HistorySection
      history={{ state: 'ready', value: props.history }}
      onRetry={() => undefined}
      actionLabel={words.action}
      statusLabel={(status) => words.historyStatus(status)}
    />
  );
}

/**
 * Files kept with an item: the sender's attachments (never public; each download goes through the API,
 * which answers a link valid for minutes and writes the read to the history) or an answer's PDFs.
 */
export function AttachmentList(props: {
  files: FeedbackFile[];
  /** Downloads the file at `index` (the sender's attachments); without it the files are listed only. */
  download?: (index: number) => Promise<void>;
}) {
  const { f, lang } = useFeedbackWords();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<number | undefined>();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  if (props.files.length === 0) return <p class="empty">{f('noAttachments')}</p>;
  const download = props.download;
  return (
    <>
      <div ref={errorRef} tabIndex={-1}>
        {error ? <ErrorNotice error={error} /> : null}
      </div>
      <ul class="attachment-list">
        {props.files.map((file, index) => (
          <li key={file.key}>
            <span>
              {file.fileName} ({formatSize(file.size, lang)})
            </span>
            {download ? (
              <button
                type="button"
                class="button button-secondary"
                aria-disabled={busy === index ? 'true' : undefined}
                onClick={async () => {
                  if (busy !== undefined) return;
                  setBusy(index);
                  setError(undefined);
                  try {
                    await download(index);
                  } catch (caught) {
                    setError(caught);
                  } finally {
                    setBusy(undefined);
                  }
                }}
              >
                {f('downloadFile', { name: file.fileName })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
