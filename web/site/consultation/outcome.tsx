import {
  type AdoptedDocument,
  type ConsultationStatistics,
  rejectionReasonLabels,
  rejectionReasonSchema,
} from '#shared/domain/consultation.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { DataTable } from '../gazette/components/DataTable.tsx';
import { documentTitle, formatFileSize, formatIsoDate } from '../gazette/format.ts';

/**
 * What a consultation led to, on its public page: the report's PDF, the document adopted from the draft (in
 * the legal-document database) and the figures of the comments. Counts only: no commenter is named here.
 */

/** `/lay-y-kien/<slug>/bao-cao-tiep-thu-giai-trinh.pdf`, with its size, beside the report's section. */
export function ReportPdfLink({ pdf }: { pdf: { path: string; bytes: number } }) {
  return (
    <p class="cs-report__pdf">
      <a href={pdf.path} type="application/pdf" download>
        Tải báo cáo tổng hợp, tiếp thu, giải trình ý kiến (PDF, {formatFileSize(pdf.bytes)})
      </a>
    </p>
  );
}

/** The fact line "Văn bản đã ban hành", linking to the document's page in the legal-document database. */
export function AdoptedDocumentFact({ document }: { document: AdoptedDocument }) {
  return (
    <>
      <dt>Văn bản đã ban hành</dt>
      <dd>
        <a href={sitePaths.legalDocument(document.slug)}>{documentTitle(document)}</a> ngày{' '}
        {formatIsoDate(document.issueDate)}: {document.abstract}
      </dd>
    </>
  );
}

export function ConsultationStatisticsSection({
  statistics,
  apiPath,
}: {
  statistics: ConsultationStatistics;
  apiPath: string;
}) {
  const rejectedReasons = rejectionReasonSchema.options.filter((reason) => statistics.rejectedBy[reason]);
  return (
    <section class="cs-stats" id="so-lieu" aria-labelledby="so-lieu-title">
      <h2 id="so-lieu-title">Số liệu góp ý</h2>
      <dl class="fb-totals">
        <div>
          <dt>Đã nhận</dt>
          <dd>{statistics.received}</dd>
        </div>
        <div>
          <dt>Đã đăng</dt>
          <dd>{statistics.published}</dd>
        </div>
        <div>
          <dt>Chờ kiểm duyệt</dt>
          <dd>{statistics.pending}</dd>
        </div>
        <div>
          <dt>Không đăng</dt>
          <dd>{statistics.rejected}</dd>
        </div>
      </dl>
      <p>
        Từ cá nhân: {statistics.byAuthor.individual.received} góp ý (
        {statistics.byAuthor.individual.published} đã đăng); từ cơ quan, tổ chức:{' '}
        {statistics.byAuthor.organisation.received} góp ý ({statistics.byAuthor.organisation.published} đã
        đăng).
      </p>
      {rejectedReasons.length > 0 ? (
        <p>
          Lý do không đăng:{' '}
          {rejectedReasons
            .map((reason) => `${rejectionReasonLabels[reason].vi} (${statistics.rejectedBy[reason]})`)
            .join('; ')}
          .
        </p>
      ) : null}
      <DataTable id="so-lieu-theo-phan" caption="Góp ý theo từng phần của dự thảo">
        <thead>
          <tr>
            <th scope="col">Phần dự thảo</th>
            <th scope="col">Đã nhận</th>
            <th scope="col">Đã đăng</th>
            <th scope="col">Chờ kiểm duyệt</th>
            <th scope="col">Không đăng</th>
          </tr>
        </thead>
        <tbody>
          {statistics.parts.map((part) => (
            <tr>
              <th scope="row">
                <a href={`#${part.anchor}`}>{part.labelVi}</a>
              </th>
              <td>{part.received}</td>
              <td>{part.published}</td>
              <td>{part.pending}</td>
              <td>{part.rejected}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p class="muted">
        Số liệu dạng dữ liệu mở (JSON): <a href={apiPath}>{apiPath}</a>
      </p>
    </section>
  );
}
