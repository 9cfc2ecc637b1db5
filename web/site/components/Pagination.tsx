import type { Language } from '#shared/domain/text.ts';
import { labels } from '../i18n.ts';

/**
 * Links to newer and older listing pages, in a labelled navigation landmark (WCAG 2.1 SC 1.3.1, 2.4.8).
 * Text says which way each link goes; the arrows are decoration.
 */
export function Pagination({
  language,
  newerPath,
  olderPath,
  newerLabel,
  olderLabel,
}: {
  language: Language;
  newerPath?: string | undefined;
  olderPath?: string | undefined;
  /** What the listing holds, when it is not news ("Câu trả lời mới hơn"). */
  newerLabel?: string;
  olderLabel?: string;
}) {
  if (!newerPath && !olderPath) return null;
  const text = labels[language];
  return (
    <nav class="pagination" aria-label={text.pagination}>
      <ul>
        {newerPath ? (
          <li>
            <a href={newerPath} rel="prev">
              <span aria-hidden="true">← </span>
              {newerLabel ?? text.newer}
            </a>
          </li>
        ) : null}
        {olderPath ? (
          <li>
            <a href={olderPath} rel="next">
              {olderLabel ?? text.older}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
