import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../context.ts';
import { otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';
import { Emblem } from './Emblem.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MainNav } from './MainNav.tsx';
import { SearchForm } from './SearchForm.tsx';

/** The red band with the portal's name, the language switch and search; then the section menu. */
export function Header({
  ctx,
  language,
  alternatePath,
  currentCategory,
  showSearch = true,
  notice,
}: {
  ctx: SiteContext;
  language: Language;
  /** The same page in the other language, or that language's home page. */
  alternatePath: string;
  currentCategory?: string | undefined;
  showSearch?: boolean;
  /** A notice above everything, inside the banner landmark (the preview warning). */
  notice?: string | undefined;
}) {
  return (
    <header class="site-header">
      {notice ? (
        <p class="preview-banner" role="note">
          {notice}
        </p>
      ) : null}
      <div class="wrap site-header__inner">
        <a class="brand" href={sitePaths.home(language)}>
          <Emblem />
          <span class="brand__text">
            <span class="brand__parent">{portal.province[language]}</span>
            <span class="brand__name">{portal.name[language]}</span>
          </span>
        </a>
        <div class="header-tools">
          <LanguageSwitch language={otherLanguage(language)} href={alternatePath} />
          {showSearch ? <SearchForm language={language} id="header-search" /> : null}
        </div>
      </div>
      <MainNav ctx={ctx} language={language} currentCategory={currentCategory} />
    </header>
  );
}
