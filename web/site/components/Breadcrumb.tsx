import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { labels } from '../i18n.ts';

/** Where the page sits: home › section › this page (WCAG 2.1 SC 2.4.8 Location). */
export function Breadcrumb({
  language,
  trail,
  current,
}: {
  language: Language;
  trail: { name: string; path: string }[];
  current: string;
}) {
  const text = labels[language];
  return (
    <nav class="breadcrumb" aria-label={text.breadcrumb}>
      <ol>
        <li>
          <a href={sitePaths.home(language)}>{text.home}</a>
        </li>
        {trail.map((step) => (
          <li>
            <a href={step.path}>{step.name}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
