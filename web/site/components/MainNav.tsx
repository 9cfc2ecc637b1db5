import type { Language } from '#shared/domain/text.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { categoryName, orderedCategories, type SiteContext } from '../context.ts';
import { labels } from '../i18n.ts';

/**
 * The section menu: home, every category (the current one marked for assistive technology), the gazette,
 * citizens' feedback.
 */
export function MainNav({
  ctx,
  language,
  currentCategory,
}: {
  ctx: SiteContext;
  language: Language;
  currentCategory?: string | undefined;
}) {
  const text = labels[language];
  return (
    <nav class="site-nav" aria-label={text.mainNav}>
      <div class="wrap">
        <ul>
          <li>
            <a href={sitePaths.home(language)}>{text.home}</a>
          </li>
          {orderedCategories(ctx).map((category) => (
            <li>
              <a
                href={sitePaths.category(language, category.slug)}
                aria-current={category.slug === currentCategory ? 'page' : undefined}
              >
                {categoryName(category, language)}
              </a>
            </li>
          ))}
          <li>
            <a href={sitePaths.gazetteHome()} hreflang="vi">
              {text.gazette}
            </a>
          </li>
          <li>
            <a href={sitePaths.legalDocuments()} hreflang="vi">
              {text.legalDocuments}
            </a>
          </li>
          <li>
            <a href={sitePaths.feedbackHome()} hreflang="vi">
              {text.feedback}
            </a>
          </li>
          <li>
            <a href={consultationPaths.list()} hreflang="vi">
              {text.consultations}
            </a>
          </li>
          <li>
            <a href={sitePaths.dialogues()} hreflang="vi">
              {text.dialogues}
            </a>
          </li>
          <li>
            <a href={sitePaths.staticPage(language, 'introduction')}>{text.about}</a>
          </li>
        </ul>
      </div>
    </nav>
  );
}
