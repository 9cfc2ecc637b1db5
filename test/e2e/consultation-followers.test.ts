import { afterAll, beforeAll, expect, it } from 'vitest';
import { asset, writeFiles } from '#functions/publisher/site-files.ts';
import { followerIdOf } from '#shared/consultation/followers.ts';
import { getFollower } from '#shared/data/consultation-followers.ts';
import type { Consultation } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { siteStylesheet } from '#web/site/styles.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { openConsultation } from '../support/consultation.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * Following a draft end to end in Debian's Chromium with JavaScript off: a citizen asks to follow a draft
 * from its page (a forgotten consent brings the form back with the error), opens the confirmation link from
 * the local outbox, confirms with the page's button, and is a confirmed follower. axe-core finds no serious
 * or critical violation on any page of the way.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const citizenAddress = `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const email = `theodoi.${stamp}@example.vn`;
const agency = uniqueSlug('so-e2e-theo-doi');
const session = browserSession({
  url: () => stack.url,
  citizenAddress,
  checkerPath: consultationPaths.list(),
});
const { axePublic, checked, newContext } = session;
let consultation: Consultation;

describeInBrowser('following a consultation in Chromium with JavaScript off (issue 9)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await writeFiles([asset(sitePaths.stylesheet(), siteStylesheet, 'text/css')]);
    consultation = await openConsultation(
      agency,
      `Dự thảo Quy định về chợ đêm (kiểm thử ${stamp})`,
      new Date(Date.now() + 3 * 3600_000),
    );
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('subscribes, opens the confirmation link from the outbox and confirms, accessibly', async () => {
    const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
    await citizen.goto(`${stack.url}${consultationPaths.page(consultation.slug)}`);
    await citizen.getByRole('heading', { level: 2, name: 'Theo dõi dự thảo này' }).waitFor();
    expect(await citizen.locator('#cs-follow-consent').isChecked()).toBe(false);
    await axePublic(citizen, 'draft page with the follow form');

    // Consent forgotten: the form comes back with the error by the box and the address typed.
    await citizen.locator('#cs-follow-email').fill(email);
    await citizen.getByRole('button', { name: 'Theo dõi', exact: true }).click();
    await citizen.locator('#cs-follow-consent-error').waitFor();
    expect(await citizen.locator('#cs-follow-email').inputValue()).toBe(email);
    expect(await citizen.locator('.error-summary').textContent()).toContain('Cần đồng ý');
    await axePublic(citizen, 'follow form with an error');

    await citizen.locator('#cs-follow-consent').check();
    await citizen.getByRole('button', { name: 'Theo dõi', exact: true }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Hãy kiểm tra hộp thư của bạn' }).waitFor();
    await axePublic(citizen, 'check your mailbox');

    // The local outbox stands in for the citizen's mailbox: its link opens the confirmation page.
    await citizen.goto(`${stack.url}/_outbox/`);
    const mail = citizen
      .locator('article', { hasText: email })
      .filter({ hasText: 'Xác nhận theo dõi dự thảo' });
    await mail.locator('a[href*="/confirm?token="]').click();
    await citizen.getByRole('heading', { level: 1, name: 'Xác nhận theo dõi dự thảo' }).waitFor();
    await axePublic(citizen, 'confirmation link page');
    const id = followerIdOf(consultation.id, email);
    // Opening the link changed nothing: the button confirms.
    expect((await getFollower(consultation.id, id))?.status).toBe('pending');
    await citizen.getByRole('button', { name: 'Xác nhận theo dõi' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Đã xác nhận theo dõi' }).waitFor();
    await axePublic(citizen, 'follow confirmed');
    expect((await getFollower(consultation.id, id))?.status).toBe('confirmed');

    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
    expect(checked).toHaveLength(5);
  }, 90_000);
});
