/**
 * Every DynamoDB key of the portal is built here and nowhere else (docs/data-model.md lists them).
 * Keys are plain strings with `#`-separated segments; segment values are slugs or ids, never free text.
 */

export type PrimaryKey = { pk: string; sk: string };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export const keys = {
  category: (slug: string): PrimaryKey => ({ pk: `CATEGORY#${slug}`, sk: 'CATEGORY' }),
  categoryListing: () => ({ gsi1pk: 'CATEGORIES' }),
  categoryListingSort: (order: number, slug: string) => ({ gsi1sk: `${pad(order, 3)}#${slug}` }),

  agency: (id: string): PrimaryKey => ({ pk: `AGENCY#${id}`, sk: 'AGENCY' }),
  agencyListing: () => ({ gsi1pk: 'AGENCIES' }),
  agencyListingSort: (id: string) => ({ gsi1sk: id }),

  // The organisation as data (issue 13): units, focal-point officials, external links, link checks.
  unit: (id: string): PrimaryKey => ({ pk: `UNIT#${id}`, sk: 'UNIT' }),
  unitListing: () => ({ gsi1pk: 'UNITS' }),
  official: (id: string): PrimaryKey => ({ pk: `OFFICIAL#${id}`, sk: 'OFFICIAL' }),
  officialListing: () => ({ gsi1pk: 'OFFICIALS' }),
  externalLink: (id: string): PrimaryKey => ({ pk: `LINK#${id}`, sk: 'LINK' }),
  externalLinkListing: () => ({ gsi1pk: 'LINKS' }),
  /** By order then id, for the reference lists above. */
  orderedSort: (order: number, id: string) => ({ gsi1sk: `${pad(order, 3)}#${id}` }),
  /** The last check of one external address, by the address's SHA-256 (an address is free text). */
  linkCheck: (urlHash: string): PrimaryKey => ({ pk: `LINKCHECK#${urlHash}`, sk: 'LINKCHECK' }),
  linkCheckListing: () => ({ gsi1pk: 'LINKCHECKS' }),

  /** The head item of an article: workflow state, pointers to the latest and the live revision. */
  article: (id: string): PrimaryKey => ({ pk: `ARTICLE#${id}`, sk: 'ARTICLE' }),
  /** Every article, most recently changed first (gsi1): the admin list without a status filter. */
  articlesAll: () => ({ gsi1pk: 'ARTICLES' }),
  /** Articles by workflow status, most recently changed first (gsi2): the review queue and admin lists. */
  articlesByStatus: (status: string) => ({ gsi2pk: `ARTICLE_STATUS#${status}` }),
  articleChangedSort: (updatedAt: string, id: string) => ({ gsi1sk: `${updatedAt}#${id}` }),
  articleStatusSort: (updatedAt: string, id: string) => ({ gsi2sk: `${updatedAt}#${id}` }),
  /** Immutable revisions of an article's content, numbered from 1. */
  articleRevision: (id: string, revision: number): PrimaryKey => ({
    pk: `ARTICLE#${id}`,
    sk: `REV#${pad(revision, 6)}`,
  }),
  articleRevisionPrefix: (id: string) => ({ pk: `ARTICLE#${id}`, skPrefix: 'REV#' }),

  /** The public projection of a live article: head + live revision, what the site renders. */
  articlePublished: (id: string): PrimaryKey => ({ pk: `ARTICLE#${id}`, sk: 'PUBLISHED' }),
  /** A category's public listing in one language, by ordinal (gsi1). */
  publishedInCategory: (language: string, categorySlug: string) => ({
    gsi1pk: `PUBLISHED#${language}#CATEGORY#${categorySlug}`,
  }),
  publishedOrdinalSort: (ordinal: number) => ({ gsi1sk: pad(ordinal, 8) }),
  /** Everything first published in a month, both languages (gsi2): one sitemap file. */
  publishedInMonth: (month: string) => ({ gsi2pk: `PUBLISHED#MONTH#${month}` }),
  /** Everything published in a language, newest first (gsi3): home page, all-news feeds. */
  publishedTimeline: (language: string) => ({ gsi3pk: `PUBLISHED#${language}` }),
  publishedTimeSort: (firstPublishedAt: string, id: string) => ({
    gsi2sk: `${firstPublishedAt}#${id}`,
    gsi3sk: `${firstPublishedAt}#${id}`,
  }),
  /** Next ordinal of a category's listing in a language. */
  listingCounter: (language: string, categorySlug: string): PrimaryKey => ({
    pk: `COUNTER#LISTING#${language}#${categorySlug}`,
    sk: 'COUNTER',
  }),
  /** The months that have a sitemap file. */
  sitemapMonth: (month: string): PrimaryKey => ({ pk: 'SITEMAP', sk: `MONTH#${month}` }),
  sitemapMonths: () => ({ pk: 'SITEMAP', skPrefix: 'MONTH#' }),

  /** A page's usefulness counters (anonymous: no record of who rated); path is a validated site path. */
  pageRating: (path: string): PrimaryKey => ({ pk: `RATING#${path}`, sk: 'RATING' }),
  /** Every page's counters, by language, section and path (gsi1): the admin's ratings screen. */
  ratingsAll: () => ({ gsi1pk: 'RATINGS' }),
  ratingSort: (language: string, section: string, path: string) => ({
    gsi1sk: `${language}#${section}#${path}`,
  }),

  /** Who may update the search index's manifest now: one publisher at a time (a lease). */
  searchIndexLease: (): PrimaryKey => ({ pk: 'SEARCH_INDEX', sk: 'LEASE' }),

  /** History of any entity lives in the entity's own partition, in time order. */
  audit: (entityPk: string, at: string, id: string): PrimaryKey => ({
    pk: entityPk,
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPrefix: (entityPk: string) => ({ pk: entityPk, skPrefix: 'AUDIT#' }),

  /** Guard item that makes a value unique (slug, document number, issue number) across the table. */
  unique: (kind: string, value: string): PrimaryKey => ({ pk: `UNIQUE#${kind}#${value}`, sk: 'UNIQUE' }),

  /** An upload ticket: what the presigned URL was issued for, checked when the upload completes. */
  uploadTicket: (objectKey: string): PrimaryKey => ({ pk: `UPLOAD#${objectKey}`, sk: 'UPLOAD' }),

  /** A legal document submitted for the gazette. */
  legalDocument: (id: string): PrimaryKey => ({ pk: `DOCUMENT#${id}`, sk: 'DOCUMENT' }),
  /** An agency's documents, newest first (gsi1). */
  documentsOfAgency: (agencyId: string) => ({ gsi1pk: `DOCUMENTS#AGENCY#${agencyId}` }),
  documentSubmittedSort: (submittedAt: string, id: string) => ({ gsi1sk: `${submittedAt}#${id}` }),
  /** Documents by status (gsi2): the officer's review queue, accepted documents to compose. */
  documentsByStatus: (status: string) => ({ gsi2pk: `DOCUMENT_STATUS#${status}` }),
  documentStatusSort: (updatedAt: string, id: string) => ({ gsi2sk: `${updatedAt}#${id}` }),
  /** The public legal-document database entry of a published document (gsi3: by issue date). */
  publishedDocument: (id: string): PrimaryKey => ({ pk: `DOCUMENT#${id}`, sk: 'PUBLISHED' }),
  publishedDocuments: () => ({ gsi3pk: 'DOCUMENTS_PUBLISHED' }),
  publishedDocumentSort: (issueDate: string, id: string) => ({ gsi3sk: `${issueDate}#${id}` }),
  documentCorrection: (documentId: string, at: string, id: string): PrimaryKey => ({
    pk: `DOCUMENT#${documentId}`,
    sk: `CORRECTION#${at}#${id}`,
  }),
  documentCorrectionPrefix: (documentId: string) => ({
    pk: `DOCUMENT#${documentId}`,
    skPrefix: 'CORRECTION#',
  }),

  /** A gazette issue. */
  gazetteIssue: (id: string): PrimaryKey => ({ pk: `ISSUE#${id}`, sk: 'ISSUE' }),
  gazetteIssuesAll: () => ({ gsi1pk: 'ISSUES' }),
  gazetteIssueCreatedSort: (createdAt: string, id: string) => ({ gsi1sk: `${createdAt}#${id}` }),
  gazetteIssuesByStatus: (status: string) => ({ gsi2pk: `ISSUE_STATUS#${status}` }),
  gazetteIssueStatusSort: (updatedAt: string, id: string) => ({ gsi2sk: `${updatedAt}#${id}` }),
  /** Published issues of a year by number (gsi3). */
  gazetteIssuesPublishedInYear: (year: number) => ({ gsi3pk: `ISSUES_PUBLISHED#${year}` }),
  gazetteIssueNumberSort: (number: number) => ({ gsi3sk: pad(number, 5) }),
  gazetteYears: () => ({ pk: 'GAZETTE', skPrefix: 'YEAR#' }),
  gazetteYear: (year: number): PrimaryKey => ({ pk: 'GAZETTE', sk: `YEAR#${year}` }),
  /** The issue-number counter of a year, or `ALL` when numbers run on across years. */
  gazetteIssueCounter: (scope: number | 'all'): PrimaryKey => ({
    pk: `COUNTER#GAZETTE_ISSUE#${scope === 'all' ? 'ALL' : scope}`,
    sk: 'COUNTER',
  }),

  /** The human step a document or issue waits on, with its task token. */
  pendingStep: (subjectPk: string): PrimaryKey => ({ pk: subjectPk, sk: 'PENDING' }),

  /**
   * Free distribution of the printed gazette: the whole list is one item, so replacing it is one write
   * however many agencies it names (one item per agency outgrew a 100-write transaction).
   */
  distributionList: (): PrimaryKey => ({ pk: 'DISTRIBUTION', sk: 'LIST' }),

  /** A workflow execution of the local Step Functions runner, and its journal of task results. */
  workflowExecution: (executionId: string): PrimaryKey => ({
    pk: `EXECUTION#${executionId}`,
    sk: 'EXECUTION',
  }),
  workflowExecutionsRunning: () => ({ gsi1pk: 'EXECUTIONS_RUNNING' }),
  workflowExecutionSort: (startedAt: string, executionId: string) => ({
    gsi1sk: `${startedAt}#${executionId}`,
  }),
  workflowJournal: (executionId: string, stateName: string, occurrence: number): PrimaryKey => ({
    pk: `EXECUTION#${executionId}`,
    sk: `STEP#${stateName}#${pad(occurrence, 4)}`,
  }),

  /** A full rebuild's progress: partitions rendered and promoted, failures (shared/data/rebuild-progress.ts). */
  rebuildProgress: (rebuildId: string): PrimaryKey => ({ pk: `REBUILD#${rebuildId}`, sk: 'PROGRESS' }),
  /** The last rebuild the admin started (one at a time, decision 141). */
  adminRebuild: (): PrimaryKey => ({ pk: 'REBUILD_ADMIN', sk: 'LATEST' }),

  /** A citizen's feedback item; its contact, access secret and public Q&A entry share its partition. */
  feedback: (id: string): PrimaryKey => ({ pk: `FEEDBACK#${id}`, sk: 'FEEDBACK' }),
  /** The officer's queues: items by status, oldest received first (gsi1). */
  feedbackByStatus: (status: string) => ({ gsi1pk: `FEEDBACK_STATUS#${status}` }),
  feedbackReceivedSort: (receivedAt: string, id: string) => ({ gsi1sk: `${receivedAt}#${id}` }),
  /** An agency's inbox: the items it must answer or answered (gsi2). */
  feedbackOfAgency: (agencyId: string) => ({ gsi2pk: `FEEDBACK_AGENCY#${agencyId}` }),
  feedbackForwardedSort: (forwardedAt: string, id: string) => ({ gsi2sk: `${forwardedAt}#${id}` }),
  /** Items of a subject, newest first (gsi3): where duplicates are looked for. */
  feedbackOfTopic: (topicSlug: string) => ({ gsi3pk: `FEEDBACK_TOPIC#${topicSlug}` }),
  feedbackTopicSort: (receivedAt: string, id: string) => ({ gsi3sk: `${receivedAt}#${id}` }),
  /** The sender's personal data, apart from the item. */
  feedbackContact: (id: string): PrimaryKey => ({ pk: `FEEDBACK#${id}`, sk: 'CONTACT' }),
  /** The hash of the sender's secret link and of what they sent (never returned by the API). */
  feedbackAccess: (id: string): PrimaryKey => ({ pk: `FEEDBACK#${id}`, sk: 'ACCESS' }),
  /** The public Q&A entry of a published answer: all, by subject and by agency, each by ordinal. */
  feedbackPublished: (id: string): PrimaryKey => ({ pk: `FEEDBACK#${id}`, sk: 'PUBLISHED' }),
  feedbackQa: () => ({ gsi1pk: 'FEEDBACK_QA' }),
  feedbackQaOfTopic: (topicSlug: string) => ({ gsi2pk: `FEEDBACK_QA#TOPIC#${topicSlug}` }),
  feedbackQaOfAgency: (agencyId: string) => ({ gsi3pk: `FEEDBACK_QA#AGENCY#${agencyId}` }),
  feedbackQaSort: (ordinal: number, topicOrdinal: number, agencyOrdinal: number) => ({
    gsi1sk: pad(ordinal, 8),
    gsi2sk: pad(topicOrdinal, 8),
    gsi3sk: pad(agencyOrdinal, 8),
  }),
  /** Next ordinal of a Q&A listing: `all`, `topic#<slug>` or `agency#<id>`. */
  feedbackQaCounter: (listing: string): PrimaryKey => ({
    pk: `COUNTER#FEEDBACK_QA#${listing}`,
    sk: 'COUNTER',
  }),
  /** Pre-aggregated statistics: one item per agency, one for the totals. */
  /** The reports' counters (issue 15): one partition per Vietnam month, one item per metric and dimensions. */
  activityMonth: (month: string) => ({ pk: `ACTIVITY#${month}` }),
  activityCounter: (month: string, metric: string, dimensions: Record<string, string>): PrimaryKey => ({
    pk: `ACTIVITY#${month}`,
    sk: [
      metric,
      ...Object.keys(dimensions)
        .sort()
        .map((name) => `${name}=${dimensions[name]}`),
    ].join('#'),
  }),
  feedbackStats: (scope: string): PrimaryKey => ({ pk: 'STATS#FEEDBACK', sk: scope }),
  feedbackStatsPrefix: () => ({ pk: 'STATS#FEEDBACK', skPrefix: 'AGENCY#' }),
  /** The form's subjects, in their order (gsi1). */
  feedbackTopic: (slug: string): PrimaryKey => ({ pk: `FEEDBACK_TOPIC#${slug}`, sk: 'TOPIC' }),
  feedbackTopics: () => ({ gsi1pk: 'FEEDBACK_TOPICS' }),
  feedbackTopicOrderSort: (order: number, slug: string) => ({ gsi1sk: `${pad(order, 3)}#${slug}` }),
  /** One form token: which submission it made (so a second post of the same form is the same submission). */
  formToken: (token: string): PrimaryKey => ({ pk: `FORMTOKEN#${token}`, sk: 'TOKEN' }),
  /** One window of a rate limit: `scope` names the limit, `subject` a hashed IP or contact. */
  rateWindow: (scope: string, subject: string, windowStart: string): PrimaryKey => ({
    pk: `RATE#${scope}#${subject}`,
    sk: `WINDOW#${windowStart}`,
  }),
  /** The holiday calendar of a year, kept by the admin. */
  holidayCalendar: (year: number): PrimaryKey => ({ pk: 'CALENDAR', sk: `YEAR#${year}` }),
  holidayCalendars: () => ({ pk: 'CALENDAR', skPrefix: 'YEAR#' }),
  /** The changes of one year's calendar (its own partition, so each year has its own history). */
  holidayCalendarHistory: (year: string) => `CALENDAR#${year}`,

  /** A consultation on a draft regulation; its comments and their contacts share its partition. */
  consultation: (id: string): PrimaryKey => ({ pk: `CONSULTATION#${id}`, sk: 'CONSULTATION' }),
  /** Every consultation, newest opening first (gsi1): the public lists and the officer's list. */
  consultationsAll: () => ({ gsi1pk: 'CONSULTATIONS' }),
  consultationOpeningSort: (opensAt: string, id: string) => ({ gsi1sk: `${opensAt}#${id}` }),
  /** A drafting agency's consultations (gsi2). */
  consultationsOfAgency: (agencyId: string) => ({ gsi2pk: `CONSULTATIONS#AGENCY#${agencyId}` }),
  consultationAgencySort: (opensAt: string, id: string) => ({ gsi2sk: `${opensAt}#${id}` }),
  consultationComment: (consultationId: string, commentId: string): PrimaryKey => ({
    pk: `CONSULTATION#${consultationId}`,
    sk: `COMMENT#${commentId}`,
  }),
  consultationCommentPrefix: (consultationId: string) => ({
    pk: `CONSULTATION#${consultationId}`,
    skPrefix: 'COMMENT#',
  }),
  /** The commenter's personal data, apart from the comment. */
  consultationCommentContact: (consultationId: string, commentId: string): PrimaryKey => ({
    pk: `CONSULTATION#${consultationId}`,
    sk: `CONTACT#${commentId}`,
  }),
  /** A gazette document adopted from a consultation, in the document's partition: its page links back. */
  consultationAdoption: (documentId: string, consultationId: string): PrimaryKey => ({
    pk: `DOCUMENT#${documentId}`,
    sk: `ADOPTED_FROM#${consultationId}`,
  }),
  consultationAdoptionPrefix: (documentId: string) => ({
    pk: `DOCUMENT#${documentId}`,
    skPrefix: 'ADOPTED_FROM#',
  }),
  /**
   * A follower of a consultation (an e-mail address, double opt-in), keyed by a keyed hash of the address:
   * a partition of their own, apart from the consultation's public record (shared/data/consultation-followers.ts).
   */
  consultationFollower: (consultationId: string, followerId: string): PrimaryKey => ({
    pk: `CONSULTATION_FOLLOWERS#${consultationId}`,
    sk: `FOLLOWER#${followerId}`,
  }),
  consultationFollowersPrefix: (consultationId: string) => ({
    pk: `CONSULTATION_FOLLOWERS#${consultationId}`,
    skPrefix: 'FOLLOWER#',
  }),
  /** The follow form's claim of a form token: beside the comment form's, as both forms share the page's cookie. */
  followFormToken: (token: string): PrimaryKey => ({ pk: `FORMTOKEN#${token}`, sk: 'FOLLOW' }),
  /** A later version of the draft (2, 3…; version 1 is the consultation's own draft), in number order. */
  consultationVersion: (consultationId: string, number: number): PrimaryKey => ({
    pk: `CONSULTATION#${consultationId}`,
    sk: `VERSION#${String(number).padStart(4, '0')}`,
  }),
  consultationVersionPrefix: (consultationId: string) => ({
    pk: `CONSULTATION#${consultationId}`,
    skPrefix: 'VERSION#',
  }),
  // Online dialogues (shared/data/dialogues.ts).
  /** A dialogue with the province's leaders. */
  dialogue: (id: string): PrimaryKey => ({ pk: `DIALOGUE#${id}`, sk: 'DIALOGUE' }),
  /** Every dialogue by its start time (gsi1): the admin list and the public upcoming/live/past lists. */
  dialoguesAll: () => ({ gsi1pk: 'DIALOGUES' }),
  dialogueStartSort: (startsAt: string, id: string) => ({ gsi1sk: `${startsAt}#${id}` }),
  /** A question sent for a dialogue; its asker's contact shares its partition. */
  dialogueQuestion: (id: string): PrimaryKey => ({ pk: `DIALOGUE_QUESTION#${id}`, sk: 'QUESTION' }),
  /** A dialogue's questions, oldest first (gsi1). */
  questionsOfDialogue: (dialogueId: string) => ({ gsi1pk: `DIALOGUE_QUESTIONS#${dialogueId}` }),
  questionReceivedSort: (receivedAt: string, id: string) => ({ gsi1sk: `${receivedAt}#${id}` }),
  /** The asker's personal data, apart from the question. */
  dialogueContact: (questionId: string): PrimaryKey => ({
    pk: `DIALOGUE_QUESTION#${questionId}`,
    sk: 'CONTACT',
  }),

  // Staff accounts (shared/data/staff.ts).
  /** A staff account: name, e-mail, roles, agency, status; its history shares the partition. */
  staffAccount: (username: string): PrimaryKey => ({ pk: `STAFF#${username}`, sk: 'ACCOUNT' }),
  /** The account's last sign-in, apart from the versioned record so recording it never races an edit. */
  staffSignIn: (username: string): PrimaryKey => ({ pk: `STAFF#${username}`, sk: 'SIGN_IN' }),
  /** The local issuer's password hash (one machine only: on AWS Cognito keeps the credentials). */
  staffLocalCredential: (username: string): PrimaryKey => ({
    pk: `STAFF#${username}`,
    sk: 'LOCAL_CREDENTIAL',
  }),
  /** Every account and its last sign-in, by username (gsi1): the admin list in one query. */
  staffAll: () => ({ gsi1pk: 'STAFF' }),
  staffSort: (username: string, part: 'account' | 'sign-in') => ({ gsi1sk: `${username}#${part}` }),
  // Managed pages and menus (shared/data/pages.ts, shared/data/menus.ts).
  /** The head of a managed page; its revisions and its live projection share its partition. */
  page: (id: string): PrimaryKey => ({ pk: `PAGE#${id}`, sk: 'PAGE' }),
  /** Every page (gsi1), for the admin tree: a province has dozens, read whole. */
  pagesAll: () => ({ gsi1pk: 'PAGES' }),
  pageSort: (language: string, id: string) => ({ gsi1sk: `${language}#${id}` }),
  /** Pages by status (gsi2): the director's queue. */
  pagesByStatus: (status: string) => ({ gsi2pk: `PAGE_STATUS#${status}` }),
  pageStatusSort: (updatedAt: string, id: string) => ({ gsi2sk: `${updatedAt}#${id}` }),
  pageRevision: (id: string, revision: number): PrimaryKey => ({
    pk: `PAGE#${id}`,
    sk: `REV#${pad(revision, 6)}`,
  }),
  pageRevisionPrefix: (id: string) => ({ pk: `PAGE#${id}`, skPrefix: 'REV#' }),
  /** The live projection of a page; gsi1 lists a language's live pages (menus, breadcrumbs, rebuild). */
  pagePublished: (id: string): PrimaryKey => ({ pk: `PAGE#${id}`, sk: 'PUBLISHED' }),
  pagesPublished: (language: string) => ({ gsi1pk: `PAGES_PUBLISHED#${language}` }),
  pagePublishedSort: (id: string) => ({ gsi1sk: id }),
  /** A menu or the home page's blocks: one item each (shared/data/menus.ts). */
  menu: (id: string): PrimaryKey => ({ pk: `MENU#${id}`, sk: 'MENU' }),
  // Disclosures (shared/data/disclosures.ts).
  /** A disclosure record (thông tin công khai). */
  disclosure: (id: string): PrimaryKey => ({ pk: `DISCLOSURE#${id}`, sk: 'DISCLOSURE' }),
  /** Every disclosure record by its date (gsi1): the admin list, the public pages and the open data. */
  disclosuresAll: () => ({ gsi1pk: 'DISCLOSURES' }),
  disclosureDateSort: (date: string, id: string) => ({ gsi1sk: `${date}#${id}` }),

  // Agencies' contributions (shared/data/contributions.ts).
  /** A news item or announcement an agency sent to the portal. */
  contribution: (id: string): PrimaryKey => ({ pk: `CONTRIBUTION#${id}`, sk: 'CONTRIBUTION' }),
  /** Every contribution by when it was received (gsi1): the editors' queue. */
  contributionsAll: () => ({ gsi1pk: 'CONTRIBUTIONS' }),
  /** One agency's contributions by when they were received (gsi2): the agency's own list. */
  contributionsOfAgency: (agencyId: string) => ({ gsi2pk: `CONTRIBUTIONS#AGENCY#${agencyId}` }),
  contributionReceivedSort: (receivedAt: string, id: string) => ({
    gsi1sk: `${receivedAt}#${id}`,
    gsi2sk: `${receivedAt}#${id}`,
  }),

  // Requests for information to agencies (shared/data/information-requests.ts).
  /** A request for information: the request and its answers in one item. */
  informationRequest: (id: string): PrimaryKey => ({ pk: `INFOREQ#${id}`, sk: 'INFOREQ' }),
  /** Every request, newest first (gsi1): the portal staff's list. */
  informationRequestsAll: () => ({ gsi1pk: 'INFOREQS' }),
  /** One agency's requests, newest first (gsi2): the agency's queue. */
  informationRequestsOfAgency: (agencyId: string) => ({ gsi2pk: `INFOREQS#AGENCY#${agencyId}` }),
  informationRequestSort: (createdAt: string, id: string) => ({
    gsi1sk: `${createdAt}#${id}`,
    gsi2sk: `${createdAt}#${id}`,
  }),
  // Word index of the admin's pickers (shared/data/word-index.ts, decision 198) and the media library.
  /** One folded word of an owner's text in a scope (`article-title-vi`, `media`): its own partition per owner. */
  wordEntry: (scope: string, ownerId: string, word: string): PrimaryKey => ({
    pk: `WORDS#${scope}#${ownerId}`,
    sk: `WORD#${word}`,
  }),
  /** Every word of a scope by the word (gsi1): a prefix query finds the owners whose text has it. */
  wordsOfScope: (scope: string) => ({ gsi1pk: `WORDS#${scope}` }),
  wordSort: (word: string, ownerId: string) => ({ gsi1sk: `${word}#${ownerId}` }),
  /** An uploaded image of the media library. */
  mediaAsset: (id: string): PrimaryKey => ({ pk: `MEDIA#${id}`, sk: 'MEDIA' }),
  /** Every image, newest upload first (gsi1): the library's pages. */
  mediaAssetsAll: () => ({ gsi1pk: 'MEDIA_ASSETS' }),
  mediaUploadedSort: (uploadedAt: string, id: string) => ({ gsi1sk: `${uploadedAt}#${id}` }),

  /** Read after each local transaction to wait for DynamoDB Local's commit (never written; clients.ts). */
  commitBarrier: (): PrimaryKey => ({ pk: 'LOCAL#COMMIT-BARRIER', sk: 'LOCAL#COMMIT-BARRIER' }),

  /** Due schedules for the local stand-in of EventBridge Scheduler (gsi1 orders them by due time). */
  schedule: (id: string): PrimaryKey => ({ pk: `SCHEDULE#${id}`, sk: 'SCHEDULE' }),
  schedulesDue: () => ({ gsi1pk: 'SCHEDULES_PENDING' }),
  scheduleSort: (dueAt: string, id: string) => ({ gsi1sk: `${dueAt}#${id}` }),
} as const;
