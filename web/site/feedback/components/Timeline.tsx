import { rejectionReasonLabels, type TimelineEvent } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { formatIsoDate } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

/** One event as a sentence; agencies are named, people never (the event carries no person). */
function EventSentence({
  event,
  publishedPath,
}: {
  event: TimelineEvent;
  publishedPath?: string | undefined;
}) {
  const label = text.event;
  switch (event.type) {
    case 'received':
      return <>{label.received}</>;
    case 'accepted':
      return <>{label.accepted}</>;
    case 'forwarded':
      return (
        <>
          {label.forwarded(event.agencyName ?? label.someAgency)}
          {event.dueOn ? `; ${label.dueBy(formatIsoDate(event.dueOn))}` : ''}
        </>
      );
    case 'declined':
      return (
        <>
          {label.declined(event.agencyName)}
          {event.reason ? `: ${event.reason}` : ''}
        </>
      );
    case 'rejected': {
      const reason = event.rejectionReason ? rejectionReasonLabels[event.rejectionReason].vi : undefined;
      return (
        <>
          {label.rejected}
          {reason ? `: ${reason}` : ''}
          {event.reason ? ` — ${event.reason}` : ''}
          {event.relatedCode ? (
            <>
              {' '}
              (<a href={sitePaths.feedbackTracking(event.relatedCode)}>{event.relatedCode}</a>)
            </>
          ) : null}
        </>
      );
    }
    case 'merged':
      return (
        <>
          {label.merged}{' '}
          {event.relatedCode ? (
            <a href={sitePaths.feedbackTracking(event.relatedCode)}>{event.relatedCode}</a>
          ) : null}
        </>
      );
    case 'answered':
      return <>{label.answered(event.agencyName)}</>;
    case 'published':
      return (
        <>
          {label.published}
          {publishedPath ? (
            <>
              {': '}
              <a href={publishedPath}>{text.readAnswer}</a>
            </>
          ) : null}
        </>
      );
    case 'reopened':
      return (
        <>
          {label.reopened}
          {event.agencyName ? `; ${label.returnedTo(event.agencyName)}` : ''}
          {event.dueOn ? `; ${label.dueBy(formatIsoDate(event.dueOn))}` : ''}
        </>
      );
    case 'overdue':
      return <>{event.deadline === 'answer' ? label.overdueAnswer : label.overdueForward}</>;
    case 'rated':
      return <>{label.rated}</>;
    case 'closed':
      return <>{label.closed}</>;
  }
}

/**
 * The public timeline, oldest first: what happened and when, which agency has it, every re-routing
 * between agencies in the open.
 */
export function Timeline({
  events,
  publishedPath,
}: {
  events: TimelineEvent[];
  publishedPath?: string | undefined;
}) {
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol class="timeline">
      {ordered.map((event) => (
        <li class={`timeline__event timeline__event--${event.type}`}>
          <time class="timeline__time" datetime={event.at}>
            {formatDateTimeVi(event.at)}
          </time>{' '}
          <span class="timeline__text">
            <EventSentence event={event} publishedPath={publishedPath} />
          </span>
        </li>
      ))}
    </ol>
  );
}
