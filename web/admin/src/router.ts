import { useEffect, useState } from 'preact/hooks';

/**
 * A small History API router for the admin's few screens. Everything lives under /admin/ (the gateway answers
 * any /admin/<route> with index.html), so reloading or sharing a URL opens the same screen.
 */
export const BASE = '/admin';

export type Route =
  | { name: 'login' }
  | { name: 'articles'; query: URLSearchParams }
  | { name: 'new' }
  | { name: 'edit'; id: string }
  | { name: 'detail'; id: string }
  | { name: 'review' }
  | { name: 'reviewItem'; id: string }
  | { name: 'home' }
  // The Official Gazette (Công báo); these screens are a chunk of their own (src/gazette/).
  | { name: 'gazetteDocuments'; query: URLSearchParams }
  | { name: 'gazetteSubmit' }
  | { name: 'gazetteDocument'; id: string }
  | { name: 'gazetteReviewQueue'; query: URLSearchParams }
  | { name: 'gazetteReviewItem'; id: string }
  | { name: 'gazetteIssues'; query: URLSearchParams }
  | { name: 'gazetteCompose' }
  | { name: 'gazetteIssue'; id: string }
  | { name: 'gazetteApprovals' }
  | { name: 'gazetteDistribution' }
  // Citizens' feedback (phản ánh, kiến nghị); a chunk of their own too (src/feedback/).
  | { name: 'feedbackQueue'; query: URLSearchParams }
  | { name: 'feedbackInbox'; query: URLSearchParams }
  | { name: 'feedbackApprovals' }
  | { name: 'feedbackItem'; id: string }
  | { name: 'feedbackTopics' }
  | { name: 'feedbackCalendar'; query: URLSearchParams }
  // Consultations on draft regulations; a chunk of their own (src/consultation/).
  | { name: 'consultationList' }
  | { name: 'consultationNew' }
  | { name: 'consultationDetail'; id: string }
  // Online dialogues with the province's leaders; a chunk of their own (src/dialogue/).
  | { name: 'dialogueList' }
  | { name: 'dialogueNew' }
  | { name: 'dialogueEdit'; id: string }
  | { name: 'dialogueDesk'; id: string }
  // The portal's reference data (categories, agencies); a chunk of their own (src/directory/).
  | { name: 'directoryCategories' }
  | { name: 'directoryAgencies' }
  | { name: 'directoryUnits' }
  | { name: 'directoryOfficials' }
  | { name: 'directoryLinks' }
  | { name: 'directoryRebuild' }
  // Staff accounts, the administrator's; a chunk of their own (src/staff/).
  | { name: 'staffList'; query: URLSearchParams }
  // Readers' usefulness ratings of public pages; a chunk of its own (src/ratings/).
  | { name: 'ratings' }
  // The reports on the portal's activity (issue 15); a chunk of its own (src/reports/).
  | { name: 'reports'; query: URLSearchParams }
  // The media library (issue 15); a chunk of its own (src/media/).
  | { name: 'media' }
  // Disclosures (thông tin công khai); a chunk of their own (src/disclosures/).
  | { name: 'disclosureList'; query: URLSearchParams }
  | { name: 'disclosureNew' }
  | { name: 'disclosureDetail'; id: string }
  | { name: 'disclosureEdit'; id: string }
  // Agencies' contributions; a chunk of their own (src/contributions/).
  | { name: 'contributionList'; query: URLSearchParams }
  | { name: 'contributionNew' }
  | { name: 'contributionDetail'; id: string }
  // Managed pages and menus; a chunk of their own (src/pages/).
  | { name: 'pagesTree' }
  | { name: 'pagesNew' }
  | { name: 'pagesEdit'; id: string }
  | { name: 'pagesReview' }
  | { name: 'pagesReviewItem'; id: string }
  | { name: 'pagesMenus' }
  // Requests for information to agencies; a chunk of their own (src/information-requests/).
  | { name: 'infoRequestList' }
  | { name: 'infoRequestNew' }
  | { name: 'infoRequestDetail'; id: string }
  | { name: 'notFound' };

export type GazetteRoute = Extract<Route, { name: `gazette${string}` }>;
export const isGazetteRoute = (route: Route): route is GazetteRoute => route.name.startsWith('gazette');
export type FeedbackRoute = Extract<Route, { name: `feedback${string}` }>;
export const isFeedbackRoute = (route: Route): route is FeedbackRoute => route.name.startsWith('feedback');
export type ConsultationRoute = Extract<Route, { name: `consultation${string}` }>;
export const isConsultationRoute = (route: Route): route is ConsultationRoute =>
  route.name.startsWith('consultation');
export type DialogueRoute = Extract<Route, { name: `dialogue${string}` }>;
export const isDialogueRoute = (route: Route): route is DialogueRoute => route.name.startsWith('dialogue');
export type DirectoryRoute = Extract<Route, { name: `directory${string}` }>;
export const isDirectoryRoute = (route: Route): route is DirectoryRoute => route.name.startsWith('directory');
export type StaffRoute = Extract<Route, { name: `staff${string}` }>;
export const isStaffRoute = (route: Route): route is StaffRoute => route.name.startsWith('staff');

export type DisclosureRoute = Extract<Route, { name: `disclosure${string}` }>;
export const isDisclosureRoute = (route: Route): route is DisclosureRoute =>
  route.name.startsWith('disclosure');

export type ContributionRoute = Extract<Route, { name: `contribution${string}` }>;
export const isContributionRoute = (route: Route): route is ContributionRoute =>
  route.name.startsWith('contribution');
export type InfoRequestRoute = Extract<Route, { name: `infoRequest${string}` }>;
export const isInfoRequestRoute = (route: Route): route is InfoRequestRoute =>
  route.name.startsWith('infoRequest');

export type PagesRoute = Extract<Route, { name: `pages${string}` }>;
export const isPagesRoute = (route: Route): route is PagesRoute => route.name.startsWith('pages');

export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return { name: 'notFound' };
  // The start page depends on the roles (an agency has no articles): the app sends each user on.
  if (first === undefined) return { name: 'home' };
  if (first === 'login' && second === undefined) return { name: 'login' };
  // The Cognito redirect URI may point at /admin/callback; the app handles ?code= before routing.
  if (first === 'callback' && second === undefined) return { name: 'home' };
  if (first === 'articles') {
    if (second === undefined) return { name: 'articles', query: new URLSearchParams(search) };
    if (second === 'new' && third === undefined) return { name: 'new' };
    if (third === undefined) return { name: 'detail', id: second };
    if (third === 'edit') return { name: 'edit', id: second };
  }
  if (first === 'review') {
    if (second === undefined) return { name: 'review' };
    if (third === undefined) return { name: 'reviewItem', id: second };
  }
  if (first === 'gazette') return parseGazetteRoute(second, third, search);
  if (first === 'feedback' && third === undefined) return parseFeedbackRoute(second, search);
  if (first === 'consultations' && third === undefined) {
    if (second === undefined) return { name: 'consultationList' };
    return second === 'new' ? { name: 'consultationNew' } : { name: 'consultationDetail', id: second };
  }
  if (first === 'pages') {
    if (second === undefined) return { name: 'pagesTree' };
    if (second === 'new' && third === undefined) return { name: 'pagesNew' };
    if (second === 'review')
      return third === undefined ? { name: 'pagesReview' } : { name: 'pagesReviewItem', id: third };
    if (third === undefined) return { name: 'pagesEdit', id: second };
  }
  if (first === 'menus' && second === undefined) return { name: 'pagesMenus' };
  if (first === 'categories' && second === undefined) return { name: 'directoryCategories' };
  if (first === 'agencies' && second === undefined) return { name: 'directoryAgencies' };
  if (first === 'organisation' && second === undefined) return { name: 'directoryUnits' };
  if (first === 'contacts' && second === undefined) return { name: 'directoryOfficials' };
  if (first === 'links' && second === undefined) return { name: 'directoryLinks' };
  if (first === 'rebuild' && second === undefined) return { name: 'directoryRebuild' };
  if (first === 'staff' && second === undefined)
    return { name: 'staffList', query: new URLSearchParams(search) };
  if (first === 'ratings' && second === undefined) return { name: 'ratings' };
  if (first === 'reports' && second === undefined)
    return { name: 'reports', query: new URLSearchParams(search) };
  if (first === 'media' && second === undefined) return { name: 'media' };
  if (first === 'disclosures') {
    if (second === undefined) return { name: 'disclosureList', query: new URLSearchParams(search) };
    if (second === 'new' && third === undefined) return { name: 'disclosureNew' };
    if (third === undefined) return { name: 'disclosureDetail', id: second };
    if (third === 'edit') return { name: 'disclosureEdit', id: second };
  }
  if (first === 'contributions' && third === undefined) {
    if (second === undefined) return { name: 'contributionList', query: new URLSearchParams(search) };
    return second === 'new' ? { name: 'contributionNew' } : { name: 'contributionDetail', id: second };
  }
  if (first === 'information-requests' && third === undefined) {
    if (second === undefined) return { name: 'infoRequestList' };
    return second === 'new' ? { name: 'infoRequestNew' } : { name: 'infoRequestDetail', id: second };
  }
  if (first === 'dialogues') {
    if (second === undefined) return { name: 'dialogueList' };
    if (second === 'new' && third === undefined) return { name: 'dialogueNew' };
    if (third === undefined) return { name: 'dialogueDesk', id: second };
    if (third === 'edit') return { name: 'dialogueEdit', id: second };
  }
  return { name: 'notFound' };
}

function parseFeedbackRoute(second: string | undefined, search: string): Route {
  const query = () => new URLSearchParams(search);
  switch (second) {
    case undefined:
      return { name: 'feedbackQueue', query: query() };
    case 'inbox':
      return { name: 'feedbackInbox', query: query() };
    case 'approvals':
      return { name: 'feedbackApprovals' };
    case 'topics':
      return { name: 'feedbackTopics' };
    case 'calendar':
      return { name: 'feedbackCalendar', query: query() };
    default:
      return { name: 'feedbackItem', id: second };
  }
}

function parseGazetteRoute(second: string | undefined, third: string | undefined, search: string): Route {
  const query = () => new URLSearchParams(search);
  switch (second) {
    case 'documents':
      if (third === undefined) return { name: 'gazetteDocuments', query: query() };
      return third === 'new' ? { name: 'gazetteSubmit' } : { name: 'gazetteDocument', id: third };
    case 'review':
      return third === undefined
        ? { name: 'gazetteReviewQueue', query: query() }
        : { name: 'gazetteReviewItem', id: third };
    case 'issues':
      if (third === undefined) return { name: 'gazetteIssues', query: query() };
      return third === 'new' ? { name: 'gazetteCompose' } : { name: 'gazetteIssue', id: third };
    case 'approvals':
      return third === undefined ? { name: 'gazetteApprovals' } : { name: 'notFound' };
    case 'distribution':
      return third === undefined ? { name: 'gazetteDistribution' } : { name: 'notFound' };
    default:
      return { name: 'notFound' };
  }
}

const withQuery = (path: string, query?: URLSearchParams) =>
  `${path}${query && query.size > 0 ? `?${query}` : ''}`;

export const paths = {
  login: () => `${BASE}/login`,
  articles: (query?: URLSearchParams) => withQuery(`${BASE}/articles`, query),
  newArticle: () => `${BASE}/articles/new`,
  edit: (id: string) => `${BASE}/articles/${encodeURIComponent(id)}/edit`,
  detail: (id: string) => `${BASE}/articles/${encodeURIComponent(id)}`,
  review: () => `${BASE}/review`,
  reviewItem: (id: string) => `${BASE}/review/${encodeURIComponent(id)}`,
  home: () => `${BASE}/`,
  pages: () => `${BASE}/pages`,
  newPage: () => `${BASE}/pages/new`,
  editPage: (id: string) => `${BASE}/pages/${encodeURIComponent(id)}`,
  pageReview: () => `${BASE}/pages/review`,
  pageReviewItem: (id: string) => `${BASE}/pages/review/${encodeURIComponent(id)}`,
  menus: () => `${BASE}/menus`,
  gazetteDocuments: (query?: URLSearchParams) => withQuery(`${BASE}/gazette/documents`, query),
  gazetteSubmit: () => `${BASE}/gazette/documents/new`,
  gazetteDocument: (id: string) => `${BASE}/gazette/documents/${encodeURIComponent(id)}`,
  gazetteReviewQueue: (query?: URLSearchParams) => withQuery(`${BASE}/gazette/review`, query),
  gazetteReviewItem: (id: string) => `${BASE}/gazette/review/${encodeURIComponent(id)}`,
  gazetteIssues: (query?: URLSearchParams) => withQuery(`${BASE}/gazette/issues`, query),
  gazetteCompose: () => `${BASE}/gazette/issues/new`,
  gazetteIssue: (id: string) => `${BASE}/gazette/issues/${encodeURIComponent(id)}`,
  gazetteApprovals: () => `${BASE}/gazette/approvals`,
  gazetteDistribution: () => `${BASE}/gazette/distribution`,
  feedbackQueue: (query?: URLSearchParams) => withQuery(`${BASE}/feedback`, query),
  feedbackInbox: (query?: URLSearchParams) => withQuery(`${BASE}/feedback/inbox`, query),
  feedbackApprovals: () => `${BASE}/feedback/approvals`,
  feedbackItem: (id: string) => `${BASE}/feedback/${encodeURIComponent(id)}`,
  feedbackTopics: () => `${BASE}/feedback/topics`,
  feedbackCalendar: (query?: URLSearchParams) => withQuery(`${BASE}/feedback/calendar`, query),
  consultations: () => `${BASE}/consultations`,
  consultationNew: () => `${BASE}/consultations/new`,
  consultation: (id: string) => `${BASE}/consultations/${encodeURIComponent(id)}`,
  dialogueList: () => `${BASE}/dialogues`,
  dialogueNew: () => `${BASE}/dialogues/new`,
  dialogueEdit: (id: string) => `${BASE}/dialogues/${encodeURIComponent(id)}/edit`,
  dialogueDesk: (id: string) => `${BASE}/dialogues/${encodeURIComponent(id)}`,
  categories: () => `${BASE}/categories`,
  agencies: () => `${BASE}/agencies`,
  units: () => `${BASE}/organisation`,
  officials: () => `${BASE}/contacts`,
  links: () => `${BASE}/links`,
  rebuild: () => `${BASE}/rebuild`,
  staff: (query?: URLSearchParams) => withQuery(`${BASE}/staff`, query),
  ratings: () => `${BASE}/ratings`,
  reports: (query?: URLSearchParams) => withQuery(`${BASE}/reports`, query),
  media: () => `${BASE}/media`,
  disclosures: (query?: URLSearchParams) => withQuery(`${BASE}/disclosures`, query),
  disclosureNew: () => `${BASE}/disclosures/new`,
  disclosure: (id: string) => `${BASE}/disclosures/${encodeURIComponent(id)}`,
  disclosureEdit: (id: string) => `${BASE}/disclosures/${encodeURIComponent(id)}/edit`,
  contributions: (query?: URLSearchParams) => withQuery(`${BASE}/contributions`, query),
  contributionNew: () => `${BASE}/contributions/new`,
  contribution: (id: string) => `${BASE}/contributions/${encodeURIComponent(id)}`,
  informationRequests: () => `${BASE}/information-requests`,
  informationRequestNew: () => `${BASE}/information-requests/new`,
  informationRequest: (id: string) => `${BASE}/information-requests/${encodeURIComponent(id)}`,
};

const NAVIGATE_EVENT = 'qtp:navigate';
let nextFocus = true;

/**
 * Goes to `to` inside the SPA. `focus: false` is for a URL that changes under the same screen (a new
 * article getting its id): the user stays where they are instead of being taken to the heading.
 */
export function navigate(to: string, options: { replace?: boolean; focus?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  nextFocus = options.focus ?? true;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** `key` changes on every navigation; `focus` says whether the new screen's heading should take focus. */
export type Location = { pathname: string; search: string; key: number; focus: boolean };

/** The current location; re-renders on pushState (ours) and popstate (back/forward). */
export function useLocation(): Location {
  const read = (key: number, focus: boolean): Location => ({
    pathname: window.location.pathname,
    search: window.location.search,
    key,
    focus,
  });
  const [location, setLocation] = useState(() => read(0, false));
  useEffect(() => {
    const pushed = () => {
      const focus = nextFocus;
      nextFocus = true;
      setLocation((previous) => read(previous.key + 1, focus));
    };
    const popped = () => setLocation((previous) => read(previous.key + 1, true));
    window.addEventListener('popstate', popped);
    window.addEventListener(NAVIGATE_EVENT, pushed);
    return () => {
      window.removeEventListener('popstate', popped);
      window.removeEventListener(NAVIGATE_EVENT, pushed);
    };
  }, []);
  return location;
}

/** Click handler for in-app links: plain left clicks navigate in place, anything else behaves as a link. */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.currentTarget;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.origin !== window.location.origin)
    return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
