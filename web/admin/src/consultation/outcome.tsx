import { useState } from 'preact/hooks';
import { type AdoptedDocument, rejectionReasonSchema } from '#shared/domain/consultation.ts';
import { documentTypeLabels } from '#shared/domain/gazette.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { type AdoptableDocument, type ConsultationDetail, consultationApi } from '../api/consultation.ts';
import { DataTable } from '../components/table.tsx';
import { ActionButton, ErrorNotice, Field, MetaList } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useConsultationWords } from './i18n.ts';

/**
 * What a consultation led to, on its staff screen: the figures of its comments (the same counts as the
 * public page), the report's PDF once approved, and the gazette document adopted from the draft, which the
 * agency or the officer picks from the legal-document database once the report is approved.
 */
type Lang = 'vi' | 'en';
const titleOf = (
  document: Pick<AdoptedDocument | AdoptableDocument, 'documentType' | 'numberSymbol' | 'abstract'>,
  lang: Lang,
) => `${documentTypeLabels[document.documentType][lang]} ${document.numberSymbol}: ${document.abstract}`;

export function StatisticsSection(props: { detail: ConsultationDetail }) {
  const { c, reason, lang } = useConsultationWords();
  const { statistics, consultation } = props.detail;
  const rejected = rejectionReasonSchema.options.filter((option) => statistics.rejectedBy[option] > 0);
  return (
    <section aria-labelledby="statistics">
      <h2 id="statistics">{c('statisticsTitle')}</h2>
      <MetaList
        grid
        items={[
          [c('statReceived'), String(statistics.received)],
          [c('statPublished'), String(statistics.published)],
          [c('statPending'), String(statistics.pending)],
          [c('statRejected'), String(statistics.rejected)],
          rejected.length > 0 && [
            c('statRejectedBy'),
            rejected.map((option) => `${reason(option)} (${statistics.rejectedBy[option]})`).join('; '),
          ],
          Boolean(consultation.report?.approvedAt) && [
            c('reportPdf'),
            <a href={consultationPaths.reportPdf(consultation.slug)} target="_blank" rel="noopener">
              {consultationPaths.reportPdf(consultation.slug)}
            </a>,
          ],
        ]}
      />
      <p>
        {c('statByAuthor', {
          individual: statistics.byAuthor.individual.received,
          individualPublished: statistics.byAuthor.individual.published,
          organisation: statistics.byAuthor.organisation.received,
          organisationPublished: statistics.byAuthor.organisation.published,
        })}
      </p>
      <DataTable
        caption={c('statisticsTitle')}
        columns={[c('statPart'), c('statReceived'), c('statPublished'), c('statPending'), c('statRejected')]}
      >
        {statistics.parts.map((part) => (
          <tr key={part.anchor}>
            <th scope="row">{lang === 'vi' ? part.labelVi : part.labelEn}</th>
            <td>{part.received}</td>
            <td>{part.published}</td>
            <td>{part.pending}</td>
            <td>{part.rejected}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export function AdoptedDocumentSection(props: {
  detail: ConsultationDetail;
  onDone: (message: string) => void;
}) {
  const { c, lang } = useConsultationWords();
  const { session } = useSession();
  const { consultation } = props.detail;
  const [q, setQ] = useState('');
  const [found, setFound] = useState<AdoptableDocument[] | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const adopted = consultation.adoptedDocument;
  const mayLink = can.linkAdoptedDocuments(session.principal) && consultation.status === 'concluded';
  const search = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      setFound((await consultationApi.adoptableDocuments(q)).items);
    } catch (failure) {
      setError(failure);
    }
  };
  const link = async (documentId: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await consultationApi.linkAdoptedDocument(consultation.id, {
        documentId,
        expectedVersion: consultation.version,
      });
      props.onDone(c('adoptedLinked'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="adopted">
      <h2 id="adopted">{c('adoptedTitle')}</h2>
      <p>
        {adopted ? (
          <>
            {c('adoptedCurrent')}
            <a href={sitePaths.legalDocument(adopted.slug)} target="_blank" rel="noopener">
              {titleOf(adopted, lang)}
            </a>
          </>
        ) : (
          c('adoptedNone')
        )}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      {can.linkAdoptedDocuments(session.principal) && !mayLink ? (
        <p class="hint">{c('adoptedAfterReport')}</p>
      ) : null}
      {mayLink ? (
        <>
          <p class="hint">{c('adoptedIntro')}</p>
          <form onSubmit={search} noValidate>
            <Field id="adopted-search" label={c('adoptedSearch')}>
              <input
                id="adopted-search"
                type="search"
                value={q}
                onInput={(event) => setQ(event.currentTarget.value)}
              />
            </Field>
            <p class="actions">
              <ActionButton type="submit" emphasis="secondary">
                {c('adoptedFind')}
              </ActionButton>
            </p>
          </form>
          {found && found.length === 0 ? <p class="empty">{c('adoptedNoResult')}</p> : null}
          {found && found.length > 0 ? (
            <ul class="plain-list" aria-label={c('adoptedResults')}>
              {found.map((document) => (
                <li key={document.id} class="panel">
                  <p>{titleOf(document, lang)}</p>
                  {adopted?.documentId === document.id ? null : (
                    <ActionButton emphasis="primary" busy={busy} onClick={() => void link(document.id)}>
                      {c('adoptedLink')}
                    </ActionButton>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
