import { describe, expect, it } from 'vitest';
import {
  correctionSchema,
  documentSearchQuerySchema,
  gazetteIssueSchema,
  publishedDocumentSchema,
  publishedIssueSchema,
} from '#shared/domain/gazette.ts';
import {
  emptyDocumentQuery,
  sampleArchiveModel,
  sampleCorrections,
  sampleDocuments,
  sampleIssue,
  sampleIssues,
} from '#web/site/gazette/fixtures.ts';

describe('gazette fixtures', () => {
  it('are valid published issues, documents and corrections', () => {
    for (const issue of sampleIssues) expect(publishedIssueSchema.parse(issue)).toEqual(issue);
    for (const document of sampleDocuments) expect(publishedDocumentSchema.parse(document)).toEqual(document);
    for (const correction of sampleCorrections)
      expect(correctionSchema.parse(correction)).toEqual(correction);
    expect(documentSearchQuerySchema.parse(emptyDocumentQuery)).toEqual(emptyDocumentQuery);
  });

  it('hold two issues, four documents of three types and one correction', () => {
    expect(sampleIssues).toHaveLength(2);
    expect(sampleDocuments).toHaveLength(4);
    expect(new Set(sampleDocuments.map((document) => document.documentType))).toEqual(
      new Set(['nghi-quyet', 'quyet-dinh', 'chi-thi']),
    );
    expect(sampleCorrections).toHaveLength(1);
  });

  it('agree with each other: every entry is a document of its issue, every correction of a document', () => {
    for (const issue of sampleIssues) {
      for (const entry of issue.entries) {
        const document = sampleDocuments.find((candidate) => candidate.id === entry.documentId);
        expect(document?.issue).toMatchObject({ id: issue.id, year: issue.year, number: issue.number });
        expect(document?.numberSymbol).toBe(entry.numberSymbol);
        expect(document?.issue.pages).toBe(entry.pages);
      }
    }
    for (const document of sampleDocuments) {
      expect(sampleIssues.some((issue) => issue.id === document.issue.id)).toBe(true);
      expect(document.file.key.startsWith('archive/')).toBe(true);
    }
    for (const correction of sampleCorrections) {
      expect(sampleDocuments.some((document) => document.id === correction.documentId)).toBe(true);
    }
  });

  it('give an archive model whose issue is a numbered gazette issue without files', () => {
    const { issue } = sampleArchiveModel(sampleIssue(3));
    expect(gazetteIssueSchema.parse(issue)).toEqual(issue);
    expect('files' in issue).toBe(false);
  });
});
