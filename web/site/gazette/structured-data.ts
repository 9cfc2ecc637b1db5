import {
  type Correction,
  type PublishedDocument,
  type PublishedIssue,
  type StoredFile,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { gazetteLabels as text } from '../i18n.ts';
import { governmentOrganization } from '../structured-data.ts';
import { documentTitle, documentTypeName } from './format.ts';

/**
 * schema.org data for the gazette pages: the gazette as a Periodical, each issue a PublicationIssue,
 * each document a Legislation (the vocabulary the EU's ELI and legislation.gov.uk use). Files carry their
 * SHA-256 (MediaObject.sha256), the same value the page shows.
 */

export function gazettePeriodical(ctx: SiteContext) {
  return {
    '@type': 'Periodical',
    name: text.gazetteName,
    url: absoluteUrl(ctx, sitePaths.gazetteHome()),
    inLanguage: 'vi',
    publisher: governmentOrganization(ctx, 'vi'),
  };
}

export function gazetteJsonLd(ctx: SiteContext) {
  return { '@context': 'https://schema.org', ...gazettePeriodical(ctx) };
}

function mediaObject(ctx: SiteContext, file: StoredFile, type: 'MediaObject' | 'LegislationObject') {
  return {
    '@type': type,
    contentUrl: absoluteUrl(ctx, sitePaths.archiveFile(file.key)),
    encodingFormat: file.contentType,
    contentSize: String(file.size),
    sha256: file.sha256,
  };
}

export function publicationIssueJsonLd(
  ctx: SiteContext,
  issue: PublishedIssue,
  documents: PublishedDocument[],
) {
  const slugs = new Map(documents.map((document) => [document.id, document.slug]));
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    name: text.issueHeading(issue.number, issue.year),
    alternateName: issue.title,
    issueNumber: issue.number,
    datePublished: issue.publishedAt,
    inLanguage: 'vi',
    url: absoluteUrl(ctx, sitePaths.gazetteIssue(issue.year, issue.number)),
    isPartOf: gazettePeriodical(ctx),
    encoding: [
      mediaObject(ctx, issue.files.pdf, 'MediaObject'),
      mediaObject(ctx, issue.files.html, 'MediaObject'),
    ],
    hasPart: issue.entries.map((entry) => {
      const slug = slugs.get(entry.documentId);
      return {
        '@type': 'Legislation',
        legislationIdentifier: entry.numberSymbol,
        name: documentTitle(entry),
        abstract: entry.abstract,
        pagination: entry.pages,
        ...(slug ? { url: absoluteUrl(ctx, sitePaths.legalDocument(slug)) } : {}),
      };
    }),
  };
}

/** The documents this one amends or repeals, as schema.org names them (`legislationAmends`, …). */
function relatedLegislation(
  ctx: SiteContext,
  document: PublishedDocument,
  kind: 'amends' | 'repeals',
  property: 'legislationAmends' | 'legislationRepeals',
) {
  const targets = document.relations.filter((relation) => relation.kind === kind);
  if (targets.length === 0) return {};
  return {
    [property]: targets.map((relation) => ({
      '@type': 'Legislation',
      legislationIdentifier: relation.target.numberSymbol,
      url: absoluteUrl(ctx, sitePaths.legalDocument(relation.target.slug)),
    })),
  };
}

export function legislationJsonLd(ctx: SiteContext, document: PublishedDocument, corrections: Correction[]) {
  const status = statusInForceOn(document, dateInVietnam(ctx.generatedAt));
  const legalForce =
    status === 'in_force'
      ? 'https://schema.org/InForce'
      : status === 'partly_in_force'
        ? 'https://schema.org/PartiallyInForce'
        : 'https://schema.org/NotInForce';
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: documentTitle(document),
    abstract: document.abstract,
    legislationIdentifier: document.numberSymbol,
    legislationType: documentTypeName(document.documentType),
    legislationDate: document.issueDate,
    legislationDateOfApplicability: document.effectiveDate,
    legislationLegalForce: legalForce,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: document.issuingBody },
    legislationJurisdiction: 'Tỉnh Quảng Trị, Việt Nam',
    inLanguage: 'vi',
    datePublished: document.publishedAt,
    url: absoluteUrl(ctx, sitePaths.legalDocument(document.slug)),
    publisher: governmentOrganization(ctx, 'vi'),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: document.issue.number,
      pagination: document.issue.pages,
      url: absoluteUrl(ctx, sitePaths.gazetteIssue(document.issue.year, document.issue.number)),
      isPartOf: { '@type': 'Periodical', name: text.gazetteName },
    },
    ...relatedLegislation(ctx, document, 'amends', 'legislationAmends'),
    ...relatedLegislation(ctx, document, 'repeals', 'legislationRepeals'),
    encoding: [
      mediaObject(ctx, document.file, 'LegislationObject'),
      ...document.attachments.map((file) => mediaObject(ctx, file, 'LegislationObject')),
    ],
    ...(corrections.length > 0
      ? {
          correction: corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: correction.publishedAt,
          })),
        }
      : {}),
  };
}
