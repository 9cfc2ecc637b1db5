import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getIssue, issueItem, nextIssueNumberCounter } from '#shared/data/gazette.ts';
import { createItem, runTransaction } from '#shared/data/transactions.ts';
import type { GazetteIssue } from '#shared/domain/gazette.ts';
import { ArchiveOverwriteRefused, putArchiveFile } from '#shared/gazette/archive.ts';
import { allocateNumber } from '#shared/gazette/steps.ts';

/** A year no other test uses, so the sequence is this test's alone. */
const year = 2100 + Math.floor(Math.random() * 100);

async function scheduledIssue(): Promise<GazetteIssue> {
  const at = new Date().toISOString();
  const issue: GazetteIssue = {
    id: randomUUID(),
    year: 2026,
    title: 'Số thử đánh số',
    entries: [
      {
        documentId: randomUUID(),
        numberSymbol: '1/2026/QĐ-UBND',
        documentType: 'quyet-dinh',
        abstract: 'Thử đánh số công báo',
        issuingBody: 'UBND tỉnh',
        pages: '1',
      },
    ],
    status: 'scheduled',
    // Numbers run in the year of publication.
    publishAt: `${year}-06-01T09:00:00.000Z`,
    createdBy: 'Test',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await runTransaction([createItem(issueItem(issue))]);
  return issue;
}

describe('gazette issue numbers (DynamoDB Local)', () => {
  it('allocates numbers per year without gaps or duplicates under concurrent publication', async () => {
    const issues = await Promise.all(Array.from({ length: 12 }, () => scheduledIssue()));
    const results = await Promise.all(issues.map((issue) => allocateNumber({ issueId: issue.id })));
    const numbers = results.map((result) => result.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect(await nextIssueNumberCounter(year)).toBe(12);
    // Stored on each issue, and allocating again (a retried step) keeps the number.
    for (const [index, issue] of issues.entries()) {
      expect(await getIssue(issue.id)).toMatchObject({ number: results[index]?.number, year });
      expect(await allocateNumber({ issueId: issue.id })).toEqual(results[index]);
    }
  });
});

describe('the write-once gazette archive (S3 emulator)', () => {
  it('accepts the same bytes again (a retried step) and refuses different bytes under a published key', async () => {
    const key = `archive/${year}/so-1/cong-bao-so-1-${year}.pdf`;
    const file = { fileName: 'cong-bao.pdf', contentType: 'application/pdf' };
    const first = await putArchiveFile(key, Buffer.from('%PDF-1.4 bản gốc'), file);
    expect(await putArchiveFile(key, Buffer.from('%PDF-1.4 bản gốc'), file)).toEqual(first);
    await expect(putArchiveFile(key, Buffer.from('%PDF-1.4 bản sửa'), file)).rejects.toBeInstanceOf(
      ArchiveOverwriteRefused,
    );
  });
});
