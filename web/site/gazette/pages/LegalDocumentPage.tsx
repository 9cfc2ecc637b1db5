import type { ConsultationAdoption } from '#shared/domain/consultation.ts';
import {
  type Correction,
  documentFieldLabels,
  type PublishedDocument,
  relationKindLabels,
  statusAfter,
  statusInForceLabels,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { dateInVietnam, formatDateVi } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { JsonLd } from '../../components/JsonLd.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { portal } from '../../portal.ts';
import { DataTable } from '../components/DataTable.tsx';
import { FileList, VerifyNote } from '../components/FileList.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { documentTitle, documentTypeName, formatIsoDate } from '../format.ts';
import { legislationJsonLd } from '../structured-data.ts';

/**
 * A document in the legal-document database, with the fields Decree 224/2026/NĐ-CP asks a portal to give
 * (form, issuer, number/symbol, issue date, effective date, abstract, downloadable file), and where it
 * was published. Corrections come after it in their own section: they are later records, and the
 * published document is never edited. When the document was adopted from a draft put to public comment on
 * the portal, the page links to that consultation.
 */
export function LegalDocumentPage({
  ctx,
  document,
  corrections,
  consultations = [],
}: {
  ctx: SiteContext;
  document: PublishedDocument;
  corrections: Correction[];
  consultations?: Pick<ConsultationAdoption, 'slug' | 'title'>[];
}) {
  const path = sitePaths.legalDocument(document.slug);
  const title = documentTitle(document);
  const issuePath = sitePaths.gazetteIssue(document.issue.year, document.issue.number);
  const ordered = [...corrections].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const today = dateInVietnam(ctx.generatedAt);
  const status = statusInForceOn(document, today);
  const incoming = [...document.relatedBy].sort(
    (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.publishedAt.localeCompare(b.publishedAt),
  );
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${title} | ${text.documents} | ${portal.shortName.vi}`}
      description={document.abstract}
      alternatePath={sitePaths.home('en')}
      links={{ canonicalPath: path }}
      head={
        <>
          <OpenGraph
            language="vi"
            type="website"
            title={title}
            description={document.abstract}
            url={absoluteUrl(ctx, path)}
          />
          <JsonLd data={legislationJsonLd(ctx, document, ordered)} />
        </>
      }
    >
      <Breadcrumb
        language="vi"
        trail={[{ name: text.documents, path: sitePaths.legalDocuments() }]}
        current={document.numberSymbol}
      />
      <article class="gazette legal-doc">
        <h1>{title}</h1>
        {ordered.length > 0 ? (
          // A reader who stops at the fields still learns that the text has been corrected since.
          <p class="legal-doc__notice">
            <a href="#doc-corrections">{text.hasCorrections(ordered.length)}</a>
          </p>
        ) : null}
        <section aria-labelledby="doc-info">
          <h2 class="vh" id="doc-info">
            {text.documentInfo}
          </h2>
          <dl class="doc-fields">
            <dt>{text.abstract}</dt>
            <dd class="doc-fields__abstract">{document.abstract}</dd>
            <dt>{text.numberSymbol}</dt>
            <dd>{document.numberSymbol}</dd>
            <dt>{text.documentType}</dt>
            <dd>{documentTypeName(document.documentType)}</dd>
            <dt>{text.issuingBody}</dt>
            <dd>{document.issuingBody}</dd>
            <dt>{text.signer}</dt>
            <dd>{document.signer}</dd>
            <dt>{text.issueDate}</dt>
            <dd>
              <time datetime={document.issueDate}>{formatIsoDate(document.issueDate)}</time>
            </dd>
            <dt>{text.effectiveDate}</dt>
            <dd>
              <time datetime={document.effectiveDate}>{formatIsoDate(document.effectiveDate)}</time>
            </dd>
            <dt>{text.field}</dt>
            <dd>{documentFieldLabels[document.field].vi}</dd>
            <dt>{text.status}</dt>
            <dd>
              <StatusBadge status={status} />{' '}
              <span class="doc-fields__hint">{text.statusOn(formatIsoDate(today))}</span>
            </dd>
            <dt>{text.source}</dt>
            <dd>
              {text.publishedInBefore}{' '}
              <a href={issuePath}>{text.publishedInIssue(document.issue.number, document.issue.year)}</a>,{' '}
              {text.pages(document.issue.pages)} ({text.publishedOnInline}{' '}
              <PublishedTime instant={document.publishedAt} language="vi" />)
            </dd>
            {consultations.length > 0 ? (
              <>
                <dt>Dự thảo đã được lấy ý kiến nhân dân</dt>
                <dd>
                  {consultations.map((consultation, index) => (
                    <>
                      {index > 0 ? '; ' : ''}
                      <a href={consultationPaths.page(consultation.slug)}>{consultation.title}</a>
                    </>
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section class="block relations" aria-labelledby="doc-relations">
          <h2 class="block__title" id="doc-relations">
            {text.relations}
          </h2>
          {document.relations.length === 0 && incoming.length === 0 ? <p>{text.relationsNone}</p> : null}
          {document.relations.length > 0 ? (
            <>
              <h3>{text.actsOn}</h3>
              <ul class="relation-list">
                {document.relations.map((relation) => (
                  <li>
                    {relationKindLabels[relation.kind].active}{' '}
                    {relation.partial ? `${text.relationPartial} ` : ''}
                    <a href={sitePaths.legalDocument(relation.target.slug)}>
                      {documentTitle(relation.target)}
                    </a>
                    {relation.note ? ` (${relation.note})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {incoming.length > 0 ? (
            <>
              <h3>{text.actedOnBy}</h3>
              <ul class="relation-list">
                {incoming.map((relation) => (
                  <li>
                    {relationKindLabels[relation.kind].passive}{' '}
                    <a href={sitePaths.legalDocument(relation.source.slug)}>
                      {documentTitle(relation.source)}
                    </a>
                    {relation.partial ? ` ${text.relationPartial}` : ''}
                    {relation.note ? ` (${relation.note})` : ''}, {text.colDate.toLowerCase()}{' '}
                    <time datetime={relation.effectiveDate}>{formatIsoDate(relation.effectiveDate)}</time>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{text.timeline}</h3>
          <DataTable id="doc-timeline" caption={text.timelineCaption} captionVisible={false}>
            <thead>
              <tr>
                <th scope="col">{text.colDate}</th>
                <th scope="col">{text.colEvent}</th>
                <th scope="col">{text.colResultingStatus}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" class="nowrap">
                  <time datetime={document.effectiveDate}>{formatIsoDate(document.effectiveDate)}</time>
                </th>
                <td>{text.timelineEffective}</td>
                <td>{statusInForceLabels.in_force.vi}</td>
              </tr>
              {incoming.map((relation) => {
                const after = statusInForceOn(
                  { effectiveDate: document.effectiveDate, relatedBy: incoming },
                  relation.effectiveDate,
                );
                return (
                  <tr>
                    <th scope="row" class="nowrap">
                      <time datetime={relation.effectiveDate}>{formatIsoDate(relation.effectiveDate)}</time>
                    </th>
                    <td>
                      {relationKindLabels[relation.kind].passive}{' '}
                      <a href={sitePaths.legalDocument(relation.source.slug)}>
                        {relation.source.numberSymbol}
                      </a>
                    </td>
                    <td>{statusAfter(relation) ? statusInForceLabels[after].vi : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        </section>
        <section class="block" aria-labelledby="doc-files">
          <h2 class="block__title" id="doc-files">
            {text.documentFiles}
          </h2>
          <FileList
            files={[
              { label: `${text.documentFile} ${document.numberSymbol}`, file: document.file },
              ...(document.editableFile
                ? [{ label: `${text.editableFile} ${document.numberSymbol}`, file: document.editableFile }]
                : []),
              ...document.attachments.map((file) => ({
                label: `${text.attachment}: ${file.fileName}`,
                file,
              })),
            ]}
          />
          <VerifyNote />
        </section>
        <section class="block corrections" aria-labelledby="doc-corrections">
          <h2 class="block__title" id="doc-corrections">
            {text.corrections}
          </h2>
          {ordered.length === 0 ? (
            <p>{text.noCorrections}</p>
          ) : (
            <>
              <p class="corrections__note">{text.correctionsNote}</p>
              <ol class="correction-list">
                {ordered.map((correction) => (
                  <li class="correction">
                    <h3>
                      <time datetime={correction.publishedAt}>
                        {text.correctionOn(formatDateVi(correction.publishedAt))}
                      </time>
                    </h3>
                    {correction.text
                      .split(/\n\s*\n?/)
                      .filter((paragraph) => paragraph.trim() !== '')
                      .map((paragraph) => (
                        <p>{paragraph.trim()}</p>
                      ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      </article>
    </Layout>
  );
}
