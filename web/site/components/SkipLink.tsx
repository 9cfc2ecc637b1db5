import type { Language } from '#shared/domain/text.ts';
import { labels } from '../i18n.ts';

/** The first thing a keyboard user reaches: jump over the header and menu (WCAG 2.1 SC 2.4.1). */
export function SkipLink({ language }: { language: Language }) {
  return (
    <a class="skip-link" href="#main">
      {labels[language].skipToContent}
    </a>
  );
}
