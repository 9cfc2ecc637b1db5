import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sitePaths } from '#shared/site/urls.ts';
import {
  sampleFeedbackAgencies,
  sampleFeedbackSettings,
  sampleFeedbackTopic,
  sampleFeedbackTopics,
  samplePublished,
  samplePublishedFeedback,
  samplePublishedTracking,
  sampleReceipt,
  sampleReceivedTracking,
  sampleReroutedTracking,
  sampleSecretKey,
  sampleStatistics,
} from '#web/site/feedback/fixtures.ts';
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
import { siteStylesheet } from '#web/site/styles.ts';
import { describeInBrowser, launchChromium, seriousAccessibilityViolations } from '../support/browser.ts';

/**
 * The feedback pages in real Chromium, rendered from the fixtures and served by a tiny HTTP server (no
 * stack needed): axe-core on every page, and the form used with JavaScript off.
 */

const formModel: FeedbackFormModel = {
  topics: sampleFeedbackTopics,
  agencies: sampleFeedbackAgencies,
  settings: sampleFeedbackSettings,
};
const formErrors = [
  { path: 'kind', message: 'Chọn phản ánh hoặc kiến nghị', messageEn: 'Choose one' },
  { path: 'title', message: 'Tiêu đề cần ít nhất 5 ký tự', messageEn: 'The title needs 5 characters' },
  { path: 'phone', message: 'Số điện thoại chưa đúng', messageEn: 'Not a valid phone number' },
  { path: 'attachments.0', message: 'Tệp không phải PDF', messageEn: 'Not a PDF' },
  { path: 'consent', message: 'Cần đồng ý', messageEn: 'Consent is needed' },
  { path: '(body)', message: 'Biểu mẫu không đọc được', messageEn: 'The form could not be read' },
];

/** Each page at a path of its own; the dynamic pages under /test/, where the API would answer. */
const pages: Record<string, { name: string; html: string }> = {
  [sitePaths.feedbackHome()]: {
    name: 'home',
    html: renderFeedbackHome(ctx, {
      latest: samplePublishedFeedback,
      topics: sampleFeedbackTopics,
      settings: sampleFeedbackSettings,
    }),
  },
  [sitePaths.feedbackForm()]: { name: 'form', html: renderFeedbackForm(ctx, formModel) },
  '/test/form-errors/': {
    name: 'form with errors',
    html: renderFeedbackForm(ctx, {
      ...formModel,
      values: { title: 'Ngắn', phone: '09', content: 'Đường "xấu" <b>', name: 'Lê Văn A' },
      errors: formErrors,
    }),
  },
  [sitePaths.feedbackLookup()]: { name: 'lookup', html: renderFeedbackLookup(ctx) },
  '/test/lookup-not-found/': {
    name: 'lookup, not found',
    html: renderFeedbackLookup(ctx, { code: 'PA-2026-ZZZZZ', notFound: true }),
  },
  [sitePaths.feedbackAnswers()]: {
    name: 'answers',
    html: renderFeedbackAnswerList(ctx, {
      listing: { kind: 'all' },
      answers: samplePublishedFeedback,
      olderPage: 1,
      topics: sampleFeedbackTopics,
    }),
  },
  [sitePaths.feedbackTopicAnswersPage('xay-dung-giao-thong', 1)]: {
    name: 'topic answers, block 1',
    html: renderFeedbackAnswerList(ctx, {
      listing: { kind: 'topic', topic: sampleFeedbackTopic('xay-dung-giao-thong') },
      page: 1,
      answers: [samplePublished('PA-2026-7K3Q9')],
      topics: sampleFeedbackTopics,
    }),
  },
  [sitePaths.feedbackAnswer('PA-2026-7K3Q9')]: {
    name: 'answer',
    html: renderFeedbackAnswer(ctx, {
      answer: samplePublished('PA-2026-7K3Q9'),
      topic: sampleFeedbackTopic('xay-dung-giao-thong'),
    }),
  },
  [sitePaths.feedbackAnswer('PA-2026-M4TR8')]: {
    name: 'reopened answer',
    html: renderFeedbackAnswer(ctx, { answer: samplePublished('PA-2026-M4TR8') }),
  },
  [sitePaths.feedbackStatistics()]: {
    name: 'statistics',
    html: renderFeedbackStatistics(ctx, { statistics: sampleStatistics }),
  },
  '/test/tracking/': {
    name: 'tracking',
    html: renderTrackingPage(ctx, { tracking: sampleReroutedTracking }),
  },
  '/test/tracking-receipt/': {
    name: 'tracking, just sent',
    html: renderTrackingPage(ctx, { tracking: sampleReceivedTracking, receipt: sampleReceipt }),
  },
  '/test/tracking-actions/': {
    name: 'tracking with actions',
    html: renderTrackingPage(ctx, { tracking: samplePublishedTracking, secretKey: sampleSecretKey }),
  },
  '/test/tracking-action-failed/': {
    name: 'tracking with a failed action',
    html: renderTrackingPage(ctx, {
      tracking: samplePublishedTracking,
      secretKey: sampleSecretKey,
      failed: {
        action: 'rate',
        errors: [{ path: 'score', message: 'Chọn mức đánh giá từ 1 đến 5', messageEn: 'Choose 1 to 5' }],
        values: { comment: 'Chưa rõ' },
      },
    }),
  },
  '/test/problem/': {
    name: 'problem',
    html: renderFeedbackProblemPage(ctx, {
      status: 429,
      title: 'Bạn đã gửi quá nhiều lần trong thời gian ngắn',
      titleEn: 'Too many submissions in a short time',
      retryAfterSeconds: 600,
    }),
  },
};

const feedXml = renderFeedbackFeed(ctx, [
  {
    ...samplePublished('PA-2026-7K3Q9'),
    publicTitle: 'Tiêu đề\u0001 có ký tự\u001f điều khiển & <thẻ> ]]>',
  },
]);

let server: Server;
let base: string;
let browser: Browser;
const posted: Buffer[] = [];

describeInBrowser('feedback pages in Chromium', () => {
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (request.method === 'POST' && path === sitePaths.feedbackSubmitApi()) {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          posted.push(Buffer.concat(chunks));
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end('<!doctype html><html lang="vi"><title>Đã nhận</title><h1>Đã nhận</h1></html>');
        });
        return;
      }
      if (path === sitePaths.stylesheet()) {
        response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
        response.end(siteStylesheet);
        return;
      }
      if (path === sitePaths.feedbackFeed()) {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        response.end(feedXml);
        return;
      }
      const page = pages[path];
      response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page?.html ?? 'not found');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.close();
      await once(server, 'close');
    }
  });

  it('has no serious or critical WCAG 2.1 AA violation on any feedback page (axe-core)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const found: Record<string, unknown> = {};
    for (const [path, { name }] of Object.entries(pages)) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), `${name} ${path}`).toBe(200);
      // The stylesheet is served too, so contrast and target sizes are checked as people see them.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length > 0) found[`${name} ${path}`] = violations;
    }
    expect(found).toEqual({});
    await context.close();
  });

  it('parses the feed with the browser’s strict XML parser, control characters and all', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${sitePaths.feedbackHome()}`);
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: xml.getElementsByTagName('parsererror').length,
        title: xml.querySelector('item > title')?.textContent ?? '',
      };
    }, sitePaths.feedbackFeed());
    expect(result.error).toBe(0);
    expect(result.title).toBe('Tiêu đề có ký tự điều khiển &amp; &lt;thẻ&gt; ]]&gt;');
    await context.close();
  });

  it('moves focus to the error summary, and each of its links to its field, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/test/form-errors/`);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.waitForSelector('.error-summary:focus');
    const links = page.locator('.error-summary a');
    const fieldLinks = formErrors.filter((error) => error.path !== '(body)');
    expect(await links.count()).toBe(fieldLinks.length);
    for (let index = 0; index < fieldLinks.length; index += 1) {
      const link = links.nth(index);
      const target = ((await link.getAttribute('href')) ?? '').slice(1);
      await link.click();
      expect(await page.locator(`[id="${target}"]:focus`).count(), target).toBe(1);
    }
    await context.close();
  });

  it('can be filled in and sent from the keyboard with JavaScript off; the honeypot is never reached', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${sitePaths.feedbackForm()}`);
    // Every field takes focus.
    for (const field of Object.values(feedbackFormFields)) {
      await page.focus(`[id="${field.id}"]`);
      expect(await page.locator(`[id="${field.id}"]:focus`).count(), field.id).toBe(1);
    }
    // Tabbing through the whole page, from the top, reaches every control of the form but the honeypot.
    await page.goto(`${base}${sitePaths.feedbackForm()}`);
    const reached = await tabThrough(page);
    expect(reached).not.toContain('website');
    for (const name of [
      'kind',
      'topicSlug',
      'agencyId',
      'title',
      'content',
      'attachments',
      'name',
      'phone',
      'consent',
    ])
      expect(reached, name).toContain(name);
    // Fill it in as a person would, and send it.
    await page.locator('#fb-kind-kien-nghi').check();
    await page.selectOption('#fb-topic', 'dat-dai');
    await page.fill('#fb-title', 'Đường ngập sau mưa');
    await page.fill('#fb-content', 'Đoạn đường trước trường học ngập sâu mỗi khi mưa lớn.');
    await page.fill('#fb-name', 'Lê Văn A');
    await page.fill('#fb-address', '12 Hùng Vương, Đông Hà');
    await page.fill('#fb-phone', '0912 345 678');
    await page.locator('#fb-consent').check();
    await page.focus('.fb-form button[type="submit"]');
    await Promise.all([
      page.waitForURL(`${base}${sitePaths.feedbackSubmitApi()}`),
      page.keyboard.press('Enter'),
    ]);
    const body = posted.at(-1)?.toString('utf8') ?? '';
    const field = (name: string) => new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)?.[1];
    expect(field('kind')).toBe('kien-nghi');
    expect(field('topicSlug')).toBe('dat-dai');
    expect(field('title')).toBe('Đường ngập sau mưa');
    expect(field('consent')).toBe('yes');
    expect(field('consentNoticeVersion')).toBe(sampleFeedbackSettings.noticeVersion);
    expect(field('website')).toBe('');
    expect(body).toContain('name="attachments"; filename=""');
    await context.close();
  });
});

/** Presses Tab until focus comes back round, and returns the name (or id) of each control reached. */
async function tabThrough(page: Page): Promise<string[]> {
  const reached: string[] = [];
  for (let step = 0; step < 300; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body || element.hasAttribute('data-tabbed')) return undefined;
      element.setAttribute('data-tabbed', '');
      return element.getAttribute('name') || element.id || element.tagName;
    });
    if (focused === undefined) break;
    reached.push(focused);
  }
  return reached;
}
