import { sitePaths } from '#shared/site/urls.ts';

/**
 * The first 10 hex digits of the SHA-256 of siteStylesheet (styles.ts). A constant rather than computed,
 * so a function that renders pages does not bundle the whole stylesheet to fingerprint it;
 * test/unit/site-render.test.ts fails, naming the new value, when the stylesheet changes.
 */
export const stylesheetFingerprint = 'f1b6005afd';

/**
 * The stylesheet's URL with a fingerprint of its content: browsers cache the file for long, and a new
 * stylesheet gets a new URL. (CloudFront's cache key ignores the query string; the publisher invalidates
 * the file itself.)
 */
export const stylesheetHref = `${sitePaths.stylesheet()}?v=${stylesheetFingerprint}`;
