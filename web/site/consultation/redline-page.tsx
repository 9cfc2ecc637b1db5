import type { PublicVersion } from '#shared/consultation/public-view.ts';
import type {
  PartChange,
  Redline,
  RedlineArticle,
  RedlineClause,
  RedlineHeading,
  Segment,
} from '#shared/consultation/redline.ts';
import type { Consultation, PublicComment, VersionLink } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import type { SiteContext } from '../context.ts';
import { Paragraphs } from '../feedback/components/Paragraphs.tsx';
import { ConsultationLayout, commentId, reportIssueId } from './pages.tsx';

/**
 * The redline of one version of a draft against the one before it, prerendered (no script): every part with
 * its words inserted (`<ins>`, underlined) and deleted (`<del>`, struck through), each also named in words for
 * screen readers and in a visible legend, so nothing rests on colour; each changed part links to the
 * published comments and the report issues behind it, on the consultation's page. No contact is in the model.
 */
export type VersionPageModel = {
  consultation: Pick<Consultation, 'slug' | 'title' | 'agencyName'> & { report?: Consultation['report'] };
  version: Pick<PublicVersion, 'number' | 'postedAt' | 'changeNote' | 'files' | 'links'>;
  previous: Pick<PublicVersion, 'number'>;
  redline: Redline;
  /** Published comments only: the others have no place on the consultation page to link to. */
  comments: PublicComment[];
};

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment) =>
        segment.op === 'ins' ? (
          <ins>
            <span class="vh">[thêm: </span>
            {segment.text}
            <span class="vh">]</span>
          </ins>
        ) : segment.op === 'del' ? (
          <del>
            <span class="vh">[bỏ: </span>
            {segment.text}
            <span class="vh">]</span>
          </del>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

const changeWords: Record<PartChange, string> = {
  same: 'Không thay đổi',
  changed: 'Đã sửa',
  inserted: 'Mới thêm',
  removed: 'Đã bỏ',
};

function ChangeBadge({ change, note }: { change: PartChange; note?: string | undefined }) {
  if (change === 'same' && !note) return null;
  return (
    <p class={`cs-redline__change cs-redline__change--${change}`}>
      <strong>{changeWords[change]}</strong>
      {note ? ` · ${note}` : null}
    </p>
  );
}

function Behind({ link, model }: { link: VersionLink | undefined; model: VersionPageModel }) {
  if (!link) return null;
  const published = new Map(model.comments.map((comment) => [comment.id, comment]));
  const comments = link.commentIds.flatMap((id) => {
    const comment = published.get(id);
    return comment ? [comment] : [];
  });
  const report = model.consultation.report;
  const issues = report
    ? link.issueIndexes.flatMap((index) => {
        const issue = report.issues[index];
        return issue ? [{ index, issue }] : [];
      })
    : [];
  if (comments.length === 0 && issues.length === 0) return null;
  const page = consultationPaths.page(model.consultation.slug);
  return (
    <div class="cs-redline__behind">
      {comments.length > 0 ? (
        <p>
          Sửa theo góp ý:{' '}
          {comments.map((comment, index) => (
            <>
              {index > 0 ? '; ' : null}
              <a href={`${page}#${commentId(comment.id)}`}>
                góp ý của {comment.authorLabel} ({formatDateTimeVi(comment.receivedAt)})
              </a>
            </>
          ))}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <p>
          Theo báo cáo tiếp thu, giải trình:{' '}
          {issues.map(({ index, issue }, at) => (
            <>
              {at > 0 ? '; ' : null}
              <a href={`${page}#${reportIssueId(index)}`}>
                vấn đề {index + 1}: {issue.title}
              </a>
            </>
          ))}
        </p>
      ) : null}
    </div>
  );
}

const linkOf = (model: VersionPageModel, part: { newAnchor?: string; oldAnchor?: string }) =>
  model.version.links.find((link) =>
    part.newAnchor
      ? !link.removed && link.anchor === part.newAnchor
      : link.removed && link.anchor === part.oldAnchor,
  );

/** A part's id on this page: its new anchor; a removed part's old anchor, prefixed (it may be reused). */
const partId = (part: { newAnchor?: string; oldAnchor?: string }) =>
  part.newAnchor ?? `da-bo-${part.oldAnchor ?? ''}`;

function Clause({ clause, model }: { clause: RedlineClause; model: VersionPageModel }) {
  const renumbered =
    clause.oldNumber !== undefined && clause.newNumber !== undefined && clause.oldNumber !== clause.newNumber
      ? `trước là khoản ${clause.oldNumber}`
      : undefined;
  return (
    <li id={partId(clause)} value={clause.newNumber ?? clause.oldNumber}>
      {clause.change === 'same' ? null : <ChangeBadge change={clause.change} note={renumbered} />}
      <p class="cs-redline__text">
        <Segments segments={clause.text} />
      </p>
      <Behind link={linkOf(model, clause)} model={model} />
    </li>
  );
}

function Article({ article, model }: { article: RedlineArticle; model: VersionPageModel }) {
  const number = article.newNumber ?? article.oldNumber;
  const id = partId(article);
  const Heading = article.sectionAnchor ? 'h4' : 'h3';
  const moved = article.moved ? `trước là Điều ${article.oldNumber}` : undefined;
  return (
    <section class={`cs-article cs-redline__part--${article.change}`} id={id} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>
        Điều {number}. <Segments segments={article.title} />
      </Heading>
      <ChangeBadge change={article.change} note={moved} />
      <Behind link={linkOf(model, article)} model={model} />
      {article.intro.length > 0 ? (
        <p class="cs-redline__text">
          <Segments segments={article.intro} />
        </p>
      ) : null}
      {article.clauses.length > 0 ? (
        <ol class="cs-clauses">
          {article.clauses.map((clause) => (
            <Clause clause={clause} model={model} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function Heading({ heading }: { heading: RedlineHeading }) {
  const words = heading.kind === 'chapter' ? 'Chương' : 'Mục';
  const content = (
    <>
      {words} {heading.number}
      {heading.title.length > 0 ? (
        <span class={heading.kind === 'chapter' ? 'cs-chapter__title' : 'cs-section__title'}>
          {' '}
          <Segments segments={heading.title} />
        </span>
      ) : null}
      {heading.change === 'same' ? null : (
        <span class="cs-redline__heading-change"> ({changeWords[heading.change].toLowerCase()})</span>
      )}
    </>
  );
  const id = heading.change === 'removed' ? `da-bo-${heading.anchor}` : heading.anchor;
  return heading.kind === 'chapter' ? (
    <h2 class="cs-chapter" id={id}>
      {content}
    </h2>
  ) : (
    <h3 class="cs-section" id={id}>
      {content}
    </h3>
  );
}

export function VersionPage({ ctx, model }: { ctx: SiteContext; model: VersionPageModel }) {
  const { consultation, version, previous, redline } = model;
  const headings = new Map(redline.headings.map((heading) => [heading.anchor, heading]));
  const changed = redline.articles.filter((article) => article.change !== 'same' || article.moved);
  const current = `Phiên bản ${version.number}`;
  let chapterShown: string | undefined;
  let sectionShown: string | undefined;
  return (
    <ConsultationLayout
      ctx={ctx}
      title={`${consultation.title}: ${current}`}
      canonicalPath={consultationPaths.version(consultation.slug, version.number)}
      current={current}
      trail={[{ name: consultation.title, path: consultationPaths.page(consultation.slug) }]}
    >
      <article class="prose cs-redline">
        <h1>
          {consultation.title}: phiên bản {version.number}
        </h1>
        <p>
          Những thay đổi của phiên bản {version.number} so với phiên bản {previous.number}, do{' '}
          {consultation.agencyName} đăng ngày {formatDateTimeVi(version.postedAt)}.{' '}
          <a href={consultationPaths.page(consultation.slug)}>Về trang dự thảo và các góp ý</a>
        </p>
        <h2 id="giai-trinh">Nội dung chỉnh lý</h2>
        <Paragraphs text={version.changeNote} />
        {version.files.length > 0 ? (
          <ul>
            {version.files.map((file, index) => (
              <li>
                <a href={consultationPaths.versionFileApi(consultation.slug, version.number, index)}>
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <div class="cs-legend" id="cach-doc">
          <h2 id="cach-doc-title">Cách đọc</h2>
          <p>
            <ins>Chữ được thêm</ins> được gạch chân; <del>chữ bị bỏ</del> bị gạch ngang. Mỗi điều, khoản thay
            đổi ghi rõ “Mới thêm”, “Đã sửa” hoặc “Đã bỏ”, và dẫn đến góp ý, vấn đề của báo cáo tiếp thu là lý
            do thay đổi (nếu có).
          </p>
        </div>
        <h2 id="tom-tat">Các điều thay đổi ({changed.length})</h2>
        {changed.length === 0 ? (
          <p>Phiên bản này không thay đổi điều, khoản nào.</p>
        ) : (
          <ul>
            {changed.map((article) => (
              <li>
                <a href={`#${partId(article)}`}>
                  Điều {article.newNumber ?? article.oldNumber}: {changeWords[article.change].toLowerCase()}
                  {article.moved ? ` (trước là Điều ${article.oldNumber})` : ''}
                </a>
              </li>
            ))}
          </ul>
        )}
        <h2 id="toan-van-thay-doi">Toàn văn có đánh dấu thay đổi</h2>
        {redline.preamble.length > 0 ? (
          <div class="cs-preamble">
            <p class="cs-redline__text">
              <Segments segments={redline.preamble} />
            </p>
          </div>
        ) : null}
        {redline.articles.map((article) => {
          const chapter = article.chapterAnchor ? headings.get(article.chapterAnchor) : undefined;
          const chapterHeading =
            chapter && chapter.anchor !== chapterShown ? <Heading heading={chapter} /> : null;
          if (chapter) chapterShown = chapter.anchor;
          const part = article.sectionAnchor ? headings.get(article.sectionAnchor) : undefined;
          const sectionHeading = part && part.anchor !== sectionShown ? <Heading heading={part} /> : null;
          sectionShown = part?.anchor;
          return (
            <>
              {chapterHeading}
              {sectionHeading}
              <Article article={article} model={model} />
            </>
          );
        })}
      </article>
    </ConsultationLayout>
  );
}
