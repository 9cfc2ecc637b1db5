import { consultationPaths } from './consultation-pages.ts';
import { sitePaths } from './urls.ts';

/** A path as a regular expression that matches it literally. */
const literally = (path: string) => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The pages that carry a public form, as the viewer asks for them and as the site's viewer-request function
 * rewrites them (`…/index.html`), with the API their form posts to, which alone receives the token cookie.
 * One cookie name, one path per API: a token from one form never reaches another's API.
 */
export const formPages = [
  {
    // The feedback form.
    page: `^${literally(sitePaths.feedbackForm())}(index\\.html)?$`,
    api: '/api/feedback',
    pathPattern: `${sitePaths.feedbackForm()}*`,
  },
  {
    // A draft for comment, with its comment form (the list of consultations has none).
    page: `^${literally(consultationPaths.list())}[^/]+/(index\\.html)?$`,
    api: '/api/consultations',
    pathPattern: `${consultationPaths.list()}*`,
  },
  {
    // A dialogue, with its question form.
    page: `^${literally(sitePaths.dialogues())}[^/]+/(index\\.html)?$`,
    api: '/api/dialogues',
    pathPattern: `${sitePaths.dialogues()}*`,
  },
] as const;

/** The API a page's form token cookie is for, if the page carries a public form. */
export function formTokenApiOf(uri: string): string | undefined {
  return formPages.find((form) => new RegExp(form.page).test(uri))?.api;
}
