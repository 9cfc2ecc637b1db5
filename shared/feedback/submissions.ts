import { randomUUID } from 'node:crypto';
import { recordAudit } from '#shared/data/audit.ts';
import { getAgency } from '#shared/data/directory.ts';
import {
  feedbackWrites,
  getFeedback,
  getFeedbackAccess,
  getFeedbackTopic,
  TrackingCodeTaken,
} from '#shared/data/feedback.ts';
import { documentIdHoldingNumber, getLegalDocumentReference } from '#shared/data/legal-references.ts';
import { claimFormToken, FormTokenUsed, getFormTokenUse } from '#shared/data/participation.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { AppError, errors, type FieldError } from '#shared/domain/errors.ts';
import type {
  FeedbackContact,
  FeedbackItem,
  FeedbackSubmission,
  SubmissionReceipt,
} from '#shared/domain/feedback.ts';
import {
  type CheckedFile,
  checkFiles,
  removeFiles,
  storeFiles,
  type UploadedFile,
} from '#shared/participation/attachments.ts';
import { checkRateLimits, publicFormLimits } from '#shared/participation/rate-limits.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { maskPersonalData } from '#shared/text/personal-data.ts';
import { dateInVietnam, yearInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays } from '#shared/time/working-days.ts';
import { workingCalendar } from './calendar.ts';
import { hashSecret, newSecret, newTrackingCode, submissionHash } from './codes.ts';
import { scheduleDeadline } from './deadlines.ts';
import { feedbackEntity, senderDetails } from './items.ts';
import { sendReceipt } from './notifications.ts';
import { feedbackSettings } from './settings.ts';

/**
 * A citizen's or business's submission from the public form, without an account. Nothing is stored unless
 * everything is right; then the item, the sender's contact (apart), the secret's hash, the code's guard, the
 * form token and the count are written in one transaction, with the files stored just before it (and removed
 * if it fails). Posting the same form twice gives the same receipt; the same form with other content is
 * refused, so that a second submission is never lost under the first one's receipt.
 */
export class FormAlreadyUsed extends AppError {
  constructor() {
    super(
      409,
      'form-already-used',
      'Biểu mẫu này đã được gửi; hãy mở lại biểu mẫu để gửi phản ánh, kiến nghị khác',
      'This form was sent already; open the form again to send another one',
    );
  }
}

export type SubmissionClient = { ip: string; formToken?: string | undefined };
export type SubmissionResult = {
  item: FeedbackItem;
  receipt: SubmissionReceipt;
  secretLink: string;
  receiptMailed: boolean;
  repeated: boolean;
};

/** A form token is kept a day: long enough for a double post, short enough not to pile up. */
const FORM_TOKEN_DAYS = 1;

const fingerprint = (submission: FeedbackSubmission) =>
  submissionHash({
    kind: submission.kind,
    topicSlug: submission.topicSlug,
    title: submission.title,
    content: submission.content,
    name: submission.name,
    phone: submission.phone,
    email: submission.email,
  });

function receiptOf(item: FeedbackItem, secret: string): { receipt: SubmissionReceipt; secretLink: string } {
  const secretLink = sitePaths.feedbackSecretLink(item.code, secret);
  return {
    secretLink,
    receipt: {
      code: item.code,
      trackingUrl: `${sitePaths.feedbackTrackApi()}?code=${item.code}`,
      secretUrl: secretLink,
      receivedAt: item.receivedAt,
      forwardDueOn: item.forwardDueOn,
    },
  };
}

/** A second post of a form already sent: the first submission's receipt, if it is the same content. */
async function earlierSubmission(token: string, hash: string): Promise<SubmissionResult | undefined> {
  const use = await getFormTokenUse(token);
  if (!use) return undefined;
  const [item, access] = await Promise.all([getFeedback(use.id), getFeedbackAccess(use.id)]);
  if (!item || !access) return undefined;
  if (access.submissionHash !== hash) throw new FormAlreadyUsed();
  return { item, ...receiptOf(item, newSecret(token)), receiptMailed: false, repeated: true };
}

/** What the form points at must exist: the subject, the agency, the legal document. */
async function checkReferences(submission: FeedbackSubmission) {
  const problems: FieldError[] = [];
  const topic = await getFeedbackTopic(submission.topicSlug);
  if (!topic?.active) {
    problems.push({
      path: 'topicSlug',
      messageVi: 'Hãy chọn một lĩnh vực trong danh sách',
      messageEn: 'Choose a subject from the list',
    });
  }
  if (submission.agencyId && !(await getAgency(submission.agencyId))) {
    problems.push({
      path: 'agencyId',
      messageVi: 'Cơ quan không có trong danh bạ',
      messageEn: 'No such agency in the directory',
    });
  }
  let document: { id: string; label: string } | undefined;
  if (submission.documentNumber) {
    const issueYear = submission.documentNumber.match(/\/(\d{4})\//)?.[1];
    const id = await documentIdHoldingNumber(
      submission.documentNumber,
      `${issueYear ?? new Date().getFullYear()}-01-01`,
    );
    const published = id ? await getLegalDocumentReference(id) : undefined;
    if (!published) {
      problems.push({
        path: 'documentNumber',
        messageVi: `Không tìm thấy văn bản số “${submission.documentNumber}” trong cơ sở dữ liệu văn bản`,
        messageEn: `No document “${submission.documentNumber}” in the legal-document database`,
      });
    } else
      document = {
        id: published.id,
        label: `${published.numberSymbol} — ${published.abstract.slice(0, 200)}`,
      };
  }
  return { problems, document };
}

export async function submitFeedback(
  submission: FeedbackSubmission,
  uploaded: UploadedFile[],
  client: SubmissionClient,
  now = new Date(),
): Promise<SubmissionResult> {
  const settings = feedbackSettings();
  const token = submission.formToken ?? client.formToken;
  const hash = fingerprint(submission);
  if (token) {
    const earlier = await earlierSubmission(token, hash);
    if (earlier) return earlier;
  }
  await checkRateLimits(
    publicFormLimits(
      'feedback',
      { ip: client.ip, contacts: [submission.email, submission.phone] },
      settings.limits,
    ),
    now,
  );

  const references = await checkReferences(submission);
  const files = checkFiles(uploaded, settings.attachments);
  const problems = [...references.problems, ...files.errors];
  if (problems.length > 0) throw errors.validation(problems);

  const calendar = await workingCalendar();
  const id = randomUUID();
  const at = now.toISOString();
  const secret = newSecret(token);
  const stored = await storeFiles(files.files satisfies CheckedFile[], 'feedback', now);
  try {
    for (let attempt = 0; ; attempt += 1) {
      const item: FeedbackItem = {
        id,
        code: newTrackingCode(yearInVietnam(now)),
        kind: submission.kind,
        topicSlug: submission.topicSlug,
        concerns: {
          ...(submission.agencyId ? { agencyId: submission.agencyId } : {}),
          ...(references.document
            ? { documentId: references.document.id, documentLabel: references.document.label }
            : {}),
          ...(submission.procedure ? { procedure: submission.procedure } : {}),
        },
        title: submission.title,
        content: submission.content,
        publicTitle: maskPersonalData(submission.title, senderDetails(submission)),
        publicContent: maskPersonalData(submission.content, senderDetails(submission)),
        attachments: stored,
        status: 'received',
        receivedAt: at,
        forwardDueOn: addWorkingDays(dateInVietnam(now), settings.forwardWorkingDays, calendar),
        mergedItems: [],
        reopenCount: 0,
        overdue: {},
        timeline: [],
        updatedAt: at,
        version: 1,
      };
      item.timeline = [{ at, type: 'received', dueOn: item.forwardDueOn }];
      const contact: FeedbackContact = {
        feedbackId: id,
        senderType: submission.senderType,
        name: submission.name,
        ...(submission.organisation ? { organisation: submission.organisation } : {}),
        address: submission.address,
        ...(submission.phone ? { phone: submission.phone } : {}),
        ...(submission.email ? { email: submission.email } : {}),
        consent: { at, noticeVersion: submission.consentNoticeVersion },
      };
      try {
        await runTransaction([
          feedbackWrites.create(item),
          feedbackWrites.claimCode(item.code, id),
          feedbackWrites.putContact(contact),
          feedbackWrites.putAccess(id, { secretHash: hashSecret(secret), submissionHash: hash }),
          ...(token
            ? [
                claimFormToken(
                  token,
                  { kind: 'feedback', id },
                  new Date(now.getTime() + FORM_TOKEN_DAYS * 86_400_000),
                ),
              ]
            : []),
          feedbackWrites.countTotals({ received: 1 }),
          recordAudit(
            feedbackEntity(id),
            { ...systemActor, name: 'Người gửi (cổng công khai)' },
            'submit',
            { toStatus: 'received' },
            at,
          ),
        ]);
      } catch (error) {
        // Two posts of the same form at the same moment: the other one stored it.
        if (error instanceof FormTokenUsed && token) {
          await removeFiles(stored.map((file) => file.key));
          const earlier = await earlierSubmission(token, hash);
          if (earlier) return earlier;
        }
        // The code was drawn by another item this year: draw again (29^5 codes a year make this rare).
        if (error instanceof TrackingCodeTaken && attempt < 5) continue;
        throw error;
      }
      await scheduleDeadline(item, 'forward', item.forwardDueOn, calendar, now);
      const { receipt, secretLink } = receiptOf(item, secret);
      const receiptMailed = await sendReceipt(item, secretLink);
      return { item, receipt, secretLink, receiptMailed, repeated: false };
    }
  } catch (error) {
    if (!(error instanceof FormTokenUsed))
      await removeFiles(stored.map((file) => file.key)).catch(() => undefined);
    throw error;
  }
}
