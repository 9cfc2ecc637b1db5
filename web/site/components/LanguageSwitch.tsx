import type { Language } from '#shared/domain/text.ts';
import { labels, otherLanguage } from '../i18n.ts';

/**
 * Link to the page in `language`. The link text is in that language and marked so (WCAG 2.1 SC 3.1.2
 * Language of Parts), so a screen reader says "English" in English and "Tiếng Việt" in Vietnamese.
 */
export function LanguageSwitch({ language, href }: { language: Language; href: string }) {
  // labels[x].otherLanguage names the language that is not x.
  const name = labels[otherLanguage(language)].otherLanguage;
  return (
    <a class="lang-switch" href={href} lang={language} hreflang={language}>
      {name}
    </a>
  );
}
