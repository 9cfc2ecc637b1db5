import { createHash } from 'node:crypto';
import { sitePaths } from '#shared/site/urls.ts';
import { siteStylesheet } from './styles.ts';

/**
 * The stylesheet's URL with a fingerprint of its content: browsers cache the file for long, and a new
 * stylesheet gets a new URL. Computed once from the constant CSS, so rendering stays deterministic.
 * (CloudFront's cache key ignores the query string; the publisher invalidates the file itself.)
 */
export const stylesheetHref = `${sitePaths.stylesheet()}?v=${createHash('sha256').update(siteStylesheet).digest('hex').slice(0, 10)}`;
