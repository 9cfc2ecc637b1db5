import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import type { MailMessage } from '#shared/notifications/mail.ts';

/** What the local gateway adds to play CloudFront and API Gateway: the viewer's address, form tokens, the outbox. */

/** The socket's address (API Gateway's sourceIp); X-Forwarded-For only when the stack was told to trust it. */
export function viewerAddress(c: Context, options: { trustForwardedFor: boolean }): string {
  if (options.trustForwardedFor) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? '127.0.0.1';
  } catch {
    return '127.0.0.1';
  }
}

/** The one-time token of a copy of a public form, as a cookie only that form's API receives. */
export function formTokenCookie(api: string): string {
  const token = randomBytes(18).toString('base64url');
  return `qtp_form=${token}; Path=${api}; HttpOnly; SameSite=Strict; Max-Age=86400`;
}

/** The mail outbox as a page: what the portal would have sent, newest first, links clickable. */
export function renderOutbox(messages: MailMessage[]): string {
  const linked = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');
  const items = [...messages].reverse().map(
    (message) => html`<article>
      <h2>${message.subject}</h2>
      <p class="meta">Đến: ${message.to.join(', ')} · ${message.sentAt} · ${message.topic}</p>
      ${(message.headers ?? []).map((header) => html`<p class="meta">${header.name}: ${header.value}</p>`)}
      <pre>${raw(linked(message.text))}</pre>
    </article>`,
  );
  return String(html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <title>Hộp thư đi (máy cục bộ) — ${messages.length} thư</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
          article { border-top: 1px solid #ccc; padding: 1rem 0; }
          pre { white-space: pre-wrap; font-family: inherit; }
          .meta { color: #444; }
        </style>
      </head>
      <body>
        <main>
          <h1>Hộp thư đi của máy cục bộ</h1>
          <p>Thư Cổng “đã gửi” khi chạy <code>npm start</code>: không thư nào ra khỏi máy này (trên AWS, Amazon SES gửi).</p>
          ${messages.length === 0 ? html`<p>Chưa có thư nào.</p>` : items}
        </main>
      </body>
    </html>`);
}
