import type { Language } from '#shared/domain/text.ts';
import type { SiteContext } from '../context.ts';
import { labels } from '../i18n.ts';
import { menuLinks } from '../menus.ts';

/**
 * The main menu as the admin arranged it (web/site/menus.ts): by default home, every category (the current
 * one marked for assistive technology), the gazette, citizens' feedback, the participation pages.
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
          {menuLinks(ctx, 'main', language).map((link) => (
            <li>
              <a
                href={link.href}
                hreflang={link.hreflang}
                aria-current={link.categorySlug && link.categorySlug === currentCategory ? 'page' : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
