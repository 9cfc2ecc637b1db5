import type { Child } from 'hono/jsx';
import { anchorLabel } from '#shared/consultation/draft-text.ts';
import type { PublicVersion } from '#shared/consultation/public-view.ts';
import {
  type Consultation,
  type ConsultationStatistics,
  consultationStatusLabels,
  type DraftArticle,
  dispositionLabels,
  documentKindLabels,
  type PublicComment,
  WHOLE_DRAFT,
} from '#shared/domain/consultation.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { FeedLinks } from '../components/FeedLinks.tsx';
import { type HeadLinks, Layout } from '../components/Layout.tsx';
import type { SiteContext } from '../context.ts';
import { Checkbox, ErrorSummary, Select, TextArea, TextInput } from '../feedback/components/FormFields.tsx';
import { Paragraphs } from '../feedback/components/Paragraphs.tsx';
import { portal } from '../portal.ts';
import { FollowForm, type FollowFormModel } from './FollowForm.tsx';
import { AdoptedDocumentFact, ConsultationStatisticsSection, ReportPdfLink } from './outcome.tsx';

/**
 * Consultations on draft regulations on the public site (lấy ý kiến dự thảo văn bản): the list, one draft
 * with its articles, published comments under the part they concern, the comment form (a plain form post:
 * it works with JavaScript off) and, once approved, the disposition report. Vietnamese, as the drafts are.
 * No model here holds a commenter's contact: only the public fields of published comments.
 */
export type ConsultationSummary = Pick<
  Consultation,
  'slug' | 'title' | 'agencyName' | 'field' | 'documentKind' | 'opensAt' | 'closesAt' | 'status'
>;
export type PublicConsultationModel = {
  consultation: Omit<Consultation, 'createdBy' | 'report'> & { report?: Consultation['report'] };
  /** Every version of the draft, the first (the one commented on) first; absent means only that one. */
  versions?: Pick<PublicVersion, 'number' | 'postedAt' | 'changeNote'>[];
  comments: PublicComment[];
  counts: Record<string, number>;
  /** The figures of the comments (counts only), shown in their own section. */
  statistics?: ConsultationStatistics;
  /** The approved report's PDF beside the page, with its size. */
  reportPdf?: { path: string; bytes: number };
  /** Whether the form takes comments now (the period is open by the clock and the status). */
  takesComments: boolean;
  noticeVersion: string;
  /** After a failed post: what was typed and the errors. */
  values?: Record<string, string>;
  errors?: FieldProblem[];
  /** The follow form, while the consultation has not concluded. */
  follow?: FollowFormModel | undefined;
};

const section = { name: 'Lấy ý kiến dự thảo văn bản', path: consultationPaths.list() };

export function ConsultationLayout(props: {
  ctx: SiteContext;
  title: string;
  canonicalPath?: string | undefined;
  current?: string | undefined;
  feeds?: HeadLinks['feeds'];
  /** Crumbs between the list and the current page. */
  trail?: { name: string; path: string }[];
  children: Child;
}) {
  return (
    <Layout
      ctx={props.ctx}
      language="vi"
      title={`${props.title} | ${portal.shortName.vi}`}
      alternatePath={sitePaths.home('en')}
      noindex={props.canonicalPath === undefined}
      links={{ canonicalPath: props.canonicalPath, ...(props.feeds ? { feeds: props.feeds } : {}) }}
    >
      <Breadcrumb
        language="vi"
        trail={props.current === undefined ? [] : [section, ...(props.trail ?? [])]}
        current={props.current ?? section.name}
      />
      <div class="consultation">{props.children}</div>
    </Layout>
  );
}

function Period({ consultation }: { consultation: Pick<Consultation, 'opensAt' | 'closesAt'> }) {
  return (
    <>
      từ {formatDateTimeVi(consultation.opensAt)} đến {formatDateTimeVi(consultation.closesAt)} (giờ Việt Nam)
    </>
  );
}

function Comments({ comments, anchor }: { comments: PublicComment[]; anchor: string }) {
  const here = comments.filter((comment) => comment.anchor === anchor);
  if (here.length === 0) return null;
  const label = anchorLabel(anchor).vi;
  return (
    <section class="cs-comments" aria-label={`Góp ý về ${label}`}>
      <p class="cs-comments__count">
        <strong>{here.length}</strong> góp ý về {label}
      </p>
      <ul class="cs-comments__list">
        {here.map((comment) => (
          <li class="cs-comment" id={commentId(comment.id)}>
            <p class="cs-comment__meta">
              <strong>{comment.authorLabel}</strong> · {formatDateTimeVi(comment.receivedAt)}
            </p>
            <Paragraphs text={comment.publicContent} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Article({ article, model }: { article: DraftArticle; model: PublicConsultationModel }) {
  const count = model.counts[article.anchor] ?? 0;
  const clauseCount = article.clauses.reduce((sum, clause) => sum + (model.counts[clause.anchor] ?? 0), 0);
  // Under a section (Mục, an h3) an article is one level further down.
  const Heading = article.sectionAnchor ? 'h4' : 'h3';
  return (
    <section class="cs-article" id={article.anchor} aria-labelledby={`${article.anchor}-title`}>
      <Heading id={`${article.anchor}-title`}>
        Điều {article.number}. {article.title}
      </Heading>
      <p class="cs-article__count muted">
        {count + clauseCount} góp ý đã đăng
        {model.takesComments ? (
          <>
            {' · '}
            <a href="#gop-y">Góp ý về Điều {article.number}</a>
          </>
        ) : null}
      </p>
      {article.intro ? <Paragraphs text={article.intro} /> : null}
      {article.clauses.length > 0 ? (
        <ol class="cs-clauses">
          {article.clauses.map((clause) => (
            <li id={clause.anchor} value={clause.number}>
              <Paragraphs text={clause.text} />
              <Comments comments={model.comments} anchor={clause.anchor} />
            </li>
          ))}
        </ol>
      ) : null}
      <Comments comments={model.comments} anchor={article.anchor} />
    </section>
  );
}

const formFields = {
  anchor: { id: 'cs-anchor', label: { vi: 'Góp ý về', en: 'Comment on' } },
  content: { id: 'cs-content', label: { vi: 'Nội dung góp ý', en: 'Your comment' } },
  name: { id: 'cs-name', label: { vi: 'Họ và tên', en: 'Name' } },
  organisation: { id: 'cs-organisation', label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' } },
  email: { id: 'cs-email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
  phone: { id: 'cs-phone', label: { vi: 'Số điện thoại', en: 'Phone' } },
  consent: { id: 'cs-consent', label: { vi: 'Đồng ý xử lý dữ liệu cá nhân', en: 'Consent' } },
};

function CommentForm({ model }: { model: PublicConsultationModel }) {
  const values = model.values ?? {};
  const errors = model.errors ?? [];
  const errorsFor = (name: string) => errors.filter((error) => error.path.split('.')[0] === name);
  const options = [
    { value: WHOLE_DRAFT, label: anchorLabel(WHOLE_DRAFT).vi },
    ...model.consultation.draft.articles.flatMap((article) => [
      { value: article.anchor, label: `Điều ${article.number}. ${article.title}` },
      ...article.clauses.map((clause) => ({
        value: clause.anchor,
        label: `— ${anchorLabel(clause.anchor).vi}`,
      })),
    ]),
  ];
  return (
    <section class="cs-form" id="gop-y" aria-labelledby="gop-y-title">
      <h2 id="gop-y-title">Gửi góp ý</h2>
      <ErrorSummary errors={errors} fields={formFields} />
      <form method="post" action={consultationPaths.commentApi(model.consultation.slug)} novalidate>
        <input type="hidden" name="consentNoticeVersion" value={model.noticeVersion} />
        <Select
          id={formFields.anchor.id}
          name="anchor"
          label="Góp ý về"
          hint="Chọn điều, khoản bạn góp ý, hoặc toàn văn dự thảo"
          value={values.anchor ?? WHOLE_DRAFT}
          options={options}
          errors={errorsFor('anchor')}
        />
        <TextArea
          id={formFields.content.id}
          name="content"
          label="Nội dung góp ý"
          hint="Từ 10 đến 5.000 ký tự. Góp ý được đăng công khai sau khi kiểm duyệt."
          value={values.content ?? ''}
          rows={8}
          errors={errorsFor('content')}
        />
        <TextInput
          id={formFields.name.id}
          name="name"
          label="Họ và tên"
          autocomplete="name"
          value={values.name ?? ''}
          errors={errorsFor('name')}
        />
        <TextInput
          id={formFields.organisation.id}
          name="organisation"
          label="Cơ quan, tổ chức"
          hint="Nếu bạn góp ý thay mặt một cơ quan, tổ chức, doanh nghiệp: tên được đăng kèm góp ý"
          optional
          autocomplete="organization"
          value={values.organisation ?? ''}
          errors={errorsFor('organisation')}
        />
        <p class="field__hint" id="cs-contact-note">
          Ghi thư điện tử hoặc số điện thoại (ít nhất một) để cơ quan soạn thảo liên hệ khi cần. Thông tin
          liên hệ không bao giờ được công bố.
        </p>
        <TextInput
          id={formFields.email.id}
          name="email"
          type="email"
          label="Thư điện tử"
          optional
          autocomplete="email"
          spellcheck={false}
          notes={['cs-contact-note']}
          value={values.email ?? ''}
          errors={errorsFor('email')}
        />
        <TextInput
          id={formFields.phone.id}
          name="phone"
          type="tel"
          label="Số điện thoại"
          optional
          autocomplete="tel"
          width="medium"
          notes={['cs-contact-note']}
          value={values.phone ?? ''}
          errors={errorsFor('phone')}
        />
        <div class="field" aria-hidden="true" hidden>
          <label for="cs-website">Để trống ô này</label>
          <input id="cs-website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
        </div>
        <Checkbox
          id={formFields.consent.id}
          name="consent"
          value="yes"
          label="Tôi đồng ý để Cổng Thông tin điện tử tỉnh Quảng Trị và cơ quan soạn thảo xử lý họ tên và thông tin liên hệ của tôi để tiếp nhận, tổng hợp góp ý này (Nghị định 13/2023/NĐ-CP)."
          checked={values.consent === 'yes'}
          errors={errorsFor('consent')}
        />
        <button class="button" type="submit">
          Gửi góp ý
        </button>
      </form>
    </section>
  );
}

/** The fragment id of a report issue on the consultation page (what a redline's changed part links to). */
export const reportIssueId = (index: number) => `bao-cao-van-de-${index + 1}`;
/** The fragment id of a published comment on the consultation page. */
export const commentId = (id: string) => `gop-y-${id}`;

function Versions({ model }: { model: PublicConsultationModel }) {
  const versions = model.versions ?? [];
  if (versions.length < 2) return null;
  const { slug } = model.consultation;
  return (
    <section class="cs-versions" id="phien-ban" aria-labelledby="phien-ban-title">
      <h2 id="phien-ban-title">Các phiên bản dự thảo</h2>
      <p>
        Sau khi hết thời gian lấy ý kiến, cơ quan soạn thảo chỉnh lý dự thảo. Mỗi phiên bản mới có trang so
        sánh với phiên bản trước: phần thêm, phần bỏ và các góp ý dẫn đến thay đổi.
      </p>
      <ol class="cs-versions__list">
        {versions.map((version) => (
          <li value={version.number}>
            {version.number === 1 ? (
              <>
                Phiên bản 1: dự thảo lấy ý kiến (toàn văn dưới đây) ·{' '}
                <span class="muted">{formatDateTimeVi(version.postedAt)}</span>
              </>
            ) : (
              <>
                <a href={consultationPaths.version(slug, version.number)}>
                  Phiên bản {version.number}: những thay đổi so với phiên bản {version.number - 1}
                </a>{' '}
                · <span class="muted">{formatDateTimeVi(version.postedAt)}</span>
                <br />
                {version.changeNote.split('\n')[0]}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Report({
  report,
  pdf,
}: {
  report: NonNullable<Consultation['report']>;
  pdf?: { path: string; bytes: number } | undefined;
}) {
  return (
    <section class="cs-report" id="bao-cao" aria-labelledby="bao-cao-title">
      <h2 id="bao-cao-title">Báo cáo tổng hợp, tiếp thu, giải trình ý kiến</h2>
      {report.approvedAt ? <p class="muted">Công bố ngày {formatDateTimeVi(report.approvedAt)}</p> : null}
      {pdf ? <ReportPdfLink pdf={pdf} /> : null}
      <Paragraphs text={report.summary} />
      <ol class="cs-report__issues">
        {report.issues.map((issue, index) => (
          <li id={reportIssueId(index)}>
            <h3>{issue.title}</h3>
            <p>
              <strong>{dispositionLabels[issue.disposition].vi}</strong>
              {issue.changedAnchor ? <> · Đã sửa {anchorLabel(issue.changedAnchor).vi}</> : null}
              {issue.commentIds.length > 0 ? <> · {issue.commentIds.length} góp ý</> : null}
            </p>
            <Paragraphs text={issue.reason} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ConsultationPage({ ctx, model }: { ctx: SiteContext; model: PublicConsultationModel }) {
  const { consultation } = model;
  const chapters = new Map(consultation.draft.chapters.map((chapter) => [chapter.anchor, chapter]));
  const sections = new Map((consultation.draft.sections ?? []).map((part) => [part.anchor, part]));
  let chapterShown: string | undefined;
  let sectionShown: string | undefined;
  const total = Object.values(model.counts).reduce((sum, count) => sum + count, 0);
  return (
    <ConsultationLayout
      ctx={ctx}
      title={consultation.title}
      canonicalPath={model.errors ? undefined : consultationPaths.page(consultation.slug)}
      current={consultation.title}
    >
      <article class="prose">
        <h1>{consultation.title}</h1>
        <dl class="cs-facts">
          <dt>Cơ quan soạn thảo</dt>
          <dd>{consultation.agencyName}</dd>
          <dt>Lĩnh vực</dt>
          <dd>{consultation.field}</dd>
          <dt>Loại văn bản</dt>
          <dd>{documentKindLabels[consultation.documentKind].vi}</dd>
          <dt>Thời gian lấy ý kiến</dt>
          <dd>
            <Period consultation={consultation} />
          </dd>
          <dt>Tình trạng</dt>
          <dd>
            <strong>{consultationStatusLabels[consultation.status].vi}</strong>
          </dd>
          <dt>Góp ý đã đăng</dt>
          <dd>{total}</dd>
          {consultation.adoptedDocument ? (
            <AdoptedDocumentFact document={consultation.adoptedDocument} />
          ) : null}
        </dl>
        {model.takesComments ? null : (
          <p class="cs-notice" role="status">
            {consultation.status === 'scheduled'
              ? `Dự thảo chưa đến thời gian lấy ý kiến: bắt đầu nhận góp ý từ ${formatDateTimeVi(consultation.opensAt)}.`
              : `Đã hết thời gian lấy ý kiến (kết thúc ${formatDateTimeVi(consultation.closesAt)}); góp ý không còn được tiếp nhận.`}
          </p>
        )}
        {consultation.summary ? <Paragraphs text={consultation.summary} /> : null}
        {consultation.files.length > 0 ? (
          <>
            <h2>Hồ sơ dự thảo</h2>
            <ul>
              {consultation.files.map((file, index) => (
                <li>
                  <a href={consultationPaths.fileApi(consultation.slug, index)}>{file.fileName}</a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {consultation.questions.length > 0 ? (
          <>
            <h2>Vấn đề xin ý kiến</h2>
            <ol>
              {consultation.questions.map((question) => (
                <li>{question}</li>
              ))}
            </ol>
          </>
        ) : null}
        {consultation.report ? <Report report={consultation.report} pdf={model.reportPdf} /> : null}
        {model.statistics ? (
          <ConsultationStatisticsSection
            statistics={model.statistics}
            apiPath={consultationPaths.statisticsApi(consultation.slug)}
          />
        ) : null}
        <Versions model={model} />
        <h2 id={WHOLE_DRAFT}>Toàn văn dự thảo</h2>
        {consultation.draft.preamble ? (
          <div class="cs-preamble">
            <Paragraphs text={consultation.draft.preamble} />
          </div>
        ) : null}
        <Comments comments={model.comments} anchor={WHOLE_DRAFT} />
        {consultation.draft.articles.map((article) => {
          const chapter = article.chapterAnchor ? chapters.get(article.chapterAnchor) : undefined;
          const heading =
            chapter && chapter.anchor !== chapterShown ? (
              <h2 class="cs-chapter" id={chapter.anchor}>
                Chương {chapter.number}
                {chapter.title ? <span class="cs-chapter__title"> {chapter.title}</span> : null}
              </h2>
            ) : null;
          if (chapter) chapterShown = chapter.anchor;
          const part = article.sectionAnchor ? sections.get(article.sectionAnchor) : undefined;
          const sectionHeading =
            part && part.anchor !== sectionShown ? (
              <h3 class="cs-section" id={part.anchor}>
                Mục {part.number}
                {part.title ? <span class="cs-section__title"> {part.title}</span> : null}
              </h3>
            ) : null;
          sectionShown = part?.anchor;
          return (
            <>
              {heading}
              {sectionHeading}
              {/* Without chapters, articles sit under the whole-draft heading at the same level. */}
              <Article article={article} model={model} />
            </>
          );
        })}
      </article>
      {model.takesComments ? <CommentForm model={model} /> : null}
      {model.follow ? <FollowForm model={model.follow} /> : null}
    </ConsultationLayout>
  );
}

const listGroups: { title: string; id: string; statuses: Consultation['status'][] }[] = [
  { title: 'Đang lấy ý kiến', id: 'dang-lay-y-kien', statuses: ['open'] },
  { title: 'Sắp lấy ý kiến', id: 'sap-lay-y-kien', statuses: ['scheduled'] },
  { title: 'Đã hết hạn lấy ý kiến', id: 'da-het-han', statuses: ['closed', 'report-submitted'] },
  { title: 'Đã có báo cáo tiếp thu, giải trình', id: 'da-ket-thuc', statuses: ['concluded'] },
];

export function ConsultationListPage({ ctx, items }: { ctx: SiteContext; items: ConsultationSummary[] }) {
  return (
    <ConsultationLayout
      ctx={ctx}
      title={section.name}
      canonicalPath={consultationPaths.list()}
      feeds={{
        title: section.name,
        rssPath: consultationPaths.rssFeed(),
        atomPath: consultationPaths.atomFeed(),
      }}
    >
      <div class="prose">
        <h1>{section.name}</h1>
        <FeedLinks
          language="vi"
          rssPath={consultationPaths.rssFeed()}
          atomPath={consultationPaths.atomFeed()}
        />
        <p>
          Các cơ quan của tỉnh đăng dự thảo văn bản để người dân, doanh nghiệp, tổ chức góp ý trong thời gian
          lấy ý kiến. Góp ý được đăng công khai sau khi kiểm duyệt; sau khi hết hạn, cơ quan soạn thảo công bố
          báo cáo tiếp thu, giải trình.
        </p>
        {listGroups.map((group) => {
          const inGroup = items.filter((item) => group.statuses.includes(item.status));
          return (
            <section aria-labelledby={group.id}>
              <h2 id={group.id}>
                {group.title} ({inGroup.length})
              </h2>
              {inGroup.length === 0 ? (
                <p class="muted">Không có dự thảo nào.</p>
              ) : (
                <ul class="cs-list">
                  {inGroup.map((item) => (
                    <li>
                      <a href={consultationPaths.page(item.slug)}>{item.title}</a>
                      <br />
                      <span class="muted">
                        {item.agencyName} · {documentKindLabels[item.documentKind].vi} · {item.field} ·{' '}
                        <Period consultation={item} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </ConsultationLayout>
  );
}

/** After a comment was taken: what happens next. Not cached, not indexed. */
export function CommentReceivedPage({
  ctx,
  consultation,
  anchor,
}: {
  ctx: SiteContext;
  consultation: Pick<Consultation, 'slug' | 'title'>;
  anchor: string;
}) {
  return (
    <ConsultationLayout ctx={ctx} title="Đã nhận góp ý" current="Đã nhận góp ý">
      <div class="prose">
        <h1>Đã nhận góp ý của bạn</h1>
        <p role="status">
          Góp ý về {anchorLabel(anchor).vi} của dự thảo “{consultation.title}” đã được tiếp nhận. Góp ý được
          đăng công khai sau khi được kiểm duyệt; thông tin liên hệ của bạn không được công bố.
        </p>
        <p>
          <a href={consultationPaths.part(consultation.slug, anchor === WHOLE_DRAFT ? WHOLE_DRAFT : anchor)}>
            Về dự thảo
          </a>
        </p>
      </div>
    </ConsultationLayout>
  );
}

/** A refusal a browser meets (the period closed, too many posts): Vietnamese, then English, and the way back. */
export type ConsultationProblemModel = {
  status: number;
  title: string;
  titleEn: string;
  detail?: string | undefined;
  back?: string | undefined;
};

export function ConsultationProblemPage({
  ctx,
  model,
}: {
  ctx: SiteContext;
  model: ConsultationProblemModel;
}) {
  return (
    <ConsultationLayout ctx={ctx} title={model.title} current={model.title}>
      <div class="prose">
        <h1>
          {model.title} <span lang="en">{model.titleEn}</span>
        </h1>
        {model.detail ? <p>{model.detail}</p> : null}
        <ul>
          {model.back ? (
            <li>
              <a href={model.back}>Về dự thảo</a>
            </li>
          ) : null}
          <li>
            <a href={consultationPaths.list()}>Các dự thảo đang lấy ý kiến</a>
          </li>
        </ul>
        <p class="muted">Mã lỗi {model.status}</p>
      </div>
    </ConsultationLayout>
  );
}
