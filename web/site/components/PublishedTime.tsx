import type { Language } from '#shared/domain/text.ts';
import { labels } from '../i18n.ts';

/** A date people read in their language and machines read from `datetime`. */
export function PublishedTime({
  instant,
  language,
  withTime = false,
}: {
  instant: string;
  language: Language;
  withTime?: boolean;
}) {
  const text = labels[language];
  return <time datetime={instant}>{withTime ? text.formatDateTime(instant) : text.formatDate(instant)}</time>;
}
