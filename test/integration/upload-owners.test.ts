import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { pdfBytes, uploadForSubmission } from '../support/gazette-files.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Each context's document uploads live under its own prefix (the IAM grants on AWS are per prefix), and a
 * context does not accept another's upload: an agency cannot hand a feedback answer a gazette file.
 */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => stack.stop());

describe('document uploads by context', () => {
  it('puts a gazette upload under uploads/gazette/ and accepts it in the gazette only', async () => {
    const key = await uploadForSubmission(pdfBytes('bản gốc'), 'ban-goc.pdf', 'application/pdf');
    expect(key).toMatch(/^uploads\/gazette\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/);

    const inGazette = await inspectUpload(key, 'fileKey', { require: 'pdf', owner: 'gazette' });
    expect(inGazette.errors).toEqual([]);
    expect(inGazette.file?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const inFeedback = await inspectUpload(key, 'attachmentKeys.0', { require: 'pdf', owner: 'feedback' });
    expect(inFeedback.file).toBeUndefined();
    expect(inFeedback.errors).toEqual([
      expect.objectContaining({
        path: 'attachmentKeys.0',
        messageEn: 'No such upload; upload the file again',
      }),
    ]);
  });
});
