import { useEffect, useState } from 'preact/hooks';
import {
  type DocumentStatus,
  type DocumentTiming,
  documentStatusSchema,
  type LegalDocument,
  type QueuedDocument,
  reviewCriteria,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { gazetteApi } from '../api/gazette.ts';
import { useAgencyName } from '../components/directory.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import {
  LoadMore,
  RefreshNote,
  ResourceStatus,
  useAutoRefresh,
  usePagedList,
  useResource,
} from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { DataTable, ItemTable } from '../components/table.tsx';
import {
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  StatusMessage,
  setFlash,
  useDocumentTitle,
  useFlash,
  useFocusOn,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { DocumentStatusBadge, FileTable, formatDate, GazetteHistory } from './common.tsx';
import { DocumentForm } from './document-form.tsx';
import { useGazetteWords } from './i18n.ts';
import { ReviewPanel } from './review.tsx';

/** `?status=` of a list, when it names a document status. */
function statusFrom(query: URLSearchParams): DocumentStatus | undefined {
  const parsed = documentStatusSchema.safeParse(query.get('status'));
  return parsed.success ? parsed.data : undefined;
}

/**
 * A list of documents: the agency's own ("Văn bản của cơ quan", every status unless filtered), or the
 * officer's queue ("Hàng chờ rà soát", in review unless another status is chosen). While a document is
 * being checked by the workflow, the list refreshes itself.
 */
function DocumentList(props: { mode: 'agency' | 'officer'; query: URLSearchParams }) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const agencyName = useAgencyName();
  const applied = statusFrom(props.query) ?? (props.mode === 'officer' ? 'in_review' : undefined);
  const list = usePagedList<QueuedDocument>(
    (cursor) => gazetteApi.listDocuments({ status: applied, cursor }),
    [props.query.toString()],
  );
  const polling = list.items.some((document) => document.status === 'submitted');
  const timedOut = useAutoRefresh(polling, list.first.refresh, { intervalMs: 1500 });

  const listPath = (query: URLSearchParams) =>
    props.mode === 'agency' ? paths.gazetteDocuments(query) : paths.gazetteReviewQueue(query);
  const itemPath = (id: string) =>
    props.mode === 'agency' ? paths.gazetteDocument(id) : paths.gazetteReviewItem(id);
  const title = props.mode === 'agency' ? g('agencyDocumentsTitle') : g('reviewQueueTitle');

  return (
    <>
      <FilterBar
        label={g('filterStatus')}
        applied={{ status: applied ?? '' }}
        applyLabel={g('applyFilter')}
        onApply={(query) => navigate(listPath(query))}
        filters={[
          {
            kind: 'select',
            param: 'status',
            id: 'document-status-filter',
            label: g('filterStatus'),
            withAll: props.mode === 'agency',
            options: documentStatusSchema.options.map((status) => ({
              value: status,
              label: words.documentStatus(status),
            })),
          },
        ]}
      />

      <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void list.first.refresh()} />
      <ItemTable
        resource={list.first.resource}
        onRetry={() => void list.first.refresh()}
        items={list.items}
        empty={props.mode === 'officer' && applied === 'in_review' ? g('reviewQueueEmpty') : g('noDocuments')}
        caption={title}
        columns={[
          g('colNumberSymbol'),
          g('colType'),
          ...(props.mode === 'officer' ? [g('agency')] : []),
          g('colAbstract'),
          g('colStatus'),
          g('colTiming'),
          g('colPostingDue'),
          g('colSubmission'),
          g('colUpdated'),
          ...(props.mode === 'agency' ? [g('colNotes')] : []),
        ]}
        row={(document) => (
          <tr key={document.id}>
            <th scope="row">
              <Link href={itemPath(document.id)}>{document.numberSymbol}</Link>
            </th>
            <td>{words.documentType(document.documentType)}</td>
            {props.mode === 'officer' ? <td>{agencyName(document.agencyId)}</td> : null}
            <td class="abstract-cell">{document.abstract}</td>
            <td>
              <DocumentStatusBadge status={document.status} />
            </td>
            <TimingCells timing={document.timing} />
            <td>{document.submission}</td>
            <td>{formatDateTime(document.updatedAt, lang)}</td>
            {props.mode === 'agency' ? (
              <td class="notes-cell">
                <DocumentNotes document={document} />
              </td>
            ) : null}
          </tr>
        )}
      />
      <LoadMore list={list} />
    </>
  );
}

const postingTone = { pending: 'waiting', due: 'planned', overdue: 'problem', posted: 'done' } as const;

/**
 * The two deadlines of a document: days from signing to receipt (flagged past the 3-day limit) and the day
 * the office must post it by, with where it stands (the API computes both).
 */
function TimingCells(props: { timing: DocumentTiming }) {
  const { g } = useGazetteWords();
  const { timing } = props;
  return (
    <>
      <td>
        {g('timingDays', { days: timing.daysFromSigning })}
        {timing.lateSubmission ? (
          <>
            {' '}
            <StatusBadge tone="problem" label={g('timingLate')} />
          </>
        ) : null}
      </td>
      <td>
        <time dateTime={timing.postingDueOn}>{formatDate(timing.postingDueOn)}</time>{' '}
        <StatusBadge tone={postingTone[timing.posting]} label={g(`posting_${timing.posting}`)} />
      </td>
    </>
  );
}

/** In the agency's list: why a document came back (review note, criteria not met, automated checks). */
function DocumentNotes(props: { document: LegalDocument }) {
  const words = useGazetteWords();
  const { g } = words;
  const { document } = props;
  const review = document.lastReview;
  const failed = review
    ? reviewCriteria.filter((criterion) => review.checklist[criterion]?.pass === false)
    : [];
  const showReview = review && (document.status === 'returned' || document.status === 'in_review');
  return (
    <>
      {showReview && review.note ? <p class="note-text">{review.note}</p> : null}
      {showReview && failed.length > 0 ? (
        <p class="note-text">
          {g('failedCriteria', {
            list: failed
              .map((criterion) => {
                const note = review.checklist[criterion]?.note;
                return note ? `${words.criterion(criterion)} (${note})` : words.criterion(criterion);
              })
              .join('; '),
          })}
        </p>
      ) : null}
      {document.status === 'failed' && document.failure ? <p class="note-text">{document.failure}</p> : null}
    </>
  );
}

export function AgencyDocumentsPage(props: { query: URLSearchParams }) {
  const { g } = useGazetteWords();
  const { session } = useSession();
  useDocumentTitle(g('agencyDocumentsTitle'));
  if (!can.submitDocuments(session.principal)) return <Forbidden />;
  return (
    <>
      <div class="page-heading">
        <PageTitle>{g('agencyDocumentsTitle')}</PageTitle>
        <Link href={paths.gazetteSubmit()} class="button button-primary">
          {g('submitDocument')}
        </Link>
      </div>
      <p class="intro">{g('agencyDocumentsIntro')}</p>
      <DocumentList mode="agency" query={props.query} />
    </>
  );
}

export function ReviewQueuePage(props: { query: URLSearchParams }) {
  const { g } = useGazetteWords();
  const { session } = useSession();
  useDocumentTitle(g('reviewQueueTitle'));
  if (!can.reviewDocuments(session.principal)) return <Forbidden />;
  return (
    <>
      <PageTitle>{g('reviewQueueTitle')}</PageTitle>
      <p class="intro">{g('reviewQueueIntro')}</p>
      <DocumentList mode="officer" query={props.query} />
    </>
  );
}

export function SubmitDocumentPage() {
  const { g } = useGazetteWords();
  const { session } = useSession();
  useDocumentTitle(g('submitDocument'));
  if (!can.submitDocuments(session.principal)) return <Forbidden />;
  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.gazetteDocuments()}>{g('agencyDocumentsTitle')}</Link>
      </p>
      <PageTitle>{g('submitDocument')}</PageTitle>
      <DocumentForm
        onSubmitted={(document) => {
          setFlash(g('submitted'));
          navigate(paths.gazetteDocument(document.id));
        }}
      />
    </>
  );
}

/**
 * One document: its details and files, the automated checks' and the reviewer's findings, the history;
 * for the officer (in review) the checklist, for the agency (returned) the corrected resubmission.
 * After an action the screen follows the workflow until the status moves on.
 */
export function DocumentPage(props: { id: string; via: 'documents' | 'review' }) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const { session } = useSession();
  const principal = session.principal;
  const agencyName = useAgencyName();
  const { resource, refresh, set } = useResource(() => gazetteApi.getDocument(props.id), [props.id]);
  const document = resource.state === 'ready' ? resource.value : undefined;
  const [message, setMessage] = useState<string | undefined>(useFlash());
  /** The status an action left the document in, until the workflow moves it on. */
  const [awaitFrom, setAwaitFrom] = useState<DocumentStatus | undefined>();
  const [correcting, setCorrecting] = useState(false);
  const messageRef = useFocusOn(message);
  const correctionHeading = useFocusOn<HTMLHeadingElement>(correcting);

  const polling = Boolean(document && (document.status === 'submitted' || document.status === awaitFrom));
  const timedOut = useAutoRefresh(polling, refresh, { timeoutMs: 60_000 });
  // Dependencies: once the status moved on, stop waiting for it to.
  useEffect(() => {
    if (document && awaitFrom && document.status !== awaitFrom) setAwaitFrom(undefined);
  }, [document?.status]);

  const reviewing = Boolean(
    document &&
      can.reviewDocuments(principal) &&
      document.status === 'in_review' &&
      awaitFrom !== 'in_review',
  );
  const heading = document
    ? reviewing
      ? g('reviewDocumentTitle', { numberSymbol: document.numberSymbol })
      : g('documentTitle', { numberSymbol: document.numberSymbol })
    : g('documentInfo');
  useDocumentTitle(heading);

  const backLink =
    props.via === 'review' || !can.submitDocuments(principal) ? (
      can.reviewDocuments(principal) ? (
        <Link href={paths.gazetteReviewQueue()}>{g('reviewQueueTitle')}</Link>
      ) : (
        <Link href={paths.gazetteIssues()}>{g('issuesTitle')}</Link>
      )
    ) : (
      <Link href={paths.gazetteDocuments()}>{g('agencyDocumentsTitle')}</Link>
    );

  const review = document?.lastReview;

  return (
    <>
      <p class="breadcrumb">{backLink}</p>
      <PageTitle>{heading}</PageTitle>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {document ? (
        <>
          <p class="status-line" aria-live="polite" aria-atomic="true">
            {g('colStatus')}: <DocumentStatusBadge status={document.status} />
          </p>
          <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void refresh()} />
          <div ref={messageRef} tabIndex={-1}>
            <StatusMessage message={message} />
          </div>

          {document.status === 'failed' && document.failure ? (
            <div class="notice notice-error">
              <p class="notice-title">{g('failureTitle')}</p>
              <p class="wrap-anywhere">{document.failure}</p>
            </div>
          ) : null}

          {review ? (
            <section aria-labelledby="last-review-heading" class="panel">
              <h2 id="last-review-heading">{g('lastReviewTitle')}</h2>
              <p class="hint">
                {g('lastReviewBy', { name: review.reviewedBy, at: formatDateTime(review.reviewedAt, lang) })}
              </p>
              {review.note ? (
                <div class={`notice ${document.status === 'returned' ? 'notice-warning' : 'notice-info'}`}>
                  <p class="notice-title">{g('reviewNote')}</p>
                  <p>{review.note}</p>
                </div>
              ) : null}
              <DataTable
                caption={g('lastReviewTitle')}
                columns={[g('colCriterion'), g('colResult'), g('colNote')]}
              >
                {reviewCriteria.map((criterion) => {
                  // Only the criteria the province had the officer check.
                  const result = review.checklist[criterion];
                  return result ? (
                    <tr key={criterion}>
                      <th scope="row">{words.criterion(criterion)}</th>
                      <td>
                        <StatusBadge
                          tone={result.pass ? 'done' : 'problem'}
                          label={result.pass ? g('pass') : g('fail')}
                        />
                      </td>
                      <td>{result.note}</td>
                    </tr>
                  ) : null;
                })}
              </DataTable>
            </section>
          ) : null}

          <section aria-labelledby="document-info-heading">
            <h2 id="document-info-heading">{g('documentInfo')}</h2>
            <MetaList
              grid
              items={[
                [g('fieldNumberSymbol'), document.numberSymbol],
                [g('fieldDocumentType'), words.documentType(document.documentType)],
                [g('fieldIssuingBody'), document.issuingBody],
                [g('fieldSigner'), document.signer],
                [g('fieldIssueDate'), formatDate(document.issueDate)],
                [g('fieldEffectiveDate'), formatDate(document.effectiveDate)],
                [g('fieldField'), words.field(document.field)],
                [g('fieldAbstract'), document.abstract],
                [g('agency'), agencyName(document.agencyId)],
                [g('submittedBy'), document.submittedBy],
                [g('submittedAt'), formatDateTime(document.submittedAt, lang)],
                [g('submissionCount'), document.submission],
                document.issueId && can.readIssues(principal)
                  ? [g('inIssue'), <Link href={paths.gazetteIssue(document.issueId)}>{g('openIssue')}</Link>]
                  : false,
                document.publication && [
                  g('publishedIn'),
                  <a href={sitePaths.gazetteIssue(document.publication.year, document.publication.number)}>
                    {g('publishedInValue', {
                      number: document.publication.number,
                      year: document.publication.year,
                      pages: document.publication.pages,
                    })}
                  </a>,
                ],
              ]}
            />
          </section>

          <section aria-labelledby="document-files-heading">
            <h2 id="document-files-heading">{g('files')}</h2>
            <p class="hint">{g('filesNote')}</p>
            <FileTable
              files={[
                { role: 'mainFile', file: document.file },
                ...(document.editableFile
                  ? [{ role: 'editableFile' as const, file: document.editableFile }]
                  : []),
                ...document.attachments.map((file) => ({ role: 'attachmentFile' as const, file })),
              ]}
            />
          </section>

          {document.relations.length > 0 ? (
            <section aria-labelledby="document-relations-heading">
              <h2 id="document-relations-heading">{g('documentRelations')}</h2>
              <ul class="relation-chosen">
                {document.relations.map((relation) => (
                  <li key={`${relation.kind}-${relation.target.id}`}>
                    {words.relationKind(relation.kind)}
                    {relation.partial ? ` (${g('relationPartial').toLocaleLowerCase(lang)})` : ''}:{' '}
                    <a href={sitePaths.legalDocument(relation.target.slug)}>{relation.target.numberSymbol}</a>
                    {relation.note ? ` — ${relation.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {reviewing ? (
            <ReviewPanel
              key={document.version}
              document={document}
              onReload={() => void refresh()}
              onReviewed={(updated, outcome) => {
                set(updated);
                setAwaitFrom('in_review');
                setMessage(outcome === 'accept' ? g('accepted') : g('returnedToAgency'));
              }}
            />
          ) : null}

          {can.submitDocuments(principal) && document.status === 'returned' ? (
            <section aria-labelledby="correction-heading" class="panel">
              {correcting ? (
                <>
                  <h2 id="correction-heading" tabIndex={-1} ref={correctionHeading}>
                    {g('resubmitTitle')}
                  </h2>
                  <DocumentForm
                    key={document.version}
                    document={document}
                    onReload={() => void refresh()}
                    onSubmitted={(updated) => {
                      set(updated);
                      setCorrecting(false);
                      setMessage(g('resubmitted', { n: updated.submission }));
                    }}
                  />
                </>
              ) : (
                <>
                  <h2 id="correction-heading">{g('resubmitTitle')}</h2>
                  <button
                    type="button"
                    class="button button-primary"
                    aria-expanded="false"
                    onClick={() => setCorrecting(true)}
                  >
                    {g('resubmitOpen')}
                  </button>
                </>
              )}
            </section>
          ) : null}

          <GazetteHistory
            entity="document"
            load={() => gazetteApi.documentHistory(props.id)}
            refreshKey={`${document.version}-${document.status}`}
          />
        </>
      ) : null}
    </>
  );
}
