import type { Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { type Element as XmlElement, xml2js } from 'xml-js';
import {
  feedbackContactSchema,
  feedbackStatisticsSchema,
  feedbackSubmissionSchema,
  feedbackTopicSchema,
  type PublicTracking,
  type PublishedFeedback,
  publicTrackingSchema,
  publishedFeedbackSchema,
  submissionReceiptSchema,
} from '#shared/domain/feedback.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import { LISTING_PAGE_SIZE } from '#shared/site/geometry.ts';
import { sitePaths } from '#shared/site/urls.ts';
import {
  sampleContact,
  sampleFeedbackAgencies,
  sampleFeedbackSettings,
  sampleFeedbackTopic,
  sampleFeedbackTopics,
  sampleMergedTracking,
  samplePublished,
  samplePublishedFeedback,
  samplePublishedTracking,
  sampleReceipt,
  sampleReceivedTracking,
  sampleRejectedTracking,
  sampleReroutedTracking,
  sampleSecretKey,
  sampleStatistics,
} from '#web/site/feedback/fixtures.ts';
import { feedbackFieldLimits } from '#web/site/feedback/i18n.ts';
import {
  type FeedbackFormModel,
  feedbackFormFields,
  renderFeedbackAnswer,
  renderFeedbackAnswerList,
  renderFeedbackFeed,
  renderFeedbackForm,
  renderFeedbackHome,
  renderFeedbackLookup,
  renderFeedbackProblemPage,
  renderFeedbackStatistics,
  renderTrackingPage,
} from '#web/site/feedback/render.ts';
import { sampleContext as ctx } from '#web/site/fixtures.ts';
import { renderSearchPage } from '#web/site/render.ts';
import { siteStylesheet } from '#web/site/styles.ts';

// Prepare: parsing helpers, as the gazette's render test has them.
const dom = (html: string): Document => parseDocument(html);
const all = (doc: Document | Element, test: (element: Element) => boolean): Element[] =>
  DomUtils.findAll(test, doc.children);
const byTag = (doc: Document | Element, tag: string) => all(doc, (element) => element.name === tag);
const byId = (doc: Document | Element, id: string) => all(doc, (element) => element.attribs.id === id)[0];
const attr = (element: Element | undefined, name: string) => element?.attribs[name];
const textOf = (element: Element | undefined) =>
  element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : '';
const linkHrefs = (doc: Document | Element) => byTag(doc, 'a').map((a) => a.attribs.href ?? '');
const main = (doc: Document) => byTag(doc, 'main')[0];
const jsonLd = (doc: Document) =>
  all(doc, (e) => e.name === 'script' && e.attribs.type === 'application/ld+json').map(
    (script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>,
  );
const controls = (doc: Document | Element) =>
  all(doc, (e) => ['input', 'select', 'textarea'].includes(e.name) && e.attribs.type !== 'hidden');
const labelFor = (doc: Document, id: string | undefined) =>
  byTag(doc, 'label').find((label) => attr(label, 'for') === id);
/** The first definition list of a page as term → description. */
function definitions(doc: Document): Record<string, string> {
  const list = byTag(doc, 'dl')[0];
  const terms = list ? byTag(list, 'dt').map(textOf) : [];
  const values = list ? byTag(list, 'dd').map(textOf) : [];
  return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
}
const errorSummary = (doc: Document) => all(doc, (e) => e.attribs.class === 'error-summary')[0];
const abs = (path: string) => `${ctx.baseUrl}${path}`;

const formModel: FeedbackFormModel = {
  topics: sampleFeedbackTopics,
  agencies: sampleFeedbackAgencies,
  settings: sampleFeedbackSettings,
};
const [newest, reopened, oldest] = [
  samplePublished('PA-2026-7K3Q9'),
  samplePublished('PA-2026-M4TR8'),
  samplePublished('PA-2026-XH52D'),
];
const roads = sampleFeedbackTopic('xay-dung-giao-thong');

/** Every feedback page, prerendered and dynamic, from the fixtures. */
function everyPage() {
  return [
    {
      name: 'feedback home',
      html: renderFeedbackHome(ctx, {
        latest: samplePublishedFeedback,
        topics: sampleFeedbackTopics,
        settings: sampleFeedbackSettings,
      }),
    },
    { name: 'empty form', html: renderFeedbackForm(ctx, formModel) },
    {
      name: 'form with errors',
      html: renderFeedbackForm(ctx, {
        ...formModel,
        values: { title: 'Ngắn', consent: 'yes' },
        errors: [{ path: 'title', message: 'Quá ngắn', messageEn: 'Too short' }],
      }),
    },
    { name: 'lookup', html: renderFeedbackLookup(ctx, {}) },
    { name: 'lookup, not found', html: renderFeedbackLookup(ctx, { code: 'PA-2026-ZZZZZ', notFound: true }) },
    {
      name: 'answers front',
      html: renderFeedbackAnswerList(ctx, {
        listing: { kind: 'all' },
        answers: samplePublishedFeedback,
        topics: sampleFeedbackTopics,
      }),
    },
    {
      name: 'topic answers block',
      html: renderFeedbackAnswerList(ctx, {
        listing: { kind: 'topic', topic: roads },
        page: 1,
        answers: [newest],
        topics: sampleFeedbackTopics,
      }),
    },
    {
      name: 'agency answers, none yet',
      html: renderFeedbackAnswerList(ctx, {
        listing: { kind: 'agency', agency: { id: 'so-tu-phap', nameVi: 'Sở Tư pháp' } },
        answers: [],
        topics: sampleFeedbackTopics,
      }),
    },
    { name: 'answer', html: renderFeedbackAnswer(ctx, { answer: newest, topic: roads }) },
    { name: 'reopened answer', html: renderFeedbackAnswer(ctx, { answer: reopened }) },
    { name: 'statistics', html: renderFeedbackStatistics(ctx, { statistics: sampleStatistics }) },
    { name: 'tracking, re-routed', html: renderTrackingPage(ctx, { tracking: sampleReroutedTracking }) },
    {
      name: 'tracking, with the secret link',
      html: renderTrackingPage(ctx, { tracking: samplePublishedTracking, secretKey: sampleSecretKey }),
    },
    {
      name: 'tracking, just sent',
      html: renderTrackingPage(ctx, { tracking: sampleReceivedTracking, receipt: sampleReceipt }),
    },
    { name: 'tracking, rejected', html: renderTrackingPage(ctx, { tracking: sampleRejectedTracking }) },
    { name: 'tracking, merged', html: renderTrackingPage(ctx, { tracking: sampleMergedTracking }) },
    {
      name: 'too many requests',
      html: renderFeedbackProblemPage(ctx, {
        status: 429,
        title: 'Bạn đã gửi quá nhiều lần trong thời gian ngắn',
        titleEn: 'Too many submissions in a short time',
        retryAfterSeconds: 540,
      }),
    },
  ];
}

describe('feedback fixtures', () => {
  it('are valid for the domain schemas', () => {
    for (const answer of samplePublishedFeedback)
      expect(publishedFeedbackSchema.parse(answer)).toEqual(answer);
    for (const tracking of [
      sampleReroutedTracking,
      samplePublishedTracking,
      sampleRejectedTracking,
      sampleMergedTracking,
      sampleReceivedTracking,
    ])
      expect(publicTrackingSchema.parse(tracking)).toEqual(tracking);
    for (const topic of sampleFeedbackTopics) expect(feedbackTopicSchema.parse(topic)).toEqual(topic);
    expect(feedbackStatisticsSchema.parse(sampleStatistics)).toEqual(sampleStatistics);
    expect(feedbackContactSchema.parse(sampleContact)).toEqual(sampleContact);
    const { receiptMailed: _mailed, ...receipt } = sampleReceipt;
    expect(submissionReceiptSchema.parse(receipt)).toEqual(receipt);
  });
});

describe('every feedback page', () => {
  const pages = everyPage();

  it.each(pages)('$name is a complete Vietnamese document with one h1 and no script', ({ html }) => {
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    const doc = dom(html);
    expect(byTag(doc, 'title')).toHaveLength(1);
    expect(byTag(doc, 'main')).toHaveLength(1);
    expect(byTag(doc, 'h1')).toHaveLength(1);
    for (const script of byTag(doc, 'script')) expect(attr(script, 'type')).toBe('application/ld+json');
    expect(html.match(/<script/g)?.length ?? 0).toBe(byTag(doc, 'script').length);
  });

  it.each(pages)('$name has unique ids, labelled controls and site links', ({ html }) => {
    const doc = dom(html);
    const ids = all(doc, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const control of controls(doc)) expect(labelFor(doc, attr(control, 'id'))).toBeDefined();
    for (const href of linkHrefs(doc)) expect(href).toMatch(/^(\/|#|https:\/\/|mailto:|tel:)/);
    // Every describedby points at an element of the page.
    for (const element of all(doc, (e) => e.attribs['aria-describedby'] !== undefined))
      for (const id of (attr(element, 'aria-describedby') ?? '').split(' '))
        expect(byId(doc, id)).toBeDefined();
    const breadcrumb = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'breadcrumb')[0];
    expect(linkHrefs(breadcrumb ?? doc)[0]).toBe(sitePaths.home('vi'));
  });

  it.each(pages)('$name gives every data table a caption and scoped headers', ({ html }) => {
    for (const table of byTag(dom(html), 'table')) {
      expect(textOf(byTag(table, 'caption')[0]).length).toBeGreaterThan(5);
      for (const header of byTag(table, 'th')) expect(['col', 'row']).toContain(attr(header, 'scope'));
    }
  });

  it('renders the same bytes twice (deterministic)', () => {
    expect(everyPage().map((page) => page.html)).toEqual(pages.map((page) => page.html));
  });

  it('is in the main navigation of every site page', () => {
    for (const language of ['vi', 'en'] as const) {
      const home = dom(renderSearchPage(ctx, language, { query: '' }));
      const nav = all(home, (e) => e.name === 'nav' && e.attribs.class === 'site-nav')[0];
      const link = byTag(nav ?? home, 'a').find((a) => a.attribs.href === sitePaths.feedbackHome());
      expect(textOf(link)).toBe(
        language === 'vi' ? 'Phản ánh, kiến nghị' : 'Feedback and petitions (Vietnamese)',
      );
      expect(attr(link, 'hreflang')).toBe('vi');
    }
    const feedbackPage = dom(renderFeedbackLookup(ctx));
    const nav = all(feedbackPage, (e) => e.name === 'nav' && e.attribs.class === 'site-nav')[0];
    expect(linkHrefs(nav ?? feedbackPage)).toContain(sitePaths.feedbackHome());
  });
});

describe('feedback home', () => {
  const doc = dom(
    renderFeedbackHome(ctx, {
      latest: samplePublishedFeedback,
      topics: sampleFeedbackTopics,
      settings: { forwardWorkingDays: 4, answerWorkingDays: 12 },
    }),
  );

  it('explains phản ánh and kiến nghị with their legal basis and the deadlines from the settings', () => {
    const text = textOf(main(doc));
    expect(text).toContain('Phản ánh là ý kiến');
    expect(text).toContain('Kiến nghị là đề xuất');
    expect(text).toContain('Nghị định số 20/2008/NĐ-CP');
    expect(text).toContain('Nghị định số 92/2017/NĐ-CP');
    const steps = byTag(all(doc, (e) => e.attribs.class === 'fb-steps')[0] ?? doc, 'li').map(textOf);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.join(' ')).toContain('trong thời hạn 4 ngày làm việc');
    expect(steps.join(' ')).toContain('trong thời hạn 12 ngày làm việc');
  });

  it('links to the form, the lookup, the answers by subject, the statistics and the newest answers', () => {
    const hrefs = linkHrefs(main(doc) ?? doc);
    for (const path of [
      sitePaths.feedbackForm(),
      sitePaths.feedbackLookup(),
      sitePaths.feedbackAnswers(),
      sitePaths.feedbackStatistics(),
      sitePaths.feedbackFeed(),
      ...sampleFeedbackTopics.map((topic) => sitePaths.feedbackTopicAnswers(topic.slug)),
      ...samplePublishedFeedback.map((answer) => sitePaths.feedbackAnswer(answer.code)),
    ])
      expect(hrefs).toContain(path);
  });
});

describe('feedback form', () => {
  const html = renderFeedbackForm(ctx, formModel);
  const doc = dom(html);
  const form = byTag(doc, 'form').find((f) => attr(f, 'action') === sitePaths.feedbackSubmitApi());
  const named = (name: string) => all(form ?? doc, (e) => e.attribs.name === name);

  it('posts as multipart to the submission API', () => {
    expect(attr(form, 'method')).toBe('post');
    expect(attr(form, 'enctype')).toBe('multipart/form-data');
  });

  it('has a labelled control for every field of the submission schema', () => {
    const fields = Object.keys(feedbackSubmissionSchema.shape).filter((name) => name !== 'formToken');
    for (const name of fields) {
      const [control] = named(name);
      expect(control, name).toBeDefined();
      if (attr(control, 'type') === 'hidden') continue;
      expect(textOf(labelFor(doc, attr(control, 'id'))).length, name).toBeGreaterThan(3);
    }
    expect(named('kind').map((radio) => attr(radio, 'value'))).toEqual(['phan-anh', 'kien-nghi']);
    expect(named('senderType').map((radio) => attr(radio, 'value'))).toEqual(['citizen', 'organisation']);
    // Each error-summary target is a control of the form.
    for (const field of Object.values(feedbackFormFields))
      expect(controls(form ?? doc).some((control) => attr(control, 'id') === field.id)).toBe(true);
  });

  it('offers the active subjects in order and the agencies of the directory', () => {
    const topics = byTag(named('topicSlug')[0] ?? doc, 'option').map((option) => attr(option, 'value'));
    expect(topics).toEqual(['', 'dat-dai', 'xay-dung-giao-thong', 'thu-tuc-hanh-chinh', 'moi-truong']);
    const agencies = byTag(named('agencyId')[0] ?? doc, 'option').map((option) => attr(option, 'value'));
    expect(agencies).toEqual(['', ...sampleFeedbackAgencies.map((agency) => agency.id)]);
  });

  it('gives the hints: the document number example, the content length, the phone-or-e-mail note', () => {
    const text = textOf(form);
    expect(text).toContain('12/2024/QĐ-UBND');
    expect(text).toContain('5.000 ký tự');
    const phone = named('phone')[0];
    const note = byId(doc, 'fb-contact-note');
    expect(textOf(note)).toContain('số điện thoại hoặc thư điện tử');
    expect(attr(phone, 'aria-describedby')).toContain('fb-contact-note');
    expect(attr(named('email')[0], 'aria-describedby')).toContain('fb-contact-note');
  });

  it('takes up to three images or PDFs, with the limits in words', () => {
    const [files] = named('attachments');
    expect(attr(files, 'type')).toBe('file');
    expect(attr(files, 'multiple')).toBeDefined();
    expect(attr(files, 'accept')).toBe('image/jpeg,image/png,application/pdf');
    const hint = textOf(byId(doc, 'fb-attachments-hint'));
    for (const words of ['3 tệp', 'JPEG', 'PNG', 'PDF', '4 MB', 'nội dung']) expect(hint).toContain(words);
    // Only a form sent back says the files must be chosen again.
    expect(byId(doc, 'fb-attachments-again')).toBeUndefined();
  });

  it('never ticks the consent box, and carries the notice version', () => {
    const [consent] = named('consent');
    expect(attr(consent, 'type')).toBe('checkbox');
    expect(attr(consent, 'value')).toBe('yes');
    expect(attr(consent, 'checked')).toBeUndefined();
    expect(attr(named('consentNoticeVersion')[0], 'value')).toBe(sampleFeedbackSettings.noticeVersion);
  });

  it('puts a plain-language privacy notice beside the consent box', () => {
    const notice = textOf(byId(doc, 'fb-privacy'));
    for (const words of [
      'Họ và tên, địa chỉ, số điện thoại',
      'Để xem xét, xử lý và trả lời',
      'Cổng Thông tin điện tử tỉnh, Văn phòng UBND tỉnh Quảng Trị',
      'lược bỏ tên',
      `Đến ${sampleFeedbackSettings.retentionDays} ngày sau khi`,
      'đường dẫn riêng',
      'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15',
      'Nghị định số 356/2025/NĐ-CP',
    ])
      expect(notice).toContain(words);
  });

  it('hides the honeypot off screen, out of the tab order, and labels it', () => {
    const [trap] = named('website');
    expect(attr(trap, 'tabindex')).toBe('-1');
    expect(attr(trap, 'autocomplete')).toBe('off');
    expect(attr(trap, 'value')).toBe('');
    expect(textOf(labelFor(doc, attr(trap, 'id')))).toBe('Để trống ô này');
    const wrapper = trap?.parent as Element | undefined;
    expect(attr(wrapper, 'class')).toBe('fb-trap');
    const rule = /\.fb-trap \{([^}]*)\}/.exec(siteStylesheet)?.[1] ?? '';
    expect(rule).toContain('position: absolute');
    expect(rule).not.toContain('display: none');
    expect(attr(wrapper, 'hidden')).toBeUndefined();
  });

  it('states limits that agree with the schema', () => {
    const valid = {
      topicSlug: 'dat-dai',
      title: 'Tiêu đề đủ dài',
      content: 'Nội dung phản ánh đủ hai mươi ký tự.',
      name: 'Lê Văn A',
      address: '12 Hùng Vương',
      phone: '0912345678',
      consent: 'yes',
      consentNoticeVersion: '2026-01',
    };
    for (const [field, limit] of Object.entries(feedbackFieldLimits)) {
      const at = (length: number) =>
        feedbackSubmissionSchema.safeParse({ ...valid, [field]: 'a'.repeat(length) }).success;
      expect(at(limit.min), `${field} min`).toBe(true);
      expect(at(limit.min - 1), `${field} min - 1`).toBe(false);
      expect(at(limit.max), `${field} max`).toBe(true);
      expect(at(limit.max + 1), `${field} max + 1`).toBe(false);
    }
  });
});

describe('feedback form sent back with errors', () => {
  const values = {
    kind: 'kien-nghi',
    topicSlug: 'xay-dung-giao-thong',
    agencyId: 'so-xay-dung',
    documentNumber: '12/2024/QĐ-UBND',
    title: 'Đường "Lý Thường Kiệt" <b>hỏng</b> & nguy hiểm',
    content: 'Dòng một: ổ gà.\nDòng hai: </textarea><script>alert(1)</script>',
    senderType: 'organisation',
    organisation: 'Công ty TNHH Ánh Dương',
    name: 'Nguyễn Văn Bình',
    address: '5 Trần Hưng Đạo',
    phone: '09x',
    email: 'binh@example.vn',
    consent: 'yes',
    website: 'http://spam.example',
  };
  const errors: FieldProblem[] = [
    { path: 'phone', message: 'Số điện thoại chưa đúng', messageEn: 'Not a valid phone number' },
    { path: 'title', message: 'Tiêu đề quá dài', messageEn: 'Title too long' },
    {
      path: 'attachments.1',
      message: 'Tệp thứ hai không phải PDF',
      messageEn: 'The second file is not a PDF',
    },
    { path: 'kind', message: 'Chọn phản ánh hoặc kiến nghị', messageEn: 'Choose one' },
    { path: '(body)', message: 'Biểu mẫu không đọc được', messageEn: 'The form could not be read' },
    { path: 'website', message: 'Hãy để trống ô này', messageEn: 'Leave this field empty' },
  ];
  const html = renderFeedbackForm(ctx, { ...formModel, values, errors });
  const doc = dom(html);
  const control = (name: string) => all(doc, (e) => e.attribs.name === name)[0];

  it('starts the title with "Lỗi: " and keeps the page out of search engines', () => {
    expect(textOf(byTag(doc, 'title')[0]).startsWith('Lỗi: ')).toBe(true);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(all(doc, (e) => e.name === 'link' && e.attribs.rel === 'canonical')).toHaveLength(0);
  });

  it('lists every error in a summary at the top, linked to its field, in the order of the page', () => {
    const summary = errorSummary(doc);
    expect(summary).toBeDefined();
    expect(attr(summary, 'tabindex')).toBe('-1');
    expect(all(summary ?? doc, (e) => e.attribs.role === 'alert')).toHaveLength(1);
    expect(byTag(summary ?? doc, 'h2')).toHaveLength(1);
    const links = byTag(summary ?? doc, 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual([
      '#fb-kind',
      '#fb-title',
      '#fb-attachments',
      '#fb-phone',
    ]);
    for (const error of errors) {
      expect(textOf(summary)).toContain(error.message);
      expect(textOf(summary)).toContain(error.messageEn);
    }
    // Errors of no visible field are in the summary only, as text.
    const items = byTag(summary ?? doc, 'li');
    const unlinked = items.filter((item) => byTag(item, 'a').length === 0).map(textOf);
    expect(unlinked).toEqual([
      'Biểu mẫu không đọc được The form could not be read',
      'Hãy để trống ô này Leave this field empty',
    ]);
    expect(textOf(main(doc)).split('Biểu mẫu không đọc được')).toHaveLength(2);
  });

  it('shows each error next to its field, Vietnamese then English, tied by aria-describedby', () => {
    for (const [name, id] of [
      ['title', 'fb-title'],
      ['phone', 'fb-phone'],
      ['attachments', 'fb-attachments'],
    ] as const) {
      const input = control(name);
      expect(attr(input, 'aria-invalid'), name).toBe('true');
      expect(attr(input, 'aria-describedby')?.split(' ')).toContain(`${id}-error`);
      const message = byId(doc, `${id}-error`);
      const english = all(message ?? doc, (e) => e.attribs.lang === 'en')[0];
      expect(textOf(english).length).toBeGreaterThan(3);
      expect(textOf(message).indexOf(textOf(english))).toBeGreaterThan(5);
      // The message sits inside the field's group, with its control.
      expect(byTag(message?.parent as Element, input?.name ?? '').includes(input as Element)).toBe(true);
    }
    // A radio group's error is on its fieldset.
    const fieldset = byId(doc, 'fb-kind')?.parent?.parent?.parent as Element | undefined;
    expect(fieldset?.name).toBe('fieldset');
    expect(attr(fieldset, 'aria-describedby')).toBe('fb-kind-error');
    expect(textOf(byId(doc, 'fb-kind-error'))).toContain('Chọn phản ánh hoặc kiến nghị');
    // Fields without errors are not marked.
    expect(attr(control('name'), 'aria-invalid')).toBeUndefined();
  });

  it('keeps everything typed, escaped, and the consent box as it was', () => {
    expect(attr(control('title'), 'value')).toBe(values.title);
    expect(textOf(control('content'))).toBe(values.content.replace(/\s+/g, ' '));
    expect(DomUtils.textContent(control('content') as Element)).toBe(values.content);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>hỏng</b>');
    expect(html).toContain('&lt;/textarea&gt;');
    for (const name of ['documentNumber', 'organisation', 'name', 'address', 'phone', 'email'] as const)
      expect(attr(control(name), 'value'), name).toBe(values[name]);
    const checked = (name: string) =>
      all(doc, (e) => e.attribs.name === name && e.attribs.checked !== undefined).map((e) => e.attribs.value);
    expect(checked('kind')).toEqual(['kien-nghi']);
    expect(checked('senderType')).toEqual(['organisation']);
    expect(checked('consent')).toEqual(['yes']);
    const selected = (name: string) =>
      byTag(control(name) as Element, 'option')
        .filter((option) => option.attribs.selected !== undefined)
        .map((option) => option.attribs.value);
    expect(selected('topicSlug')).toEqual(['xay-dung-giao-thong']);
    expect(selected('agencyId')).toEqual(['so-xay-dung']);
    // The honeypot is never filled back in.
    expect(attr(control('website'), 'value')).toBe('');
  });

  it('leaves the consent box unticked when it was not ticked, and says files must be chosen again', () => {
    const again = dom(
      renderFeedbackForm(ctx, { ...formModel, values: { ...values, consent: undefined }, errors }),
    );
    const consent = all(again, (e) => e.attribs.name === 'consent')[0];
    expect(attr(consent, 'checked')).toBeUndefined();
    const note = byId(again, 'fb-attachments-again');
    expect(textOf(note)).toContain('chọn lại tệp');
    expect(textOf(all(note ?? again, (e) => e.attribs.lang === 'en')[0])).toContain('choose them again');
    const files = all(again, (e) => e.attribs.name === 'attachments')[0];
    expect(attr(files, 'aria-describedby')).toContain('fb-attachments-again');
  });
});

describe('lookup', () => {
  it('is a GET form to the tracking API with a labelled code field', () => {
    const doc = dom(renderFeedbackLookup(ctx, {}));
    const form = byTag(doc, 'form').find((f) => attr(f, 'action') === sitePaths.feedbackTrackApi());
    expect(attr(form, 'method')).toBe('get');
    const code = all(form ?? doc, (e) => e.attribs.name === 'code')[0];
    expect(textOf(labelFor(doc, attr(code, 'id')))).toBe('Mã theo dõi');
    expect(errorSummary(doc)).toBeUndefined();
  });

  it('says when no item has the code typed, at the field and in the summary', () => {
    const html = renderFeedbackLookup(ctx, { code: 'PA-2026-<ZZ>', notFound: true });
    const doc = dom(html);
    const code = all(doc, (e) => e.attribs.name === 'code')[0];
    expect(attr(code, 'value')).toBe('PA-2026-<ZZ>');
    expect(attr(code, 'aria-invalid')).toBe('true');
    expect(textOf(byId(doc, 'lookup-code-error'))).toContain(
      'Không tìm thấy phản ánh, kiến nghị có mã PA-2026-<ZZ>',
    );
    expect(linkHrefs(errorSummary(doc) ?? doc)).toEqual(['#lookup-code']);
    expect(textOf(byTag(doc, 'title')[0]).startsWith('Lỗi: ')).toBe(true);
    expect(html).not.toContain('<ZZ>');
  });
});

describe('answer listings', () => {
  const list = (model: Partial<Parameters<typeof renderFeedbackAnswerList>[1]>) =>
    dom(
      renderFeedbackAnswerList(ctx, {
        listing: { kind: 'all' },
        answers: samplePublishedFeedback,
        topics: sampleFeedbackTopics,
        ...model,
      }),
    );
  const pagination = (doc: Document) =>
    linkHrefs(all(doc, (e) => e.name === 'nav' && e.attribs.class === 'pagination')[0] ?? dom(''));

  it('lists the answers newest first, each linked by its code, with agency and subject', () => {
    const doc = list({ answers: [oldest, newest, reopened] });
    const titles = byTag(main(doc) ?? doc, 'h2').filter((h) => attr(h, 'class') === 'card__title');
    expect(titles.map((title) => linkHrefs(title)[0])).toEqual(
      [newest, reopened, oldest].map((answer) => sitePaths.feedbackAnswer(answer.code)),
    );
    expect(textOf(main(doc))).toContain('Sở Tư pháp');
    expect(textOf(main(doc))).toContain('Thủ tục hành chính');
  });

  it('links numbered blocks as the article listings do (block 1 is the oldest)', () => {
    expect(pagination(list({ olderPage: 3 }))).toEqual([sitePaths.feedbackAnswersPage(3)]);
    expect(pagination(list({ page: 3, olderPage: 2 }))).toEqual([
      sitePaths.feedbackAnswers(),
      sitePaths.feedbackAnswersPage(2),
    ]);
    const topicBlock = list({
      listing: { kind: 'topic', topic: roads },
      page: 2,
      newerPage: 3,
      olderPage: 1,
    });
    expect(pagination(topicBlock)).toEqual([
      sitePaths.feedbackTopicAnswersPage(roads.slug, 3),
      sitePaths.feedbackTopicAnswersPage(roads.slug, 1),
    ]);
    expect(textOf(byTag(topicBlock, 'h1')[0])).toBe('Câu trả lời lĩnh vực Xây dựng, giao thông — Trang 2');
    const canonical = all(topicBlock, (e) => e.name === 'link' && e.attribs.rel === 'canonical')[0];
    expect(attr(canonical, 'href')).toBe(abs(sitePaths.feedbackTopicAnswersPage(roads.slug, 2)));
    const agency = list({
      listing: { kind: 'agency', agency: { id: 'so-xay-dung', nameVi: 'Sở Xây dựng' } },
      olderPage: 1,
    });
    expect(pagination(agency)).toEqual([sitePaths.feedbackAgencyAnswersPage('so-xay-dung', 1)]);
    expect(LISTING_PAGE_SIZE).toBe(20);
  });

  it('navigates by subject, the current one marked', () => {
    const doc = list({ listing: { kind: 'topic', topic: roads } });
    const nav = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'fb-topics')[0];
    expect(linkHrefs(nav ?? doc)).toEqual([
      sitePaths.feedbackAnswers(),
      ...['dat-dai', 'xay-dung-giao-thong', 'thu-tuc-hanh-chinh', 'moi-truong', 'ke-hoach-dau-tu'].map(
        (slug) => sitePaths.feedbackTopicAnswers(slug),
      ),
    ]);
    const current = all(nav ?? doc, (e) => e.attribs['aria-current'] === 'page');
    expect(current.map((a) => attr(a, 'href'))).toEqual([sitePaths.feedbackTopicAnswers(roads.slug)]);
  });
});

describe('answer page', () => {
  const html = renderFeedbackAnswer(ctx, { answer: newest, topic: roads });
  const doc = dom(html);
  const fields = () => definitions(doc);

  it('shows the anonymised question with its line breaks, and the sanitized answer as HTML', () => {
    expect(textOf(byTag(doc, 'h1')[0])).toBe(newest.publicTitle);
    const question = all(doc, (e) => e.attribs.class === 'fb-question')[0];
    expect(byTag(question ?? doc, 'p')).toHaveLength(2);
    expect(byTag(question ?? doc, 'br')).toHaveLength(1);
    expect(html).toContain(newest.answer.html);
  });

  it('gives the code, subject, agency, dates in Vietnam time, working days and timeliness', () => {
    expect(fields()).toMatchObject({
      'Mã theo dõi': `${newest.code} · Xem quá trình xử lý`,
      Loại: 'Kiến nghị',
      'Lĩnh vực': 'Xây dựng, giao thông',
      'Cơ quan trả lời': 'Sở Xây dựng',
      'Ngày tiếp nhận': '05/10/2026',
      'Ngày trả lời': '20/11/2026',
      'Ngày công bố': '24/11/2026',
      'Thời gian trả lời': '12 ngày làm việc · Đúng hạn',
    });
    expect(linkHrefs(doc)).toContain(sitePaths.feedbackTracking(newest.code));
    expect(linkHrefs(doc)).toContain(sitePaths.feedbackAgencyAnswers(newest.agencyId));
    const late = dom(renderFeedbackAnswer(ctx, { answer: reopened }));
    expect(textOf(main(late))).toContain('17 ngày làm việc · Quá hạn');
  });

  it("links the answer's files by their public key", () => {
    for (const file of newest.answer.attachments) {
      const link = byTag(doc, 'a').find((a) => a.attribs.href === `/${file.key}`);
      expect(textOf(link)).toContain(file.fileName);
    }
  });

  it('says when the sender asked for the answer to be looked at again', () => {
    const notice = 'Người gửi đề nghị xem xét lại; câu trả lời dưới đây đang được xem xét lại';
    expect(textOf(main(dom(renderFeedbackAnswer(ctx, { answer: reopened }))))).toContain(notice);
    expect(textOf(main(doc))).not.toContain(notice);
  });

  it('describes itself as a QAPage with the agency as the answer author', () => {
    expect(jsonLd(doc)[0]).toMatchObject({
      '@type': 'QAPage',
      url: abs(sitePaths.feedbackAnswer(newest.code)),
      mainEntity: {
        '@type': 'Question',
        name: newest.publicTitle,
        answerCount: 1,
        acceptedAnswer: { '@type': 'Answer', author: { name: 'Sở Xây dựng' } },
      },
    });
    const text = JSON.stringify(jsonLd(doc)[0]);
    expect(text).toContain('vá tạm 14 ổ gà');
    expect(text).not.toContain('<li>');
  });
});

describe('statistics', () => {
  const doc = dom(renderFeedbackStatistics(ctx, { statistics: sampleStatistics }));

  it('is an accessible table, one row per agency, a dash where there is no figure', () => {
    const table = byTag(doc, 'table')[0];
    expect(textOf(byTag(table ?? doc, 'caption')[0])).toContain('từng cơ quan');
    const rows = byTag(byTag(table ?? doc, 'tbody')[0] ?? doc, 'tr');
    expect(rows).toHaveLength(sampleStatistics.agencies.length);
    const cells = (name: string) => {
      const row = rows.find((r) => textOf(byTag(r, 'th')[0]) === name);
      return byTag(row ?? doc, 'td').map((cell) => DomUtils.textContent(cell));
    };
    expect(cells('Sở Tư pháp')).toEqual(['23', '21', '8,5', '85,7%', '14,3%', '4,2']);
    expect(cells('Ủy ban nhân dân phường Đồng Hới').slice(2)).toEqual(
      Array.from({ length: 4 }, () => '—chưa có số liệu'),
    );
    expect(cells('Sở Nông nghiệp và Môi trường')[5]).toBe('—chưa có số liệu');
  });

  it('gives the totals, the time of the figures, the open JSON and how each figure is computed', () => {
    const text = textOf(main(doc));
    expect(text).toContain('Số liệu tại thời điểm 07:00 27/11/2026.');
    expect(text).toContain('184');
    expect(text).toContain('139');
    expect(linkHrefs(doc)).toContain(sitePaths.feedbackStatisticsApi());
    expect(text).toContain('Cách tính');
    expect(text).toContain('trung vị');
  });
});

describe('tracking page', () => {
  it('shows re-routing between two agencies on the timeline, with the due dates', () => {
    const doc = dom(renderTrackingPage(ctx, { tracking: sampleReroutedTracking }));
    const events = byTag(
      all(doc, (e) => e.name === 'ol' && e.attribs.class === 'timeline')[0] ?? doc,
      'li',
    ).map(textOf);
    expect(events).toEqual([
      '08:20 16/11/2026 Đã tiếp nhận phản ánh, kiến nghị',
      '09:00 17/11/2026 Đã phân loại, chờ chuyển đến cơ quan giải quyết',
      '09:05 17/11/2026 Đã chuyển đến Sở Tài chính; hạn trả lời 08/12/2026',
      '15:30 19/11/2026 Sở Tài chính đề nghị chuyển cơ quan khác: Chiếu sáng đô thị do Sở Xây dựng quản lý.',
      '10:15 24/11/2026 Quá hạn chuyển xử lý',
      '14:40 24/11/2026 Đã chuyển đến Sở Xây dựng; hạn trả lời 15/12/2026',
    ]);
    expect(definitions(doc)).toMatchObject({
      'Tình trạng': 'Đang được cơ quan giải quyết',
      'Cơ quan giải quyết': 'Sở Xây dựng',
      'Hạn trả lời': '15/12/2026',
    });
    // Forwarded: the forwarding deadline is behind it.
    expect(definitions(doc)['Hạn chuyển đến cơ quan giải quyết']).toBeUndefined();
    const waiting = definitions(dom(renderTrackingPage(ctx, { tracking: sampleReceivedTracking })));
    expect(waiting['Hạn chuyển đến cơ quan giải quyết']).toBe('04/12/2026');
  });

  it('explains a rejection with its reason and note, and links a merged item to its original', () => {
    const rejected = textOf(main(dom(renderTrackingPage(ctx, { tracking: sampleRejectedTracking }))));
    expect(rejected).toContain(
      'Bị từ chối: Không thuộc thẩm quyền giải quyết của tỉnh — Tranh chấp đất đai được hòa giải',
    );
    const merged = dom(renderTrackingPage(ctx, { tracking: sampleMergedTracking }));
    expect(linkHrefs(main(merged) ?? merged)).toContain(sitePaths.feedbackTracking('PA-2026-7K3Q9'));
    expect(linkHrefs(main(merged) ?? merged)).toContain(sitePaths.feedbackAnswer('PA-2026-7K3Q9'));
  });

  it('links the published answer from the status and the timeline', () => {
    const doc = dom(renderTrackingPage(ctx, { tracking: samplePublishedTracking }));
    const links = linkHrefs(main(doc) ?? doc).filter(
      (href) => href === samplePublishedTracking.publishedPath,
    );
    expect(links).toHaveLength(2);
    expect(textOf(main(doc))).toContain('Đã công bố câu trả lời');
  });

  it('confirms a submission with the code, the secret link and whether a receipt was mailed', () => {
    const doc = dom(renderTrackingPage(ctx, { tracking: sampleReceivedTracking, receipt: sampleReceipt }));
    expect(textOf(byTag(doc, 'h1')[0])).toBe('Đã gửi phản ánh, kiến nghị');
    expect(textOf(all(doc, (e) => e.attribs.class === 'fb-code')[0])).toBe(sampleReceipt.code);
    const secret = byTag(doc, 'a').find((a) => a.attribs.href === sampleReceipt.secretUrl);
    expect(textOf(secret)).toBe(sampleReceipt.secretUrl);
    const text = textOf(main(doc));
    expect(text).toContain('Lưu lại đường dẫn này: chỉ bạn có đường dẫn này');
    expect(text).toContain('Thư xác nhận');
    expect(text).toContain('Hạn chuyển đến cơ quan giải quyết: 04/12/2026');
    const unmailed = renderTrackingPage(ctx, {
      tracking: sampleReceivedTracking,
      receipt: { ...sampleReceipt, receiptMailed: false },
    });
    expect(textOf(main(dom(unmailed)))).toContain('Bạn không ghi thư điện tử');
  });

  it("shows the sender's forms only with the secret link, each with the code and the key", () => {
    const forms = (tracking: PublicTracking, secretKey?: string) =>
      byTag(dom(renderTrackingPage(ctx, { tracking, secretKey })), 'form')
        .map((form) => attr(form, 'action'))
        .filter((action) => action?.startsWith('/api/feedback/track/'));
    const actionPaths = [
      sitePaths.feedbackRateApi(),
      sitePaths.feedbackReopenApi(),
      sitePaths.feedbackDeletionApi(),
    ];
    expect(forms(samplePublishedTracking, sampleSecretKey)).toEqual(actionPaths);
    expect(forms(samplePublishedTracking)).toEqual([]);
    const { actions: _actions, ...withoutActions } = samplePublishedTracking;
    expect(forms(withoutActions, sampleSecretKey)).toEqual([]);
    const rateOnly = {
      ...samplePublishedTracking,
      actions: { rate: true, reopen: false, deleteData: false },
    };
    expect(forms(rateOnly, sampleSecretKey)).toEqual([sitePaths.feedbackRateApi()]);

    const html = renderTrackingPage(ctx, { tracking: samplePublishedTracking, secretKey: sampleSecretKey });
    const doc = dom(html);
    for (const form of byTag(doc, 'form').filter((f) => attr(f, 'method') === 'post')) {
      const hidden = (name: string) =>
        all(form, (e) => e.attribs.name === name && e.attribs.type === 'hidden')[0];
      expect(attr(hidden('code'), 'value')).toBe(samplePublishedTracking.code);
      expect(attr(hidden('key'), 'value')).toBe(sampleSecretKey);
    }
    const scores = all(doc, (e) => e.attribs.name === 'score');
    expect(scores.map((radio) => attr(radio, 'value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(scores.every((radio) => attr(radio, 'checked') === undefined)).toBe(true);
    expect(byId(doc, 'rate-score')?.parent?.parent?.parent).toMatchObject({ name: 'fieldset' });
    expect(textOf(main(doc))).toContain('Bạn có thể gửi đề nghị đến 10:00 24/12/2026.');
    const deletion = textOf(
      byTag(doc, 'form').find((f) => attr(f, 'action') === sitePaths.feedbackDeletionApi()),
    );
    expect(deletion).toContain('Tôi hiểu và muốn xóa');
    expect(textOf(main(doc))).toContain('Nội dung đã lược bỏ thông tin cá nhân và câu trả lời vẫn được giữ');
    const confirm = all(doc, (e) => e.attribs.name === 'confirm')[0];
    expect(attr(confirm, 'value')).toBe('yes');
    expect(attr(confirm, 'checked')).toBeUndefined();
  });

  it('never puts the secret key in a link or loads anything from elsewhere', () => {
    const html = renderTrackingPage(ctx, { tracking: samplePublishedTracking, secretKey: sampleSecretKey });
    const doc = dom(html);
    expect(html.split(sampleSecretKey)).toHaveLength(4); // the three forms' hidden fields
    for (const element of all(doc, (e) => e.attribs.href !== undefined || e.attribs.src !== undefined))
      expect(`${attr(element, 'href') ?? ''}${attr(element, 'src') ?? ''}`).not.toContain(sampleSecretKey);
    const loaded = all(doc, (e) => ['img', 'script', 'iframe', 'link'].includes(e.name)).filter(
      (e) => e.name !== 'link' || e.attribs.rel === 'stylesheet',
    );
    for (const element of loaded)
      expect(attr(element, 'src') ?? attr(element, 'href') ?? '').toMatch(/^\/[^/]/);
    expect(all(doc, (e) => e.name === 'link' && e.attribs.rel === 'canonical')).toHaveLength(0);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  it('brings a failed action back with its errors and what was typed; notices say what was done', () => {
    const doc = dom(
      renderTrackingPage(ctx, {
        tracking: samplePublishedTracking,
        secretKey: sampleSecretKey,
        failed: {
          action: 'reopen',
          errors: [
            { path: 'reason', message: 'Lý do quá ngắn', messageEn: 'Too short' },
            { path: 'key', message: 'Đường dẫn không đúng', messageEn: 'Wrong link' },
          ],
          values: { reason: 'Chưa "ổn" <i>' },
        },
      }),
    );
    expect(textOf(byTag(doc, 'title')[0]).startsWith('Lỗi: ')).toBe(true);
    expect(linkHrefs(errorSummary(doc) ?? doc)).toEqual(['#reopen-reason']);
    expect(textOf(errorSummary(doc))).toContain('Đường dẫn không đúng');
    const reason = byId(doc, 'reopen-reason');
    expect(DomUtils.textContent(reason as Element)).toBe('Chưa "ổn" <i>');
    expect(attr(reason, 'aria-invalid')).toBe('true');
    expect(attr(reason, 'aria-describedby')).toContain('reopen-reason-error');
    expect(attr(byId(doc, 'rate-comment'), 'aria-invalid')).toBeUndefined();

    const rated = dom(renderTrackingPage(ctx, { tracking: samplePublishedTracking, notice: 'rated' }));
    const status = all(rated, (e) => e.attribs.role === 'status')[0];
    expect(textOf(status)).toBe('Cảm ơn bạn đã đánh giá câu trả lời.');
  });
});

describe('problem page', () => {
  it('gives the title in Vietnamese, English below, and when to try again', () => {
    const doc = dom(
      renderFeedbackProblemPage(ctx, {
        status: 429,
        title: 'Bạn đã gửi quá nhiều lần trong thời gian ngắn',
        titleEn: 'Too many submissions in a short time',
        retryAfterSeconds: 540,
        back: { href: sitePaths.feedbackForm(), label: 'Quay lại biểu mẫu' },
      }),
    );
    const heading = byTag(doc, 'h1')[0];
    expect(textOf(heading)).toBe(
      'Bạn đã gửi quá nhiều lần trong thời gian ngắn Too many submissions in a short time',
    );
    expect(attr(all(heading ?? doc, (e) => e.attribs.lang === 'en')[0], 'lang')).toBe('en');
    expect(textOf(main(doc))).toContain('Vui lòng thử lại sau 9 phút.');
    expect(textOf(main(doc))).toContain('Please try again in 9 minutes.');
    expect(linkHrefs(main(doc) ?? doc)).toContain(sitePaths.feedbackForm());
  });
});

describe('personal data', () => {
  const contactStrings = [
    sampleContact.name,
    sampleContact.phone ?? '-',
    sampleContact.email ?? '-',
    sampleContact.address,
  ];
  // Prepare: models with the contact smuggled in where it does not belong, as a careless caller might.
  const leaky = { contact: sampleContact, senderName: sampleContact.name, email: sampleContact.email };
  const leakyAnswer: PublishedFeedback = { ...newest, ...leaky };
  const leakyTracking: PublicTracking = { ...samplePublishedTracking, ...leaky };

  it('is on no page, even when a model carries it', () => {
    const html = [
      ...everyPage().map((page) => page.html),
      renderFeedbackAnswer(ctx, { answer: leakyAnswer, topic: roads }),
      renderFeedbackAnswerList(ctx, {
        listing: { kind: 'all' },
        answers: [leakyAnswer],
        topics: sampleFeedbackTopics,
      }),
      renderFeedbackHome(ctx, {
        latest: [leakyAnswer],
        topics: sampleFeedbackTopics,
        settings: sampleFeedbackSettings,
      }),
      renderTrackingPage(ctx, { tracking: leakyTracking, secretKey: sampleSecretKey }),
      renderTrackingPage(ctx, { tracking: leakyTracking, receipt: { ...sampleReceipt, ...leaky } }),
      renderFeedbackFeed(ctx, [leakyAnswer]),
    ];
    for (const page of html) for (const value of contactStrings) expect(page).not.toContain(value);
    // The prepared models do carry it, so the check above could fail.
    expect(JSON.stringify(leakyAnswer)).toContain(sampleContact.name);
  });
});

describe('feed', () => {
  const parseXml = (xml: string): XmlElement => {
    expect(xml.startsWith('<?xml version="1.0" encoding="')).toBe(true);
    const root = (xml2js(xml, { compact: false }) as XmlElement).elements?.find((e) => e.type === 'element');
    if (!root) throw new Error('no root element');
    return root;
  };
  const children = (element: XmlElement | undefined, name: string) =>
    (element?.elements ?? []).filter((e) => e.type === 'element' && e.name === name);
  const textOfXml = (element: XmlElement | undefined) =>
    (element?.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');

  it('is RSS 2.0 of the newest answers, newest first, with absolute links', () => {
    const rss = parseXml(renderFeedbackFeed(ctx, [oldest, newest, reopened]));
    expect(rss.attributes?.version).toBe('2.0');
    const [channel] = children(rss, 'channel');
    expect(textOfXml(children(channel, 'language')[0])).toBe('vi');
    const items = children(channel, 'item');
    expect(items.map((item) => textOfXml(children(item, 'link')[0]))).toEqual(
      [newest, reopened, oldest].map((answer) => abs(sitePaths.feedbackAnswer(answer.code))),
    );
    expect(textOfXml(children(items[0], 'content:encoded')[0])).toBe(newest.answer.html);
  });

  it('stays well-formed whatever the text holds: control characters, markup, CDATA ends', () => {
    const hostile: PublishedFeedback = {
      ...newest,
      publicTitle: 'Tiêu đề\u0000 có\u0008 ký tự\u000b điều khiển\u001f & <b>thẻ</b> ]]> hết',
      publicContent: 'Nội dung\u0007 ]]> <script>x</script>',
      agencyName: 'Sở <Xây> & dựng\u0001',
      answer: { ...newest.answer, html: '<p>Trả lời ]]> ]]> \u000c</p>' },
    };
    const xml = renderFeedbackFeed(ctx, [hostile]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const [channel] = children(parseXml(xml), 'channel');
    const [item] = children(channel, 'item');
    expect(textOfXml(children(item, 'title')[0])).toBe(
      'Tiêu đề có ký tự điều khiển &amp; &lt;b&gt;thẻ&lt;/b&gt; ]]&gt; hết',
    );
    expect(textOfXml(children(item, 'category')[0])).toBe('Sở <Xây> & dựng');
    expect(textOfXml(children(item, 'content:encoded')[0])).toBe('<p>Trả lời ]]&gt; ]]&gt; </p>');
  });
});
