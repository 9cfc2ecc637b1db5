import * as z from 'zod';
import { loadDocument, moveDocument } from '../documents.ts';
import { loadIssue, moveIssue } from '../issues.ts';

/**
 * The Catch of every state: after its retries ran out, the document or issue shows as failed in the admin
 * with the cause, for an officer to look at. Nothing was half-published: publication is one transaction.
 */
export const failureInputSchema = z.object({
  documentId: z.uuid().optional(),
  issueId: z.uuid().optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
});

export async function recordFailure(input: z.infer<typeof failureInputSchema>) {
  const cause = `${input.error?.Error ?? 'Error'}: ${input.error?.Cause ?? 'unknown'}`.slice(0, 1000);
  if (input.issueId) {
    const issue = await loadIssue(input.issueId);
    if (issue.status !== 'published') await moveIssue(issue, 'failed', { failure: cause }, cause);
  } else if (input.documentId) {
    const document = await loadDocument(input.documentId);
    await moveDocument(document, 'failed', { failure: cause }, cause);
  }
  return { recorded: true };
}
