import type { Language } from '#shared/domain/text.ts';
import { externalLinkGroups } from '../../portal.ts';

/** Other agencies' portals (Decree 224/2026/NĐ-CP asks a state portal to link to them). */
export function Links({ language }: { language: Language }) {
  return (
    <>
      <p class="article__lead">
        {language === 'vi'
          ? 'Liên kết đến cổng, trang thông tin điện tử của các cơ quan nhà nước.'
          : 'Links to the portals and websites of other state agencies (most are in Vietnamese).'}
      </p>
      {externalLinkGroups.map((group) => (
        <>
          <h2>{group.title[language]}</h2>
          <ul>
            {group.links.map((link) => (
              <li>
                <a href={link.url}>{link.name[language]}</a>{' '}
                <span class="muted">({new URL(link.url).host})</span>
              </li>
            ))}
          </ul>
        </>
      ))}
    </>
  );
}
