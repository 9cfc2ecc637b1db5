import {
  type FeedbackQueueEntry,
  type FeedbackStatus,
  feedbackStatusSchema,
} from '#shared/domain/feedback.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { feedbackApi, type QueueQuery } from '../api/feedback.ts';
import { useAgencyList, useAgencyName } from '../components/directory.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import { LoadMore, usePagedList } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, Link, PageTitle, StatusMessage, useDocumentTitle, useFlash } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { DeadlineBadge, FeedbackStatusBadge, LinkTabs, useTopicName, useTopics } from './common.tsx';
import { type FeedbackKey, useFeedbackWords } from './i18n.ts';

/**
 * The lists of feedback: the officer's queue (one status at a time, as tabs; subject, agency and overdue
 * filters), an agency's inbox (what is forwarded to it; the API scopes it), the director's approvals. Each
 * pages on with the API's cursor ("Tải thêm"); the filters live in the query string.
 */

function statusOf(query: URLSearchParams): FeedbackStatus | undefined {
  const parsed = feedbackStatusSchema.safeParse(query.get('status'));
  return parsed.success ? parsed.data : undefined;
}

type Column = 'code' | 'title' | 'topic' | 'agency' | 'received' | 'answered' | 'deadline' | 'status';

const columnLabels: Record<Column, FeedbackKey> = {
  code: 'colCode',
  title: 'colTitle',
  topic: 'colTopic',
  agency: 'colAgency',
  received: 'colReceived',
  answered: 'colAnswered',
  deadline: 'colDeadline',
  status: 'colStatus',
};

/** One page of items and the pages after it, as a table of the columns asked for. */
function FeedbackList(props: {
  query: QueueQuery;
  columns: readonly Column[];
  caption: string;
  empty: string;
}) {
  const { f, lang } = useFeedbackWords();
  const topicName = useTopicName();
  const agencyName = useAgencyName();
  const key = JSON.stringify(props.query);
  const list = usePagedList<FeedbackQueueEntry>(
    (cursor) => feedbackApi.queue({ ...props.query, cursor }),
    [key],
  );
  const cell = (item: FeedbackQueueEntry, column: Column) => {
    switch (column) {
      case 'code':
        return (
          <th scope="row" key={column} class="code-cell">
            <Link href={paths.feedbackItem(item.id)}>{item.code}</Link>
          </th>
        );
      case 'title':
        return (
          <td key={column} class="abstract-cell">
            {item.publicTitle}
          </td>
        );
      case 'topic':
        return <td key={column}>{topicName(item.topicSlug)}</td>;
      case 'agency':
        return <td key={column}>{item.agencyId ? agencyName(item.agencyId) : '—'}</td>;
      case 'received':
        return <td key={column}>{formatDateTime(item.receivedAt, lang)}</td>;
      case 'answered':
        return <td key={column}>{formatDateTime(item.answer?.answeredAt, lang)}</td>;
      case 'deadline':
        return (
          <td key={column}>
            <DeadlineBadge item={item} />
          </td>
        );
      case 'status':
        return (
          <td key={column}>
            <FeedbackStatusBadge status={item.status} />
          </td>
        );
    }
  };
  return (
    <>
      <ItemTable
        resource={list.first.resource}
        onRetry={() => void list.first.refresh()}
        items={list.items}
        empty={props.empty}
        caption={props.caption}
        count={f('itemCount', { n: list.items.length })}
        columns={props.columns.map((column) => f(columnLabels[column]))}
        row={(item) => <tr key={item.id}>{props.columns.map((column) => cell(item, column))}</tr>}
      />
      <LoadMore list={list} />
    </>
  );
}

/** The officer's tabs in the order work flows: what waits on them first, what is done last. */
const officerTabs: readonly FeedbackStatus[] = [
  'received',
  'accepted',
  'forwarded',
  'answered',
  'published',
  'rejected',
  'merged',
  'closed',
];

/** The feedback officer's queue: by status (received first), filtered by subject, agency and overdue. */
export function FeedbackQueuePage(props: { query: URLSearchParams }) {
  const words = useFeedbackWords();
  const { f, lang } = words;
  const { session } = useSession();
  useDocumentTitle(f('queueTitle'));
  const topics = useTopics();
  const agencies = useAgencyList();
  if (!can.handleFeedback(session.principal)) return <Forbidden />;

  const status = statusOf(props.query) ?? 'received';
  const applied = {
    topicSlug: props.query.get('topicSlug') ?? '',
    agencyId: props.query.get('agencyId') ?? '',
    overdue: props.query.get('overdue') === '1' ? '1' : '',
  };
  const withStatus = (next: FeedbackStatus | undefined, filters: URLSearchParams) => {
    const query = new URLSearchParams(filters);
    if (next && next !== 'received') query.set('status', next);
    return paths.feedbackQueue(query);
  };
  const filters = new URLSearchParams(Object.entries(applied).filter(([, value]) => value !== ''));
  const withAgency =
    status === 'forwarded' || status === 'answered' || status === 'published' || status === 'closed';

  return (
    <>
      <PageTitle>{f('queueTitle')}</PageTitle>
      <p class="intro">{f('queueIntro')}</p>
      <LinkTabs
        label={f('statusTabs')}
        tabs={officerTabs.map((each) => ({
          key: each,
          label: words.status(each),
          href: withStatus(each, filters),
          current: each === status,
        }))}
      />
      <FilterBar
        label={f('filters')}
        applied={applied}
        applyLabel={f('applyFilters')}
        clear={{ label: f('clearFilters'), href: withStatus(status, new URLSearchParams()) }}
        onApply={(query) => navigate(withStatus(status, query))}
        filters={[
          {
            kind: 'select',
            param: 'topicSlug',
            id: 'feedback-topic-filter',
            label: f('filterTopic'),
            options: (topics ?? []).map((topic) => ({
              value: topic.slug,
              label: lang === 'en' ? topic.nameEn : topic.nameVi,
            })),
          },
          {
            kind: 'select',
            param: 'agencyId',
            id: 'feedback-agency-filter',
            label: f('filterAgency'),
            options: (agencies ?? []).map((agency) => ({
              value: agency.id,
              label: lang === 'en' ? agency.nameEn : agency.nameVi,
            })),
          },
          { kind: 'checkbox', param: 'overdue', id: 'feedback-overdue-filter', label: f('filterOverdue') },
        ]}
      />
      <FeedbackList
        query={{
          status,
          topicSlug: applied.topicSlug || undefined,
          agencyId: applied.agencyId || undefined,
          overdue: applied.overdue ? 'true' : undefined,
        }}
        columns={[
          'code',
          'title',
          'topic',
          ...(withAgency ? (['agency'] as const) : []),
          'received',
          'deadline',
          'status',
        ]}
        caption={f('queueCaption', { status: words.status(status) })}
        empty={f('queueEmpty')}
      />
    </>
  );
}

const inboxTabs: readonly (FeedbackStatus | undefined)[] = ['forwarded', 'answered', 'published', undefined];

/** An agency's inbox: what is forwarded to it (to answer first), with due dates; the API scopes it. */
export function AgencyInboxPage(props: { query: URLSearchParams }) {
  const words = useFeedbackWords();
  const { f } = words;
  const { session } = useSession();
  useDocumentTitle(f('inboxTitle'));
  const flash = useFlash();
  if (!can.answerFeedback(session.principal)) return <Forbidden />;
  const status = props.query.get('status') === 'all' ? undefined : (statusOf(props.query) ?? 'forwarded');
  const href = (next: FeedbackStatus | undefined) =>
    paths.feedbackInbox(next === 'forwarded' ? undefined : new URLSearchParams({ status: next ?? 'all' }));
  return (
    <>
      <PageTitle>{f('inboxTitle')}</PageTitle>
      <p class="intro">{f('inboxIntro')}</p>
      <StatusMessage message={flash} />
      <LinkTabs
        label={f('statusTabs')}
        tabs={inboxTabs.map((each) => ({
          key: each ?? 'all',
          label: each === 'forwarded' ? f('inboxToAnswer') : each ? words.status(each) : f('inboxAll'),
          href: href(each),
          current: each === status,
        }))}
      />
      <FeedbackList
        query={{ status }}
        columns={['code', 'title', 'topic', 'received', 'deadline', 'status']}
        caption={f('inboxTitle')}
        empty={status === 'forwarded' ? f('inboxEmpty') : f('queueEmpty')}
      />
    </>
  );
}

/** The director's queue: answers waiting for approval before they are published. */
export function ApprovalsPage() {
  const { f } = useFeedbackWords();
  const { session } = useSession();
  useDocumentTitle(f('approvalsTitle'));
  if (!can.decideAnswers(session.principal)) return <Forbidden />;
  return (
    <>
      <PageTitle>{f('approvalsTitle')}</PageTitle>
      <p class="intro">{f('approvalsIntro')}</p>
      <FeedbackList
        query={{ status: 'answered' }}
        columns={['code', 'title', 'topic', 'agency', 'answered', 'deadline']}
        caption={f('approvalsTitle')}
        empty={f('approvalsEmpty')}
      />
    </>
  );
}
