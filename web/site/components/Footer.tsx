import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import type { SiteContext } from '../context.ts';
import { labels } from '../i18n.ts';
import { menuLinks } from '../menus.ts';
import { footerExternalLinks, portal } from '../portal.ts';

/**
 * The unit that runs the portal, how to reach it, its licence and the person responsible: Decree
 * 224/2026/NĐ-CP asks a state portal to show these on every page. Also the static pages, the feeds and a
 * short block of other agencies' portals; the page links are the admin's footer menu (the full list is on the links page).
 */
export function Footer({ ctx, language }: { ctx: SiteContext; language: Language }) {
  const text = labels[language];
  return (
    <footer class="site-footer">
      <div class="wrap">
        <div class="footer-grid">
          <section aria-labelledby="footer-info">
            <h2 id="footer-info">{portal.name[language]}</h2>
            <p>
              {text.managingUnit}: {portal.managingUnit[language]}
            </p>
            <p>
              {text.responsible}: {portal.responsible[language]}
            </p>
            <p>
              {text.address}: {portal.address.display[language]}
            </p>
            <p>
              {text.telephone}: <a href={portal.telephone.href}>{portal.telephone.display}</a> · {text.email}:{' '}
              <a href={`mailto:${portal.email}`}>{portal.email}</a>
            </p>
            <p>{portal.licence[language]}</p>
          </section>
          <nav aria-labelledby="footer-pages">
            <h2 id="footer-pages">{text.footerInfo}</h2>
            <ul>
              {menuLinks(ctx, 'footer', language).map((link) => (
                <li>
                  <a href={link.href} hreflang={link.hreflang}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-labelledby="footer-links">
            <h2 id="footer-links">{text.footerLinks}</h2>
            <ul>
              {footerExternalLinks.map((link) => (
                <li>
                  <a href={link.url}>{link.name[language]}</a>
                </li>
              ))}
              <li>
                <a href={sitePaths.staticPage(language, 'links')}>{text.moreLinks}</a>
              </li>
            </ul>
          </nav>
        </div>
        <div class="footer-bottom">
          <p>
            {text.copyright(yearInVietnam(ctx.generatedAt))} {portal.reuse[language]}
          </p>
        </div>
      </div>
    </footer>
  );
}
