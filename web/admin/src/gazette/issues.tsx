import { useEffect, useState } from 'preact/hooks';
import { type GazetteIssue, type IssueStatus, issueStatusSchema } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime, vietnamLocalToIso } from '#shared/time/vietnam.ts';
import { ApiError, fieldMessage } from '../api.ts';
import {
  ActionError,
  ImmediateDecision,
  ReturnDecision,
  ScheduleDecision,
} from '../components/decisions.tsx';
import {
  ErrorNotice,
  Forbidden,
  Link,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { gazetteApi } from './api.ts';
import {
  FileTable,
  HistorySection,
  IssueStatusBadge,
  RefreshNote,
  ResourceStatus,
  StatusFilter,
  useAutoRefresh,
  useFlash,
  useFocusOn,
  useResource,
} from './common.tsx';
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

/** All issues (newest first), filtered by status through the query string. */
export function IssuesPage(props: { query: URLSearchParams }) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const { session } = useSession();
  useDocumentTitle(g('issuesTitle'));
  const queryString = props.query.toString();
  const parsed = issueStatusSchema.safeParse(props.query.get('status'));
  const applied = parsed.success ? parsed.data : undefined;
  const [draft, setDraft] = useState(applied ?? '');
  // Dependencies: the query string stands for `applied`.
  useEffect(() => setDraft(applied ?? ''), [queryString]);
  const allowed = can.readIssues(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? gazetteApi.listIssues(applied) : Promise.resolve([])),
    [queryString, allowed],
  );
  const issues = resource.state === 'ready' ? resource.value : [];
  const polling = issues.some((issue) => movingOn(issue));
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
      <StatusFilter
        id="issue-status-filter"
        value={draft}
        withAll
        options={issueStatusSchema.options.map((status) => ({
          value: status,
          label: words.issueStatus(status),
        }))}
        onChange={setDraft}
        onApply={(query) => navigate(paths.gazetteIssues(query))}
      />
      <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void refresh()} />
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {resource.state === 'ready' && issues.length === 0 ? <p class="empty">{g('issuesEmpty')}</p> : null}
      {issues.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">{g('issuesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{g('colIssueTitle')}</th>
                <th scope="col">{g('colIssueNumber')}</th>
                <th scope="col">{g('colStatus')}</th>
                <th scope="col">{g('colDocuments')}</th>
                <th scope="col">{g('colCreatedBy')}</th>
                <th scope="col">{g('colUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={issue.id}>
                  <th scope="row">
                    <Link href={paths.gazetteIssue(issue.id)}>{issue.title}</Link>
                  </th>
                  <td>
                    <IssueNumber issue={issue} />
                  </td>
                  <td>
                    <IssueStatusBadge status={issue.status} />
                    {issue.status === 'failed' && issue.failure ? (
                      <p class="note-text wrap-anywhere">{g('failureCause', { cause: issue.failure })}</p>
                    ) : null}
                  </td>
                  <td>{issue.entries.length}</td>
                  <td>{issue.createdBy}</td>
                  <td>{formatDateTime(issue.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** The director's queue: issues sent for approval. */
export function ApprovalsPage() {
  const { g, lang } = useGazetteWords();
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
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {resource.state === 'ready' && resource.value.length === 0 ? (
        <p class="empty">{g('approvalsEmpty')}</p>
      ) : null}
      {resource.state === 'ready' && resource.value.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">{g('approvalsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{g('colIssueTitle')}</th>
                <th scope="col">{g('colDocuments')}</th>
                <th scope="col">{g('colCreatedBy')}</th>
                <th scope="col">{g('colUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {resource.value.map((issue) => (
                <tr key={issue.id}>
                  <th scope="row">
                    <Link href={paths.gazetteIssue(issue.id)}>{issue.title}</Link>
                  </th>
                  <td>{issue.entries.length}</td>
                  <td>{issue.createdBy}</td>
                  <td>{formatDateTime(issue.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
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
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{g('tableOfContents')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{g('colOrder')}</th>
                    <th scope="col">{g('colNumberSymbol')}</th>
                    <th scope="col">{g('colType')}</th>
                    <th scope="col">{g('colIssuingBody')}</th>
                    <th scope="col">{g('colAbstract')}</th>
                    <th scope="col">{g('colPages')}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </div>
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
            <dl class="meta meta-grid">
              <dt>{g('year')}</dt>
              <dd>{issue.year}</dd>
              <dt>{g('number')}</dt>
              <dd>{issue.number ?? g('notNumbered')}</dd>
              <dt>{g('createdBy')}</dt>
              <dd>{issue.createdBy}</dd>
              <dt>{g('createdAt')}</dt>
              <dd>{formatDateTime(issue.createdAt, lang)}</dd>
              {issue.approvedBy ? (
                <>
                  <dt>{g('approvedBy')}</dt>
                  <dd>{issue.approvedBy}</dd>
                </>
              ) : null}
              {issue.publishAt && issue.status !== 'published' ? (
                <>
                  <dt>{g('publishAt')}</dt>
                  <dd>{formatDateTime(issue.publishAt, lang)}</dd>
                </>
              ) : null}
              {issue.publishedAt ? (
                <>
                  <dt>{g('publishedAt')}</dt>
                  <dd>{formatDateTime(issue.publishedAt, lang)}</dd>
                </>
              ) : null}
            </dl>
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

          <HistorySection
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorRef = useFocusOn(error);
  const maySend = can.composeIssues(session.principal) && issue.status === 'composing' && !props.waiting;
  const mayExport = can.exportIssues(session.principal) && issue.status === 'published';
  if (!maySend && !mayExport && !error) return null;

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const send = () =>
    run(async () => {
      props.onSent(await gazetteApi.sendIssue(issue.id, issue.version));
    });

  /** The exchange record as a JSON file, made in the browser from the API's answer. */
  const exportJson = () =>
    run(async () => {
      const data = await gazetteApi.exportIssue(issue.id);
      const fileName = `cong-bao-${issue.year}-so-${issue.number ?? 'x'}.json`;
      const url = URL.createObjectURL(
        new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }),
      );
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
          <button
            type="button"
            class="button button-primary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={send}
          >
            {g('sendForApproval')}
          </button>
        ) : null}
        {mayExport ? (
          <button
            type="button"
            class="button button-secondary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={exportJson}
          >
            {g('exportJson')}
          </button>
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
  const [publishAt, setPublishAt] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<{ publishAt?: string; note?: string }>({});
  const errorRef = useFocusOn(error);

  if (issue.status !== 'awaiting_approval' || props.waiting) return null;

  const run = async (
    decision: Parameters<typeof gazetteApi.decideIssue>[1],
    success: (result: GazetteIssue) => string,
  ) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await gazetteApi.decideIssue(issue.id, decision);
      setFieldErrors({});
      props.onDecided(result, success(result));
    } catch (caught) {
      if (caught instanceof ApiError) {
        const fields: { publishAt?: string; note?: string } = {};
        for (const entry of caught.problem?.errors ?? []) {
          if (entry.path === 'note') fields.note = fieldMessage(entry, lang);
          if (entry.path === 'publishAt') fields.publishAt = fieldMessage(entry, lang);
        }
        setFieldErrors(fields);
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const approveNow = () =>
    run({ outcome: 'approve', expectedVersion: issue.version }, () => g('approvedNow'));

  const schedule = () => {
    const iso = vietnamLocalToIso(publishAt);
    if (!iso) {
      setFieldErrors({ publishAt: g('scheduleRequired') });
      document.getElementById('issue-publish-at')?.focus();
      return;
    }
    if (new Date(iso).getTime() <= Date.now()) {
      setFieldErrors({ publishAt: g('schedulePast') });
      document.getElementById('issue-publish-at')?.focus();
      return;
    }
    setFieldErrors({});
    void run({ outcome: 'approve', expectedVersion: issue.version, publishAt: iso }, (result) =>
      g('scheduledAt', { at: formatDateTime(result.publishAt ?? iso, lang) }),
    );
  };

  const returnIt = () => {
    if (note.trim().length < 3) {
      setFieldErrors({ note: g('returnNoteRequired') });
      document.getElementById('issue-return-note')?.focus();
      return;
    }
    setFieldErrors({});
    void run({ outcome: 'return', expectedVersion: issue.version, note: note.trim() }, () =>
      g('issueReturned'),
    );
  };

  return (
    <section class="director-actions" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{g('directorDecision')}</h2>
      <div ref={errorRef} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={g('conflict')}
          reloadLabel={g('reload')}
          onReload={props.onReload}
        />
      </div>
      <ImmediateDecision label={g('approveNow')} busy={busy} onDecide={() => void approveNow()} />
      <ScheduleDecision
        id="issue-publish-at"
        label={g('scheduleAt')}
        buttonLabel={g('schedule')}
        value={publishAt}
        error={fieldErrors.publishAt}
        busy={busy}
        onInput={setPublishAt}
        onDecide={schedule}
      />
      <ReturnDecision
        id="issue-return-note"
        label={g('returnNote')}
        hint={g('returnNoteHint')}
        buttonLabel={g('returnIssue')}
        rows={3}
        value={note}
        error={fieldErrors.note}
        busy={busy}
        onInput={setNote}
        onDecide={returnIt}
      />
    </section>
  );
}
