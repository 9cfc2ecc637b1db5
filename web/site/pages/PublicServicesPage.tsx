import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/text.ts';
import {
  NATIONAL_SERVICE_PORTAL_URL,
  type PublicServiceGroup,
  publicServiceGroups,
} from '#shared/site/public-services.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { PageRating } from '../components/PageRating.tsx';
import { TwinPageLayout } from '../components/TwinPageLayout.tsx';
import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import { otherLanguage } from '../i18n.ts';

/** The public-services pages: the groups, and one page per group, linking out to where procedures are done. */
const text = {
  vi: {
    section: 'Dịch vụ công',
    intro:
      'Thủ tục hành chính được thực hiện trực tuyến trên Cổng Dịch vụ công quốc gia và Cổng Dịch vụ công của tỉnh. Trang này dẫn đến nơi thực hiện; Cổng Thông tin điện tử không tiếp nhận hồ sơ.',
    national: 'Cổng Dịch vụ công quốc gia',
    provincial: 'Cổng Dịch vụ công tỉnh Quảng Trị',
    examples: 'Một số thủ tục',
    doOnline: 'Thực hiện trực tuyến',
  },
  en: {
    section: 'Public services',
    intro:
      'Administrative procedures are done online on the National Public Service Portal and the provincial public-service portal. These pages link there; the portal itself takes no applications.',
    national: 'National Public Service Portal',
    provincial: 'Quang Tri public-service portal',
    examples: 'Some procedures',
    doOnline: 'Do it online',
  },
} as const;

function Links({ language, provincialUrl }: { language: Language; provincialUrl: string }) {
  return (
    <ul>
      <li>
        <a href={NATIONAL_SERVICE_PORTAL_URL} rel="external">
          {text[language].national}
        </a>
      </li>
      <li>
        <a href={provincialUrl} rel="external">
          {text[language].provincial}
        </a>
      </li>
    </ul>
  );
}

function ServicesLayout(props: {
  ctx: SiteContext;
  language: Language;
  title: string;
  path: string;
  alternatePath: string;
  group: boolean;
  children: Child;
}) {
  const { language } = props;
  return (
    <TwinPageLayout
      {...props}
      description={text[language].intro}
      trail={props.group ? [{ name: text[language].section, path: sitePaths.publicServices(language) }] : []}
    >
      <article class="prose">{props.children}</article>
      <PageRating language={language} path={props.path} />
    </TwinPageLayout>
  );
}

export function renderPublicServices(ctx: SiteContext, language: Language, provincialUrl: string): string {
  return renderDocument(
    <ServicesLayout
      ctx={ctx}
      language={language}
      title={text[language].section}
      path={sitePaths.publicServices(language)}
      alternatePath={sitePaths.publicServices(otherLanguage(language))}
      group={false}
    >
      <h1>{text[language].section}</h1>
      <p>{text[language].intro}</p>
      <Links language={language} provincialUrl={provincialUrl} />
      <ul class="ps-groups">
        {publicServiceGroups.map((group) => (
          <li>
            <h2>
              <a href={sitePaths.publicServiceGroup(language, group.slug)}>{group.name[language]}</a>
            </h2>
            <p>{group.description[language]}</p>
          </li>
        ))}
      </ul>
    </ServicesLayout>,
  );
}

export function renderPublicServiceGroup(
  ctx: SiteContext,
  language: Language,
  group: PublicServiceGroup,
  provincialUrl: string,
): string {
  return renderDocument(
    <ServicesLayout
      ctx={ctx}
      language={language}
      title={group.name[language]}
      path={sitePaths.publicServiceGroup(language, group.slug)}
      alternatePath={sitePaths.publicServiceGroup(otherLanguage(language), group.slug)}
      group
    >
      <h1>{group.name[language]}</h1>
      <p>{group.description[language]}</p>
      <h2>{text[language].examples}</h2>
      <ul>
        {group.examples.map((example) => (
          <li>{example[language]}</li>
        ))}
      </ul>
      <h2>{text[language].doOnline}</h2>
      <Links language={language} provincialUrl={provincialUrl} />
    </ServicesLayout>,
  );
}
