import { jsonForScript } from '../html.ts';

/**
 * Structured data for search engines: the only script element on the public site, and it is data, not
 * code. The JSON is escaped so that no value can close the element.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
