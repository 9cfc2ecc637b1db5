import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type DocumentStatus,
  documentStatusSchema,
  type LegalDocument,
  reviewCriteria,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
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
  DocumentStatusBadge,
  FileTable,
  formatDate,
  HistorySection,
  RefreshNote,
  ResourceStatus,
  StatusFilter,
  setFlash,
  useAgencyName,
  useAutoRefresh,
  useFlash,
  useFocusOn,
  useResource,
} from './common.tsx';
import { DocumentForm } from './document-form.tsx';
import { useGazetteWords } from './i18n.ts';
import { ReviewPanel } from './review.tsx';

type Page = { items: LegalDocument[]; nextCursor: string | undefined };

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
  const queryString = props.query.toString();
  const applied = statusFrom(props.query) ?? (props.mode === 'officer' ? 'in_review' : undefined);
  const [draft, setDraft] = useState<string>(applied ?? '');
  // Dependencies: the query string stands for `applied`.
  useEffect(() => setDraft(applied ?? ''), [queryString]);

  const { resource, refresh } = useResource<Page>(async () => {
    const answer = await gazetteApi.listDocuments({ status: applied });
    return { items: answer.items, nextCursor: answer.nextCursor };
  }, [queryString]);
  const [more, setMore] = useState<Page | undefined>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  // Dependencies: a new first page starts the paging over.
  useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
  }, [queryString]);

  const items = resource.state === 'ready' ? [...resource.value.items, ...(more?.items ?? [])] : [];
  const nextCursor = more
    ? more.nextCursor
    : resource.state === 'ready'
      ? resource.value.nextCursor
      : undefined;
  const polling = items.some((document) => document.status === 'submitted');
  const timedOut = useAutoRefresh(polling, refresh, { intervalMs: 1500 });

  const loadMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const answer = await gazetteApi.listDocuments({ status: applied, cursor: nextCursor });
      setMore((previous) => ({
        items: [...(previous?.items ?? []), ...answer.items],
        nextCursor: answer.nextCursor,
      }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  const listPath = (query: URLSearchParams) =>
    props.mode === 'agency' ? paths.gazetteDocuments(query) : paths.gazetteReviewQueue(query);
  const itemPath = (id: string) =>
    props.mode === 'agency' ? paths.gazetteDocument(id) : paths.gazetteReviewItem(id);
  const title = props.mode === 'agency' ? g('agencyDocumentsTitle') : g('reviewQueueTitle');

  return (
    <>
      <StatusFilter
        id="document-status-filter"
        value={draft}
        withAll={props.mode === 'agency'}
        options={documentStatusSchema.options.map((status) => ({
          value: status,
          label: words.documentStatus(status),
        }))}
        onChange={setDraft}
        onApply={(query) => navigate(listPath(query))}
      />

      <RefreshNote polling={polling} timedOut={timedOut} onReload={() => void refresh()} />
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {resource.state === 'ready' && items.length === 0 ? (
        <p class="empty">
          {props.mode === 'officer' && applied === 'in_review' ? g('reviewQueueEmpty') : g('noDocuments')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{g('colNumberSymbol')}</th>
                <th scope="col">{g('colType')}</th>
                {props.mode === 'officer' ? <th scope="col">{g('agency')}</th> : null}
                <th scope="col">{g('colAbstract')}</th>
                <th scope="col">{g('colStatus')}</th>
                <th scope="col">{g('colSubmission')}</th>
                <th scope="col">{g('colUpdated')}</th>
                {props.mode === 'agency' ? <th scope="col">{g('colNotes')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((document) => (
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
                  <td>{document.submission}</td>
                  <td>{formatDateTime(document.updatedAt, lang)}</td>
                  {props.mode === 'agency' ? (
                    <td class="notes-cell">
                      <DocumentNotes document={document} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {moreError ? <ErrorNotice error={moreError} /> : null}
      {nextCursor ? (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={loadMore}
            aria-disabled={loadingMore ? 'true' : undefined}
          >
            {loadingMore ? g('loadingMore') : g('loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** In the agency's list: why a document came back (review note, criteria not met, automated checks). */
function DocumentNotes(props: { document: LegalDocument }) {
  const words = useGazetteWords();
  const { g } = words;
  const { document } = props;
  const review = document.lastReview;
  const failed = review ? reviewCriteria.filter((criterion) => !review.checklist[criterion].pass) : [];
  const showReview = review && (document.status === 'returned' || document.status === 'in_review');
  return (
    <>
      {showReview && review.note ? <p class="note-text">{review.note}</p> : null}
      {showReview && failed.length > 0 ? (
        <p class="note-text">
          {g('failedCriteria', {
            list: failed
              .map((criterion) => {
                const note = review.checklist[criterion].note;
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
  const correctionHeading = useRef<HTMLHeadingElement>(null);

  const polling = Boolean(document && (document.status === 'submitted' || document.status === awaitFrom));
  const timedOut = useAutoRefresh(polling, refresh, { timeoutMs: 60_000 });
  // Dependencies: once the status moved on, stop waiting for it to.
  useEffect(() => {
    if (document && awaitFrom && document.status !== awaitFrom) setAwaitFrom(undefined);
  }, [document?.status]);
  useEffect(() => {
    if (correcting) correctionHeading.current?.focus();
  }, [correcting]);

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
              <div class="table-wrap">
                <table class="data-table">
                  <caption class="visually-hidden">{g('lastReviewTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{g('colCriterion')}</th>
                      <th scope="col">{g('colResult')}</th>
                      <th scope="col">{g('colNote')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reviewCriteria.map((criterion) => (
                      <tr key={criterion}>
                        <th scope="row">{words.criterion(criterion)}</th>
                        <td>
                          <span
                            class={`badge badge-${review.checklist[criterion].pass ? 'published' : 'returned'}`}
                          >
                            {review.checklist[criterion].pass ? g('pass') : g('fail')}
                          </span>
                        </td>
                        <td>{review.checklist[criterion].note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          <section aria-labelledby="document-info-heading">
            <h2 id="document-info-heading">{g('documentInfo')}</h2>
            <dl class="meta meta-grid">
              <dt>{g('fieldNumberSymbol')}</dt>
              <dd>{document.numberSymbol}</dd>
              <dt>{g('fieldDocumentType')}</dt>
              <dd>{words.documentType(document.documentType)}</dd>
              <dt>{g('fieldIssuingBody')}</dt>
              <dd>{document.issuingBody}</dd>
              <dt>{g('fieldSigner')}</dt>
              <dd>{document.signer}</dd>
              <dt>{g('fieldIssueDate')}</dt>
              <dd>{formatDate(document.issueDate)}</dd>
              <dt>{g('fieldEffectiveDate')}</dt>
              <dd>{formatDate(document.effectiveDate)}</dd>
              <dt>{g('fieldField')}</dt>
              <dd>{words.field(document.field)}</dd>
              <dt>{g('fieldAbstract')}</dt>
              <dd>{document.abstract}</dd>
              <dt>{g('agency')}</dt>
              <dd>{agencyName(document.agencyId)}</dd>
              <dt>{g('submittedBy')}</dt>
              <dd>{document.submittedBy}</dd>
              <dt>{g('submittedAt')}</dt>
              <dd>{formatDateTime(document.submittedAt, lang)}</dd>
              <dt>{g('submissionCount')}</dt>
              <dd>{document.submission}</dd>
              {document.issueId && can.readIssues(principal) ? (
                <>
                  <dt>{g('inIssue')}</dt>
                  <dd>
                    <Link href={paths.gazetteIssue(document.issueId)}>{g('openIssue')}</Link>
                  </dd>
                </>
              ) : null}
              {document.publication ? (
                <>
                  <dt>{g('publishedIn')}</dt>
                  <dd>
                    <a href={sitePaths.gazetteIssue(document.publication.year, document.publication.number)}>
                      {g('publishedInValue', {
                        number: document.publication.number,
                        year: document.publication.year,
                        pages: document.publication.pages,
                      })}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="document-files-heading">
            <h2 id="document-files-heading">{g('files')}</h2>
            <p class="hint">{g('filesNote')}</p>
            <FileTable
              files={[
                { role: 'mainFile', file: document.file },
                ...document.attachments.map((file) => ({ role: 'attachmentFile' as const, file })),
              ]}
            />
          </section>

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

          <HistorySection
            entity="document"
            load={() => gazetteApi.documentHistory(props.id)}
            refreshKey={`${document.version}-${document.status}`}
          />
        </>
      ) : null}
    </>
  );
}
