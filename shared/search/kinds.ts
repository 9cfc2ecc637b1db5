import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Consultation } from '#shared/domain/consultation.ts';
import type { Dialogue } from '#shared/domain/dialogue.ts';
import { type Disclosure, disclosureCollections } from '#shared/domain/disclosure.ts';
import type { PublishedFeedback } from '#shared/domain/feedback.ts';
import {
  documentFieldLabels,
  documentTypeLabels,
  type PublishedDocument,
  type PublishedIssue,
} from '#shared/domain/gazette.ts';
import { type Unit, unitKindLabels } from '#shared/domain/organisation.ts';
import type { PublishedPage } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { plainText } from '#shared/text/rich-text.ts';
import type { SearchDescriptor } from './records.ts';

/**
 * Every public kind, described for the index: its key, page, language, weighted fields, filter values and
 * date. A new kind is one more descriptor here and a call from the publisher where its pages are written.
 */
export const articleKey = (language: string, slug: string) => `article:${language}:${slug}`;

export const articleDescriptor: SearchDescriptor<PublishedArticle> = {
  kind: 'article',
  describe: (article) => {
    const body = plainText(article.bodyHtml);
    return {
      key: articleKey(article.language, article.slug),
      kind: 'article',
      language: article.language,
      url: sitePaths.article(article.language, article.slug),
      title: article.title,
      date: article.firstPublishedAt.slice(0, 10),
      fields: [
        { text: article.title, weight: 3 },
        { text: article.summary, weight: 2 },
        { text: article.tags.join(', '), weight: 2, bigrams: true },
        { text: body, weight: 1 },
      ],
      excerpt: `${article.summary} ${body}`,
      filters: { category: article.categorySlug },
    };
  },
};

export const legalDocumentKey = (id: string) => `legal-document:${id}`;

export const legalDocumentDescriptor: SearchDescriptor<PublishedDocument> = {
  kind: 'legal-document',
  describe: (document) => {
    const type = documentTypeLabels[document.documentType];
    return {
      key: legalDocumentKey(document.id),
      kind: 'legal-document',
      language: 'vi',
      url: sitePaths.legalDocument(document.slug),
      title: `${type.vi} ${document.numberSymbol}: ${document.abstract}`,
      date: document.issueDate,
      fields: [
        { text: document.numberSymbol, weight: 5 },
        { text: `${type.vi} ${document.abstract}`, weight: 3 },
        {
          text: `${document.issuingBody}. ${document.signer}. ${documentFieldLabels[document.field].vi}`,
          weight: 1,
        },
      ],
      excerpt: `${document.abstract} — ${document.issuingBody}, ${document.signer}`,
      filters: {
        category: document.field,
        issuer: document.issuingBody,
        documentType: document.documentType,
      },
    };
  },
};

export const gazetteIssueKey = (id: string) => `gazette-issue:${id}`;

/** An issue with its documents' numbers and abstracts, so the issue is found by what it carries. */
export const gazetteIssueDescriptor: SearchDescriptor<{
  issue: PublishedIssue;
  documents: PublishedDocument[];
}> = {
  kind: 'gazette-issue',
  describe: ({ issue, documents }) => ({
    key: gazetteIssueKey(issue.id),
    kind: 'gazette-issue',
    language: 'vi',
    url: sitePaths.gazetteIssue(issue.year, issue.number),
    title: `Công báo số ${issue.number}/${issue.year}: ${issue.title}`,
    date: issue.publishedAt.slice(0, 10),
    fields: [
      { text: `Công báo số ${issue.number} năm ${issue.year} ${issue.title}`, weight: 3 },
      { text: documents.map((document) => document.numberSymbol).join(', '), weight: 2, bigrams: false },
      { text: documents.map((document) => document.abstract).join('. '), weight: 1 },
    ],
    excerpt: documents.map((document) => `${document.numberSymbol}: ${document.abstract}`).join(' · '),
  }),
};

export const feedbackAnswerKey = (id: string) => `feedback-answer:${id}`;

export const feedbackAnswerDescriptor: SearchDescriptor<PublishedFeedback> = {
  kind: 'feedback-answer',
  describe: (answer) => {
    const reply = plainText(answer.answer.html);
    return {
      key: feedbackAnswerKey(answer.id),
      kind: 'feedback-answer',
      language: 'vi',
      url: sitePaths.feedbackAnswer(answer.code),
      title: answer.publicTitle,
      date: answer.firstPublishedAt.slice(0, 10),
      fields: [
        { text: answer.publicTitle, weight: 3 },
        { text: answer.publicContent, weight: 1 },
        { text: reply, weight: 1 },
        { text: answer.agencyName, weight: 1 },
      ],
      excerpt: `${answer.publicContent} ${reply}`,
      filters: { category: answer.topicSlug, issuer: answer.agencyName },
    };
  },
};

export const consultationKey = (id: string) => `consultation:${id}`;

export const consultationDescriptor: SearchDescriptor<Consultation> = {
  kind: 'consultation',
  describe: (consultation) => ({
    key: consultationKey(consultation.id),
    kind: 'consultation',
    language: 'vi',
    url: consultationPaths.page(consultation.slug),
    title: consultation.title,
    date: (consultation.openedAt ?? consultation.opensAt).slice(0, 10),
    fields: [
      { text: consultation.title, weight: 3 },
      { text: consultation.summary, weight: 2 },
      { text: consultation.draftText, weight: 1 },
      { text: consultation.agencyName, weight: 1 },
    ],
    excerpt: `${consultation.summary} ${consultation.draftText}`,
    filters: { category: consultation.field, issuer: consultation.agencyName },
  }),
};

export const dialogueKey = (id: string) => `dialogue:${id}`;

export const dialogueDescriptor: SearchDescriptor<Dialogue> = {
  kind: 'dialogue',
  describe: (dialogue) => ({
    key: dialogueKey(dialogue.id),
    kind: 'dialogue',
    language: 'vi',
    url: sitePaths.dialogue(dialogue.slug),
    title: dialogue.title,
    date: dialogue.startsAt.slice(0, 10),
    fields: [
      { text: dialogue.title, weight: 3 },
      { text: dialogue.topic, weight: 2 },
      { text: dialogue.description, weight: 1 },
      { text: dialogue.leaders.map((leader) => `${leader.name}, ${leader.position}`).join('. '), weight: 1 },
    ],
    excerpt: `${dialogue.topic}. ${dialogue.description}`,
  }),
};

export const disclosureKey = (language: string, id: string) => `disclosure:${language}:${id}`;

/** A disclosure record in each language: its own page, its collection as the category, its issuer. */
export const disclosureDescriptor: SearchDescriptor<{ record: Disclosure; language: Language }> = {
  kind: 'disclosure',
  describe: ({ record, language }) => {
    const title = language === 'vi' ? record.titleVi : record.titleEn;
    const summary = language === 'vi' ? record.summaryVi : record.summaryEn;
    const collection = disclosureCollections[record.collection][language];
    return {
      key: disclosureKey(language, record.id),
      kind: 'disclosure',
      language,
      url: sitePaths.disclosure(language, record.slug),
      title,
      date: record.date,
      fields: [
        { text: title, weight: 3 },
        { text: summary, weight: 2 },
        { text: `${collection}. ${record.issuingBody}. ${record.year}`, weight: 1 },
        { text: record.files.map((file) => file.fileName).join(', '), weight: 1, bigrams: false },
      ],
      excerpt: summary,
      filters: { category: record.collection, issuer: record.issuingBody },
    };
  },
};

export const pageKey = (id: string) => `page:${id}`;

/** A managed page (introduction, contacts, access to information…) at its fixed address, in its language. */
export const pageDescriptor: SearchDescriptor<PublishedPage> = {
  kind: 'page',
  describe: (page) => {
    const body = plainText(page.bodyHtml);
    return {
      key: pageKey(page.id),
      kind: 'page',
      language: page.language,
      url: sitePaths.managedPage(page.language, page.slug),
      title: page.title,
      date: page.publishedAt.slice(0, 10),
      fields: [
        { text: page.title, weight: 3 },
        { text: page.summary, weight: 2 },
        { text: body, weight: 1 },
      ],
      excerpt: page.summary ? `${page.summary} ${body}` : body,
    };
  },
};

export const unitKey = (language: string, id: string) => `unit:${language}:${id}`;

/**
 * A unit of the organisation on its page, in Vietnamese and, once its name is translated, in English (an
 * untranslated English page repeats the Vietnamese text: one record of it is enough; its functions still fall
 * back, as the page does). Dated by its last change, or the build's day. Reference data reaches its page and
 * the index at the full rebuild (decision 140).
 */
export const unitDescriptor: SearchDescriptor<{ unit: Unit; language: Language; at: string }> = {
  kind: 'unit',
  describe: ({ unit, language, at }) => {
    const english = (vi: string, en: string) => (language === 'en' && en.trim() !== '' ? en : vi);
    const name = english(unit.nameVi, unit.nameEn);
    const functions = english(unit.functionsVi, unit.functionsEn).replace(/\s*\n\s*/g, '. ');
    const changed = Object.values(unit.fieldTimes).sort().at(-1) ?? at;
    return {
      key: unitKey(language, unit.id),
      kind: 'unit',
      language,
      url: sitePaths.unit(language, unit.id),
      title: name,
      date: changed.slice(0, 10),
      fields: [
        { text: name, weight: 3 },
        { text: unitKindLabels[unit.kind][language], weight: 1, bigrams: false },
        { text: functions, weight: 1 },
      ],
      excerpt: functions,
    };
  },
};
