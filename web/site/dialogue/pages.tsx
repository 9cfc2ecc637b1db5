import type { Child } from 'hono/jsx';
import {
  type Dialogue,
  dialogueStatusLabels,
  type PublicQuestion,
  type QuestionSubmission,
} from '#shared/domain/dialogue.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { FeedLinks } from '../components/FeedLinks.tsx';
import { type HeadLinks, Layout } from '../components/Layout.tsx';
import type { SiteContext } from '../context.ts';
import {
  type Bilingual,
  Checkbox,
  ErrorSummary,
  TextArea,
  TextInput,
} from '../feedback/components/FormFields.tsx';
import { Paragraphs } from '../feedback/components/Paragraphs.tsx';
import { errorsFor } from '../feedback/format.ts';
import { portal } from '../portal.ts';

/**
 * The public pages of online dialogues (Vietnamese, like the feedback pages): the list of dialogues, one
 * dialogue (its form while it takes questions, its published questions and answers, its video), and what
 * the question API sends a browser back (the form with errors, the receipt, a problem). No model here
 * holds an asker's contact: a public question is its wording, how the asker is named, and its answer.
 */
export const dialogueText = {
  section: 'Đối thoại trực tuyến',
  listIntro:
    'Lãnh đạo tỉnh đối thoại trực tuyến với người dân và doanh nghiệp. Bạn có thể gửi câu hỏi trước và trong buổi đối thoại; câu hỏi được biên tập trước khi đăng.',
  live: 'Đang diễn ra',
  upcoming: 'Sắp diễn ra',
  past: 'Đã diễn ra',
  none: 'Chưa có buổi đối thoại nào.',
  when: 'Thời gian',
  leaders: 'Lãnh đạo tham gia',
  topic: 'Chủ đề',
  questionsPeriod: 'Nhận câu hỏi',
  video: 'Truyền hình trực tiếp',
  videoTitle: (title: string) => `Video buổi đối thoại: ${title}`,
  videoLink: 'Mở video ở trang gốc',
  questions: 'Câu hỏi và trả lời',
  noQuestions: 'Chưa có câu hỏi nào được đăng.',
  askedBy: 'Người hỏi',
  answerBy: (name: string, position: string) => `${name} — ${position} trả lời`,
  waiting: 'Đang chờ trả lời',
  refreshNote: 'Trang được cập nhật khi có câu trả lời mới; tải lại trang để xem câu trả lời mới nhất.',
  formTitle: 'Gửi câu hỏi',
  formIntro:
    'Câu hỏi được biên tập viên xem xét trước khi đăng. Tên của bạn chỉ hiện dưới dạng chữ viết tắt hoặc nơi ở; thông tin liên hệ không bao giờ được công khai.',
  closedNotice: 'Buổi đối thoại hiện không nhận câu hỏi.',
  notYetNotice: (at: string) => `Buổi đối thoại nhận câu hỏi từ ${at}.`,
  submit: 'Gửi câu hỏi',
  privacyTitle: 'Dữ liệu cá nhân',
  privacy: (days: number, version: string) =>
    `Họ tên và thông tin liên hệ chỉ dùng để ban tổ chức liên hệ khi cần làm rõ câu hỏi; không công khai, không ghi vào nhật ký hệ thống, và được xóa ${days} ngày sau khi buổi đối thoại kết thúc (Nghị định 13/2023/NĐ-CP; thông báo phiên bản ${version}).`,
  receiptTitle: 'Đã nhận câu hỏi của bạn',
  receiptText:
    'Câu hỏi sẽ hiện trên trang buổi đối thoại khi được biên tập viên đăng, kèm câu trả lời khi lãnh đạo trả lời.',
  receiptMailed: 'Chúng tôi đã gửi thư xác nhận đến địa chỉ thư điện tử của bạn.',
  backToDialogue: 'Về trang buổi đối thoại',
  errorTitlePrefix: 'Lỗi: ',
} as const;

export const questionFormFields = {
  question: { id: 'dq-question', label: { vi: 'Câu hỏi', en: 'Question' } },
  name: { id: 'dq-name', label: { vi: 'Họ và tên', en: 'Full name' } },
  organisation: { id: 'dq-organisation', label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' } },
  address: { id: 'dq-address', label: { vi: 'Địa chỉ (xã, phường)', en: 'Address (commune, ward)' } },
  email: { id: 'dq-email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
  phone: { id: 'dq-phone', label: { vi: 'Số điện thoại', en: 'Phone' } },
  consent: {
    id: 'dq-consent',
    label: {
      vi: 'Tôi đồng ý cho ban tổ chức xử lý dữ liệu cá nhân của tôi như trên',
      en: 'I agree to the processing of my personal data as described',
    },
  },
} satisfies Record<string, { id: string; label: Bilingual }>;

export type QuestionFormValues = Partial<Record<keyof QuestionSubmission, string>>;
export type QuestionFormModel = {
  values?: QuestionFormValues;
  errors?: FieldProblem[];
  settings: { retentionDays: number; noticeVersion: string };
};

export type DialoguePageModel = {
  dialogue: Dialogue;
  questions: PublicQuestion[];
  /** The frame's address when the video is on an allowed host. */
  embedUrl?: string | undefined;
  /** Whether the form is offered (the dialogue takes questions at render time). */
  takesQuestions: boolean;
  form: QuestionFormModel;
};

const when = (dialogue: Pick<Dialogue, 'startsAt' | 'endsAt'>) =>
  `${formatDateTime(dialogue.startsAt, 'vi')} – ${formatDateTime(dialogue.endsAt, 'vi')}`;

function DialogueLayout({
  ctx,
  title,
  description,
  canonicalPath,
  current,
  head,
  feeds,
  children,
}: {
  ctx: SiteContext;
  title: string;
  description?: string;
  canonicalPath?: string | undefined;
  current?: string;
  head?: Child;
  feeds?: HeadLinks['feeds'];
  children: Child;
}) {
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${title} | ${portal.shortName.vi}`}
      description={description}
      alternatePath={sitePaths.home('en')}
      noindex={canonicalPath === undefined}
      links={{ canonicalPath, ...(feeds ? { feeds } : {}) }}
      head={head}
    >
      <Breadcrumb
        language="vi"
        trail={current === undefined ? [] : [{ name: dialogueText.section, path: sitePaths.dialogues() }]}
        current={current ?? dialogueText.section}
      />
      <div class="feedback dialogue">{children}</div>
    </Layout>
  );
}

function StatusBadge({ dialogue }: { dialogue: Dialogue }) {
  return (
    <span class={`dlg-status dlg-status--${dialogue.status}`}>
      {dialogueStatusLabels[dialogue.status].vi}
    </span>
  );
}

function DialogueCard({ dialogue }: { dialogue: Dialogue }) {
  return (
    <li class="dlg-card">
      <h3 class="dlg-card__title">
        <a href={sitePaths.dialogue(dialogue.slug)}>{dialogue.title}</a>
      </h3>
      <p class="dlg-card__meta">
        <StatusBadge dialogue={dialogue} /> {when(dialogue)}
      </p>
      <p>{dialogue.leaders.map((leader) => `${leader.name} (${leader.position})`).join('; ')}</p>
    </li>
  );
}

function DialogueGroup({ id, title, dialogues }: { id: string; title: string; dialogues: Dialogue[] }) {
  if (dialogues.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 class="block__title" id={id}>
        {title}
      </h2>
      <ul class="dlg-cards">
        {dialogues.map((dialogue) => (
          <DialogueCard dialogue={dialogue} />
        ))}
      </ul>
    </section>
  );
}

/** `/doi-thoai/`: live, upcoming and past dialogues. */
export function DialogueListPage({ ctx, dialogues }: { ctx: SiteContext; dialogues: Dialogue[] }) {
  const byStart = [...dialogues].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <DialogueLayout
      ctx={ctx}
      title={dialogueText.section}
      description={dialogueText.listIntro}
      canonicalPath={sitePaths.dialogues()}
      feeds={{
        title: dialogueText.section,
        rssPath: sitePaths.dialogueRssFeed(),
        atomPath: sitePaths.dialogueAtomFeed(),
      }}
    >
      <h1>{dialogueText.section}</h1>
      <p>{dialogueText.listIntro}</p>
      <FeedLinks
        language="vi"
        rssPath={sitePaths.dialogueRssFeed()}
        atomPath={sitePaths.dialogueAtomFeed()}
      />
      {dialogues.length === 0 ? <p>{dialogueText.none}</p> : null}
      <DialogueGroup
        id="dlg-live"
        title={dialogueText.live}
        dialogues={byStart.filter((dialogue) => dialogue.status === 'live')}
      />
      <DialogueGroup
        id="dlg-upcoming"
        title={dialogueText.upcoming}
        dialogues={byStart.filter(
          (dialogue) => dialogue.status === 'scheduled' || dialogue.status === 'open',
        )}
      />
      <DialogueGroup
        id="dlg-past"
        title={dialogueText.past}
        dialogues={byStart.filter((dialogue) => dialogue.status === 'ended').reverse()}
      />
    </DialogueLayout>
  );
}

function QuestionList({ questions }: { questions: PublicQuestion[] }) {
  if (questions.length === 0) return <p>{dialogueText.noQuestions}</p>;
  return (
    <ol class="dlg-questions">
      {questions.map((question) => (
        <li class="dlg-question" id={`cau-hoi-${question.id}`}>
          <div class="dlg-question__ask">
            <Paragraphs text={question.publicText} />
            <p class="dlg-question__by">
              {dialogueText.askedBy}: {question.askedBy}
            </p>
          </div>
          {question.answer ? (
            <div class="dlg-question__answer">
              <h3 class="dlg-question__answer-title">
                {dialogueText.answerBy(question.answer.leaderName, question.answer.leaderPosition)}
              </h3>
              <Paragraphs text={question.answer.text} />
            </div>
          ) : (
            <p class="dlg-question__waiting">{dialogueText.waiting}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function QuestionForm({ dialogue, model }: { dialogue: Dialogue; model: QuestionFormModel }) {
  const values = model.values ?? {};
  const errors = model.errors ?? [];
  const field = (name: keyof typeof questionFormFields) => ({
    id: questionFormFields[name].id,
    name,
    label: questionFormFields[name].label.vi,
    errors: errorsFor(errors, name),
  });
  const value = (name: keyof QuestionSubmission) => values[name] ?? '';
  return (
    <section aria-labelledby="dq-form-title" class="dlg-form">
      <h2 class="block__title" id="dq-form-title">
        {dialogueText.formTitle}
      </h2>
      <ErrorSummary errors={errors} fields={questionFormFields} />
      <p>{dialogueText.formIntro}</p>
      <form method="post" action={sitePaths.dialogueQuestionApi(dialogue.slug)} novalidate class="fb-form">
        <input type="hidden" name="consentNoticeVersion" value={model.settings.noticeVersion} />
        {values.formToken ? <input type="hidden" name="formToken" value={values.formToken} /> : null}
        <TextArea {...field('question')} hint="Tối đa 2.000 ký tự" value={value('question')} rows={6} />
        <TextInput {...field('name')} value={value('name')} autocomplete="name" spellcheck={false} />
        <TextInput
          {...field('organisation')}
          optional
          value={value('organisation')}
          autocomplete="organization"
        />
        <TextInput
          {...field('address')}
          optional
          hint="Nếu ghi xã, phường, câu hỏi được ghi là của “Một người dân ở …”"
          value={value('address')}
        />
        <p class="fb-contact-note" id="dq-contact-note">
          Ghi thư điện tử hoặc số điện thoại (ít nhất một) để ban tổ chức liên hệ khi cần.
        </p>
        <TextInput
          {...field('email')}
          type="email"
          notes={['dq-contact-note']}
          value={value('email')}
          autocomplete="email"
          spellcheck={false}
        />
        <TextInput
          {...field('phone')}
          type="tel"
          notes={['dq-contact-note']}
          value={value('phone')}
          autocomplete="tel"
          width="medium"
        />
        <div class="fb-trap">
          <label for="dq-website">Để trống ô này</label>
          <input type="text" id="dq-website" name="website" value="" tabindex={-1} autocomplete="off" />
        </div>
        <h3>{dialogueText.privacyTitle}</h3>
        <p>{dialogueText.privacy(model.settings.retentionDays, model.settings.noticeVersion)}</p>
        <Checkbox {...field('consent')} value="yes" checked={values.consent === 'yes'} />
        <button type="submit" class="button button--primary">
          {dialogueText.submit}
        </button>
      </form>
    </section>
  );
}

/** `/doi-thoai/<slug>/`: before, during and after the session. */
export function DialoguePage({ ctx, model }: { ctx: SiteContext; model: DialoguePageModel }) {
  const { dialogue } = model;
  const failed = (model.form.errors ?? []).length > 0;
  const refreshing = dialogue.status === 'open' || dialogue.status === 'live';
  return (
    <DialogueLayout
      ctx={ctx}
      title={`${failed ? dialogueText.errorTitlePrefix : ''}${dialogue.title}`}
      description={dialogue.topic}
      // The page sent back with errors holds what someone typed: no canonical, not indexed.
      canonicalPath={failed ? undefined : sitePaths.dialogue(dialogue.slug)}
      current={dialogue.title}
      head={refreshing ? <script src={sitePaths.dialogueRefreshScript()} defer /> : undefined}
    >
      <article class="article dlg">
        <header>
          <p class="article__section">{dialogueText.section}</p>
          <h1>{dialogue.title}</h1>
          <p>
            <StatusBadge dialogue={dialogue} />
          </p>
        </header>
        <dl class="dlg-facts">
          <dt>{dialogueText.when}</dt>
          <dd>{when(dialogue)}</dd>
          <dt>{dialogueText.topic}</dt>
          <dd>{dialogue.topic}</dd>
          <dt>{dialogueText.leaders}</dt>
          <dd>
            <ul>
              {dialogue.leaders.map((leader) => (
                <li>
                  {leader.name}, {leader.position}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{dialogueText.questionsPeriod}</dt>
          <dd>
            {formatDateTime(dialogue.questionsOpenAt, 'vi')} –{' '}
            {formatDateTime(dialogue.questionsCloseAt, 'vi')}
          </dd>
        </dl>
        <Paragraphs text={dialogue.description} />
        {dialogue.videoUrl ? (
          <section aria-labelledby="dlg-video" class="dlg-video">
            <h2 class="block__title" id="dlg-video">
              {dialogueText.video}
            </h2>
            {model.embedUrl ? (
              <div class="dlg-video__frame">
                <iframe
                  src={model.embedUrl}
                  title={dialogueText.videoTitle(dialogue.title)}
                  sandbox="allow-scripts allow-same-origin allow-presentation"
                  allow="fullscreen; picture-in-picture"
                  referrerpolicy="strict-origin-when-cross-origin"
                  loading="lazy"
                />
              </div>
            ) : null}
            <p>
              <a href={dialogue.videoUrl} rel="noopener noreferrer">
                {dialogueText.videoLink}
              </a>
            </p>
          </section>
        ) : null}
        {model.takesQuestions ? (
          <QuestionForm dialogue={dialogue} model={model.form} />
        ) : dialogue.status === 'scheduled' ? (
          <p class="fb-notice">{dialogueText.notYetNotice(formatDateTime(dialogue.questionsOpenAt, 'vi'))}</p>
        ) : dialogue.status !== 'ended' ? (
          <p class="fb-notice">{dialogueText.closedNotice}</p>
        ) : null}
        <section aria-labelledby="dlg-questions-title" id="dlg-questions" aria-live="polite">
          <h2 class="block__title" id="dlg-questions-title">
            {dialogueText.questions}
          </h2>
          {refreshing ? <p class="field__hint">{dialogueText.refreshNote}</p> : null}
          <QuestionList questions={model.questions} />
        </section>
      </article>
    </DialogueLayout>
  );
}

/** What a browser sees after sending a question. */
export function QuestionReceiptPage({
  ctx,
  dialogue,
  receiptMailed,
}: {
  ctx: SiteContext;
  dialogue: Dialogue;
  receiptMailed: boolean;
}) {
  return (
    <DialogueLayout ctx={ctx} title={dialogueText.receiptTitle} current={dialogueText.receiptTitle}>
      <div class="prose">
        <h1>{dialogueText.receiptTitle}</h1>
        <p>{dialogueText.receiptText}</p>
        {receiptMailed ? <p>{dialogueText.receiptMailed}</p> : null}
        <p>
          <a href={sitePaths.dialogue(dialogue.slug)}>
            {dialogueText.backToDialogue}: {dialogue.title}
          </a>
        </p>
      </div>
    </DialogueLayout>
  );
}

/** A problem a browser meets on the question endpoint (closed, too many posts), as a page. */
export function DialogueProblemPage({
  ctx,
  problem,
}: {
  ctx: SiteContext;
  problem: { title: string; titleEn: string; back?: { href: string; label: string } | undefined };
}) {
  return (
    <DialogueLayout ctx={ctx} title={problem.title} current={problem.title}>
      <div class="prose fb-problem">
        <h1>
          {problem.title}{' '}
          <span class="fb-problem__en" lang="en">
            {problem.titleEn}
          </span>
        </h1>
        <ul class="fb-problem__links">
          {problem.back ? (
            <li>
              <a href={problem.back.href}>{problem.back.label}</a>
            </li>
          ) : null}
          <li>
            <a href={sitePaths.dialogues()}>{dialogueText.section}</a>
          </li>
        </ul>
      </div>
    </DialogueLayout>
  );
}
