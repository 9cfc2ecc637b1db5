import { useEffect, useState } from 'preact/hooks';
import { type GazetteIssue, type IssueStatus, issueStatusSchema } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { gazetteApi } from '../api/gazette.ts';
import { DecisionPanel, useAction } from '../components/decision-panel.tsx';
import { downloadBlob } from '../components/download.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import {
  RefreshNote,
  type Resource,
  ResourceStatus,
  useAutoRefresh,
  useResource,
} from '../components/resource.tsx';
import { DataTable, ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  ErrorNotice,
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFlash,
  useFocusOn,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { FileTable, GazetteHistory, IssueStatusBadge } from './common.tsx';
import { useGazetteWords } from './i18n.ts';

/** Statuses the workflow leaves by itself: the screens follow them until they settle. */
function movingOn(issue: GazetteIssue, now = Date.now()): boolean {
  if (issue.status === 'publishing') return true;
  // Approved for now (or a time that has come): numbering and publishing follow within seconds.
  return issue.status === 'scheduled' && issue.publishAt !== undefined && Date.parse(issue.publishAt) <= now;
}

function IssueNumber(props: { issue: GazetteIssue }) {
  const { g } = useGazetteWords();
  return (
    <>
      {props.issue.number
        ? g('issueNumber', { number: props.issue.number, year: props.issue.year })
        : g('notNumbered')}
    </>
  );
}

/** Issues, each linking to its page; `withStatus` adds the number and the status (a failure with its cause). */
function IssueTable(props: {
  resource: Resource<GazetteIssue[]>;
  onRetry: () => void;
  empty: string;
  caption: string;
  withStatus: boolean;
}) {
  const { g, lang } = useGazetteWords();
  const { resource, withStatus } = props;
  return (
    <ItemTable
      resource={resource}
      onRetry={props.onRetry}
      items={resource.state === 'ready' ? resource.value : []}
      empty={props.empty}
      caption={props.caption}
      columns={[
        g('colIssueTitle'),
        ...(withStatus ? [g('colIssueNumber'), g('colStatus')] : []),
        g('colDocuments'),
        g('colCreatedBy'),
        g('colUpdated'),
      ]}
      row={(issue) => (
        <tr key={issue.id}>
          <th scope="row">
            <Link href={paths.gazetteIssue(issue.id)}>{issue.title}</Link>
          </th>
          {withStatus ? (
            <>
              <td>
                <IssueNumber issue={issue} />
              </td>
              <td>
                <IssueStatusBadge status={issue.status} />
                {issue.status === 'failed' && issue.failure ? (
                  <p class="note-text wrap-anywhere">{g('failureCause', { cause: issue.failure })}</p>
                ) : null}
              </td>
            </>
          ) : null}
          <td>{issue.entries.length}</td>
          <td>{issue.createdBy}</td>
          <td>{formatDateTime(issue.updatedAt, lang)}</td>
        </tr>
      )}
    />
  );
}

/** All issues (newest first), filtered by status through the query string. */
export function IssuesPage(props: { query: URLSearchParams }) {
  const words = useGazetteWords();
  const { g } = words;
  const { session } = useSession();
  useDocumentTitle(g('issuesTitle'));
  const queryString = props.query.toString();
  const parsed = issueStatusSchema.safeParse(props.query.get('status'));
  const applied = parsed.success ? parsed.data : undefined;
  const allowed = can.readIssues(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? gazetteApi.listIssues(applied) : Promise.resolve([])),
    [queryString, allowed],
  );
  const polling = resource.state === 'ready' && resource.value.some((issue) => movingOn(issue));
  const timedOut = useAutoRefresh(polling, refresh, { intervalMs: 2000, timeoutMs: 120_000 });

  if (!allowed) return <Forbidden />;
  return (
    <>
      <div class="page-heading">
        <PageTitle>{g('issuesTitle')}</PageTitle>
        {can.composeIssues(session.principal) ? (
          <Link href={paths.gazetteCompose()} class="button button-primary">
            {g('composeTitle')}
          </Link>
        ) : null}
      </div>
      <FilterBar
        label={g('filterStatus')}
        applied={{ status: applied ?? '' }}
        applyLabel={g('applyFilter')}
        onApply={(query) => navigate(paths.gazetteIssues(query))}
        filters={[
          {
            kind: 'select',
            param: 'status',
            id: 'issue-status-filter',
            label: g('filterStatus'),
            options: issueStatusSchema.options.map((status) => ({
              value: status,
              label: words.issueStatus(status),
            })),
          },
        ]}
      />
      <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void refresh()} />
      <IssueTable
        resource={resource}
        onRetry={() => void refresh()}
        empty={g('issuesEmpty')}
        caption={g('issuesTitle')}
        withStatus
      />
    </>
  );
}

/** The director's queue: issues sent for approval. */
export function ApprovalsPage() {
  const { g } = useGazetteWords();
  const { session } = useSession();
  useDocumentTitle(g('approvalsTitle'));
  const allowed = can.readIssues(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? gazetteApi.listIssues('awaiting_approval') : Promise.resolve([])),
    [allowed],
  );
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageTitle>{g('approvalsTitle')}</PageTitle>
      <p>
        <Link href={paths.gazetteIssues()}>{g('allIssues')}</Link>
      </p>
      <IssueTable
        resource={resource}
        onRetry={() => void refresh()}
        empty={g('approvalsEmpty')}
        caption={g('approvalsTitle')}
        withStatus={false}
      />
    </>
  );
}

/**
 * One issue: its table of contents, status (a failure with its cause), files and history; the officer
 * sends a composed issue for approval and exports a published one; the director approves it now or at
 * a time, or returns it. After each action the screen follows the workflow until the status settles.
 */
export function IssuePage(props: { id: string }) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const { session } = useSession();
  const principal = session.principal;
  const allowed = can.readIssues(principal);
  const { resource, refresh, set } = useResource(
    () => (allowed ? gazetteApi.getIssue(props.id) : Promise.resolve(undefined)),
    [props.id, allowed],
  );
  const issue = resource.state === 'ready' ? resource.value : undefined;
  const [message, setMessage] = useState<string | undefined>(useFlash());
  const [awaitFrom, setAwaitFrom] = useState<IssueStatus | undefined>();
  const messageRef = useFocusOn(message);
  const polling = Boolean(issue && (issue.status === awaitFrom || movingOn(issue)));
  const timedOut = useAutoRefresh(polling, refresh, { intervalMs: 1000, timeoutMs: 120_000 });
  // Dependencies: once the status moved on, stop waiting for it to.
  useEffect(() => {
    if (issue && awaitFrom && issue.status !== awaitFrom) setAwaitFrom(undefined);
  }, [issue?.status]);
  useDocumentTitle(issue?.title ?? g('issueInfo'));

  if (!allowed) return <Forbidden />;

  const acted = (updated: GazetteIssue, text: string) => {
    set(updated);
    setAwaitFrom(updated.status);
    setMessage(text);
  };

  return (
    <>
      <p class="breadcrumb">
        {can.decideIssues(principal) ? (
          <Link href={paths.gazetteApprovals()}>{g('approvalsTitle')}</Link>
        ) : (
          <Link href={paths.gazetteIssues()}>{g('issuesTitle')}</Link>
        )}
      </p>
      <PageTitle>{issue ? issue.title : g('issueInfo')}</PageTitle>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {issue ? (
        <>
          <p class="status-line" aria-live="polite" aria-atomic="true">
            <span>
              <IssueNumber issue={issue} />
            </span>
            <span>
              {g('colStatus')}: <IssueStatusBadge status={issue.status} />
            </span>
          </p>
          <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void refresh()} />
          <div ref={messageRef} tabIndex={-1}>
            <StatusMessage message={message} />
          </div>
          {issue.status === 'failed' ? (
            <div class="notice notice-error">
              <p class="notice-title">{words.issueStatus('failed')}</p>
              {issue.failure ? (
                <p class="wrap-anywhere">{g('failureCause', { cause: issue.failure })}</p>
              ) : null}
            </div>
          ) : null}
          {issue.status === 'published' && issue.number ? (
            <p class="notice notice-success">
              <a href={sitePaths.gazetteIssue(issue.year, issue.number)}>
                {g('publicPage', { number: issue.number, year: issue.year })}
              </a>
            </p>
          ) : null}

          <section aria-labelledby="toc-heading">
            <h2 id="toc-heading">{g('tableOfContents')}</h2>
            <DataTable
              caption={g('tableOfContents')}
              columns={[
                g('colOrder'),
                g('colNumberSymbol'),
                g('colType'),
                g('colIssuingBody'),
                g('colAbstract'),
                g('colPages'),
              ]}
            >
              {issue.entries.map((entry, index) => (
                <tr key={entry.documentId}>
                  <td>{index + 1}</td>
                  <th scope="row">
                    <Link href={paths.gazetteDocument(entry.documentId)}>{entry.numberSymbol}</Link>
                  </th>
                  <td>{words.documentType(entry.documentType)}</td>
                  <td>{entry.issuingBody}</td>
                  <td class="abstract-cell">{entry.abstract}</td>
                  <td>{entry.pages}</td>
                </tr>
              ))}
            </DataTable>
          </section>

          {can.decideIssues(principal) ? (
            <IssueDecisions
              issue={issue}
              waiting={awaitFrom !== undefined}
              onDecided={acted}
              onReload={() => void refresh()}
            />
          ) : null}
          {can.composeIssues(principal) || can.exportIssues(principal) ? (
            <OfficerActions
              issue={issue}
              waiting={awaitFrom !== undefined}
              onSent={(updated) => acted(updated, g('sentForApproval'))}
              onExported={(name) => setMessage(g('exported', { name }))}
            />
          ) : null}

          <section aria-labelledby="issue-info-heading">
            <h2 id="issue-info-heading">{g('issueInfo')}</h2>
            <MetaList
              grid
              items={[
                [g('year'), issue.year],
                [g('number'), issue.number ?? g('notNumbered')],
                [g('createdBy'), issue.createdBy],
                [g('createdAt'), formatDateTime(issue.createdAt, lang)],
                Boolean(issue.approvedBy) && [g('approvedBy'), issue.approvedBy],
                Boolean(issue.publishAt && issue.status !== 'published') && [
                  g('publishAt'),
                  formatDateTime(issue.publishAt, lang),
                ],
                Boolean(issue.publishedAt) && [g('publishedAt'), formatDateTime(issue.publishedAt, lang)],
              ]}
            />
          </section>

          {issue.files ? (
            <section aria-labelledby="issue-files-heading">
              <h2 id="issue-files-heading">{g('issueFiles')}</h2>
              <FileTable
                files={[
                  {
                    role: 'pdfFile',
                    file: issue.files.pdf,
                    ...(issue.status === 'published'
                      ? { href: sitePaths.archiveFile(issue.files.pdf.key) }
                      : {}),
                  },
                  {
                    role: 'htmlFile',
                    file: issue.files.html,
                    ...(issue.status === 'published'
                      ? { href: sitePaths.archiveFile(issue.files.html.key) }
                      : {}),
                  },
                ]}
              />
            </section>
          ) : null}

          <GazetteHistory
            entity="issue"
            load={() => gazetteApi.issueHistory(props.id)}
            refreshKey={`${issue.version}-${issue.status}`}
          />
        </>
      ) : null}
    </>
  );
}

function OfficerActions(props: {
  issue: GazetteIssue;
  waiting: boolean;
  onSent: (issue: GazetteIssue) => void;
  onExported: (fileName: string) => void;
}) {
  const { g } = useGazetteWords();
  const { session } = useSession();
  const { issue } = props;
  const { busy, error, run } = useAction();
  const errorRef = useFocusOn(error);
  const maySend = can.composeIssues(session.principal) && issue.status === 'composing' && !props.waiting;
  const mayExport = can.exportIssues(session.principal) && issue.status === 'published';
  if (!maySend && !mayExport && !error) return null;

  const send = () =>
    run(async () => {
      props.onSent(await gazetteApi.sendIssue(issue.id, issue.version));
    });

  /** The exchange record as a JSON file, made in the browser from the API's answer. */
  const exportJson = () =>
    run(async () => {
      const data = await gazetteApi.exportIssue(issue.id);
      const fileName = `cong-bao-${issue.year}-so-${issue.number ?? 'x'}.json`;
      downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName);
      props.onExported(fileName);
    });

  return (
    <section class="director-actions" aria-labelledby="officer-actions-heading">
      <h2 id="officer-actions-heading">{g('officerActions')}</h2>
      <div ref={errorRef} tabIndex={-1}>
        {error ? <ErrorNotice error={error} /> : null}
      </div>
      <p class="actions">
        {maySend ? (
          <ActionButton emphasis="primary" busy={busy} onClick={send}>
            {g('sendForApproval')}
          </ActionButton>
        ) : null}
        {mayExport ? (
          <ActionButton emphasis="secondary" busy={busy} onClick={exportJson}>
            {g('exportJson')}
          </ActionButton>
        ) : null}
      </p>
    </section>
  );
}

/** The director's decision: publish now, at a time (Vietnam time → +07:00), or return with a reason. */
function IssueDecisions(props: {
  issue: GazetteIssue;
  /** Decided already: the workflow has yet to move the issue on. */
  waiting: boolean;
  onDecided: (issue: GazetteIssue, message: string) => void;
  onReload: () => void;
}) {
  const { g, lang } = useGazetteWords();
  const { issue } = props;
  if (issue.status !== 'awaiting_approval' || props.waiting) return null;
  const expectedVersion = issue.version;
  return (
    <section class="director-actions" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{g('directorDecision')}</h2>
      <DecisionPanel
        conflictTitle={g('conflict')}
        reloadLabel={g('reload')}
        onReload={props.onReload}
        onDecided={props.onDecided}
        outcomes={[
          {
            label: g('approveNow'),
            emphasis: 'primary',
            decide: () => gazetteApi.decideIssue(issue.id, { outcome: 'approve', expectedVersion }),
            done: () => g('approvedNow'),
          },
          {
            label: g('schedule'),
            emphasis: 'secondary',
            at: {
              id: 'issue-publish-at',
              label: g('scheduleAt'),
              path: 'publishAt',
              required: g('scheduleRequired'),
              past: g('schedulePast'),
            },
            decide: ({ at }) =>
              gazetteApi.decideIssue(issue.id, {
                outcome: 'approve',
                expectedVersion,
                ...(at ? { publishAt: at } : {}),
              }),
            done: (result, { at }) => g('scheduledAt', { at: formatDateTime(result.publishAt ?? at, lang) }),
          },
          {
            label: g('returnIssue'),
            emphasis: 'warning',
            note: {
              id: 'issue-return-note',
              label: g('returnNote'),
              hint: g('returnNoteHint'),
              rows: 3,
              path: 'note',
              required: { minLength: 3, message: g('returnNoteRequired') },
            },
            decide: ({ note }) =>
              gazetteApi.decideIssue(issue.id, { outcome: 'return', expectedVersion, note }),
            done: () => g('issueReturned'),
          },
        ]}
      />
    </section>
  );
}
