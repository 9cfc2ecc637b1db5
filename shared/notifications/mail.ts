import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';

/**
 * The mail port. On AWS, Amazon SES (SESv2) sends from `MAIL_FROM` (a verified identity, set up in CDK).
 * On one machine, each message is written to the outbox folder, and `npm start` lists the folder as a page
 * (/_outbox/) so that a tester can read a receipt and follow its links. Tests write to a temporary outbox;
 * nothing is ever sent from a test.
 *
 * Messages carry personal data (a sender's address, their name in the greeting): they are never logged.
 */
export const mailMessageSchema = z.object({
  id: z.string(),
  to: z.array(z.email()).min(1),
  subject: z.string(),
  text: z.string(),
  /** What the message is about, for the outbox and for tests (`feedback-receipt`, `feedback-overdue`…). */
  topic: z.string(),
  /** Extra header fields (`List-Unsubscribe` and `List-Unsubscribe-Post` on followers' mails, RFC 8058). */
  headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  sentAt: z.string(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;
export type OutgoingMail = Omit<MailMessage, 'id' | 'sentAt'>;

let ses: SESv2Client | undefined;

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const env = readEnv();
  if (env.MAIL_FROM) {
    ses ??= new SESv2Client({});
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: env.MAIL_FROM,
        Destination: { ToAddresses: mail.to },
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
            ...(mail.headers
              ? { Headers: mail.headers.map(({ name, value }) => ({ Name: name, Value: value })) }
              : {}),
          },
        },
        EmailTags: [{ Name: 'topic', Value: mail.topic.replace(/[^\w-]/g, '_') }],
        ...(env.MAIL_CONFIGURATION_SET ? { ConfigurationSetName: env.MAIL_CONFIGURATION_SET } : {}),
      }),
    );
    return;
  }
  if (!env.MAIL_OUTBOX_DIR) throw new Error('No mail transport: set MAIL_FROM (SES) or MAIL_OUTBOX_DIR');
  const message: MailMessage = { ...mail, id: randomUUID(), sentAt: new Date().toISOString() };
  await mkdir(env.MAIL_OUTBOX_DIR, { recursive: true });
  // Named by time first, so the folder lists in the order the messages were sent.
  await writeFile(
    join(env.MAIL_OUTBOX_DIR, `${message.sentAt.replace(/[:.]/g, '-')}-${message.id}.json`),
    JSON.stringify(message, null, 2),
  );
}

/** Locally: every message in the outbox, oldest first. */
export async function readOutbox(directory: string): Promise<MailMessage[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const messages = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map(async (name) =>
        mailMessageSchema.safeParse(JSON.parse(await readFile(join(directory, name), 'utf8'))),
      ),
  );
  return messages.flatMap((parsed) => (parsed.success ? [parsed.data] : []));
}
