import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod';
import {
  confirmFollow,
  followLinkValid,
  followNotice,
  requestFollow,
  unsubscribe,
} from '#shared/consultation/followers.ts';
import {
  FollowLinkExpired,
  followerIdSchema,
  followLinkSchema,
  followSubmissionSchema,
} from '#shared/domain/consultation-followers.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import { slugSchema } from '#shared/domain/text.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import {
  browserAsks,
  clientIp,
  FORM_TOKEN_COOKIE,
  fieldProblemsOf,
  fieldsOf,
  formPage,
  stringsOf,
} from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod, validate } from '#shared/http/validation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import {
  renderFollowDone,
  renderFollowForm,
  renderFollowLink,
  renderFollowRequested,
} from '#web/site/consultation/render.ts';
import { consultationBySlug } from './by-slug.ts';
import { problemPageAnswer } from './pages.ts';

/**
 * The public routes of following a consultation: the follow form's post, and the two links of the mails
 * (confirm, unsubscribe). A link opened (GET) shows a page with one button and changes nothing, since mail
 * scanners open every link; the button (or a mail client's RFC 8058 one-click POST) acts. Browsers get
 * pages, scripts JSON or problem+json. The address typed is never logged and never echoed but to its sender.
 */
const slugParam = z.object({ slug: slugSchema });
const linkParam = slugParam.extend({ followerId: followerIdSchema });

const asksForPage = (c: Context<ContextEnv>) =>
  browserAsks(c.req.header('accept'), c.req.header('content-type'));

/** The link's token, from its query; a malformed one is as good as expired. */
function linkToken(c: Context<ContextEnv>): string {
  const parsed = followLinkSchema.safeParse({ token: c.req.query('token') });
  if (!parsed.success) throw new FollowLinkExpired('malformed link');
  return parsed.data.token;
}

type Link = 'confirm' | 'unsubscribe';

function linkRoutes(kind: Link) {
  const done = kind === 'confirm' ? 'confirmed' : 'unsubscribed';
  return new Hono<ContextEnv>()
    .get('/', validate('param', linkParam), async (c) => {
      const { slug, followerId } = c.req.valid('param');
      const browser = asksForPage(c);
      try {
        const consultation = await consultationBySlug(slug);
        const token = linkToken(c);
        if (kind === 'confirm' && !(await followLinkValid(consultation, followerId, token)))
          throw new FollowLinkExpired(`follower ${followerId}`);
        const action =
          kind === 'confirm'
            ? consultationPaths.followConfirm(slug, followerId, token)
            : consultationPaths.followUnsubscribe(slug, followerId, token);
        if (browser)
          return formPage(c, renderFollowLink(await requestSiteContext(), consultation, kind, action), 200);
        c.header('cache-control', 'no-store');
        return c.json({ action: kind, post: action });
      } catch (error) {
        if (browser && error instanceof AppError) return problemPageAnswer(c, error, slug);
        throw error;
      }
    })
    .post('/', validate('param', linkParam), async (c) => {
      const { slug, followerId } = c.req.valid('param');
      const browser = asksForPage(c);
      try {
        const consultation = await consultationBySlug(slug);
        const token = linkToken(c);
        if (kind === 'confirm') await confirmFollow(consultation, followerId, token);
        else await unsubscribe(consultation, followerId, token);
        if (browser)
          return formPage(c, renderFollowDone(await requestSiteContext(), consultation, done), 200);
        c.header('cache-control', 'no-store');
        return c.json({ status: done });
      } catch (error) {
        if (browser && error instanceof AppError) return problemPageAnswer(c, error, slug);
        throw error;
      }
    });
}

export const followerRoutes = new Hono<ContextEnv>()
  .post('/:slug/followers', validate('param', slugParam), async (c) => {
    const browser = asksForPage(c);
    const slug = c.req.valid('param').slug;
    const values = await fieldsOf(c.req);
    let consultation: Awaited<ReturnType<typeof consultationBySlug>> | undefined;
    try {
      consultation = await consultationBySlug(slug);
      const parsed = followSubmissionSchema.safeParse(values);
      if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
      await requestFollow(consultation, parsed.data, {
        ip: clientIp(c),
        formToken: getCookie(c, FORM_TOKEN_COOKIE),
      });
      const notice = followNotice();
      if (browser)
        return formPage(
          c,
          renderFollowRequested(await requestSiteContext(), consultation, notice.confirmHours),
          200,
        );
      c.header('cache-control', 'no-store');
      return c.json({ status: 'confirmation-sent', confirmWithinHours: notice.confirmHours }, 202);
    } catch (error) {
      if (!(browser && error instanceof AppError)) throw error;
      if (!consultation || error.status !== 400) return problemPageAnswer(c, error, slug);
      return formPage(
        c,
        renderFollowForm(await requestSiteContext(), consultation, {
          slug,
          ...followNotice(),
          values: stringsOf(values),
          errors: fieldProblemsOf(error),
        }),
        400,
      );
    }
  })
  .route('/:slug/followers/:followerId/confirm', linkRoutes('confirm'))
  .route('/:slug/followers/:followerId/unsubscribe', linkRoutes('unsubscribe'));
