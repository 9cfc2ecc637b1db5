import type { Child } from 'hono/jsx';
import {
  type Disclosure,
  type DisclosureCollection,
  disclosureCollectionSchema,
  disclosureCollections,
} from '#shared/domain/disclosure.ts';
import type { Language } from '#shared/domain/text.ts';
import { collectionSlugOf } from '#shared/site/disclosure-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateEn, formatDateVi } from '#shared/time/vietnam.ts';
import { FeedLinks } from '../components/FeedLinks.tsx';
import { PageRating } from '../components/PageRating.tsx';
import { TwinPageLayout } from '../components/TwinPageLayout.tsx';
import type { SiteContext } from '../context.ts';
import { otherLanguage } from '../i18n.ts';
import { byDateDescending } from './open-data.ts';

/**
 * The public pages of disclosures, in both languages: the front (collections and years), one collection,
 * one year, one record with its files. Each list item carries `data-disclosure-id`, so a test can hold the
 * pages against the open data.
 */
export const disclosureText = {
  vi: {
    section: 'Thông tin công khai',
    intro:
      'Thông tin tỉnh Quảng Trị công khai theo Luật Tiếp cận thông tin năm 2016 (Điều 17) và Nghị định 13/2018/NĐ-CP: quy hoạch, kế hoạch, ngân sách, đầu tư công, thống kê.',
    collections: 'Theo lĩnh vực',
    years: 'Theo năm',
    yearTitle: (year: number) => `Thông tin công khai năm ${year}`,
    none: 'Chưa có thông tin nào được công khai.',
    date: 'Ngày',
    year: 'Năm',
    issuer: 'Cơ quan ban hành',
    collection: 'Lĩnh vực',
    files: 'Tệp đính kèm',
    openData: 'Dữ liệu mở (JSON)',
    openDataYear: (year: number) => `Dữ liệu mở năm ${year} (JSON)`,
    count: (count: number) => `${count} mục`,
  },
  en: {
    section: 'Disclosures',
    intro:
      'Information Quang Tri province discloses under the Law on Access to Information 2016 (Art. 17) and Decree 13/2018/ND-CP: plans, budgets, public investment, statistics.',
    collections: 'By collection',
    years: 'By year',
    yearTitle: (year: number) => `Disclosures of ${year}`,
    none: 'Nothing has been disclosed yet.',
    date: 'Date',
    year: 'Year',
    issuer: 'Issued by',
    collection: 'Collection',
    files: 'Attached files',
    openData: 'Open data (JSON)',
    openDataYear: (year: number) => `Open data of ${year} (JSON)`,
    count: (count: number) => `${count} records`,
  },
} as const;

const formatDay = (day: string, language: Language) =>
  language === 'vi' ? formatDateVi(`${day}T12:00:00+07:00`) : formatDateEn(`${day}T12:00:00+07:00`);
const titleOf = (record: Disclosure, language: Language) =>
  language === 'vi' ? record.titleVi : record.titleEn;
const collectionPath = (language: Language, collection: DisclosureCollection) =>
  sitePaths.disclosureCollection(language, collectionSlugOf(collection, language));
const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
const fileType = (contentType: string) => (contentType === 'application/pdf' ? 'PDF' : 'XLSX');

function DisclosureLayout(props: {
  ctx: SiteContext;
  language: Language;
  title: string;
  path: string;
  alternatePath: string;
  trail: { name: string; path: string }[];
  children: Child;
}) {
  return (
    <TwinPageLayout
      {...props}
      description={disclosureText[props.language].intro}
      feeds={{
        title: disclosureText.vi.section,
        rssPath: sitePaths.disclosureRssFeed(),
        atomPath: sitePaths.disclosureAtomFeed(),
      }}
    >
      <div class="disclosures">{props.children}</div>
    </TwinPageLayout>
  );
}

function RecordList({ records, language }: { records: Disclosure[]; language: Language }) {
  const text = disclosureText[language];
  if (records.length === 0) return <p>{text.none}</p>;
  return (
    <ul class="dc-list">
      {[...records].sort(byDateDescending).map((record) => (
        <li data-disclosure-id={record.id}>
          <h3>
            <a href={sitePaths.disclosure(language, record.slug)}>{titleOf(record, language)}</a>
          </h3>
          <p class="dc-meta">
            {text.date}: {formatDay(record.date, language)} ·{' '}
            {disclosureCollections[record.collection][language]} · {record.issuingBody}
          </p>
        </li>
      ))}
    </ul>
  );
}

const yearsOf = (records: Disclosure[]) =>
  [...new Set(records.map((record) => record.year))].sort((a, b) => b - a);

/** `/thong-tin-cong-khai/`: the collections with their counts, the years, the newest records. */
export function DisclosureHomePage({
  ctx,
  language,
  records,
}: {
  ctx: SiteContext;
  language: Language;
  records: Disclosure[];
}) {
  const text = disclosureText[language];
  const path = sitePaths.disclosures(language);
  return (
    <DisclosureLayout
      ctx={ctx}
      language={language}
      title={text.section}
      path={path}
      alternatePath={sitePaths.disclosures(otherLanguage(language))}
      trail={[]}
    >
      <h1>{text.section}</h1>
      <p>{text.intro}</p>
      <section aria-labelledby="dc-collections">
        <h2 id="dc-collections">{text.collections}</h2>
        <ul>
          {disclosureCollectionSchema.options.map((collection) => (
            <li>
              <a href={collectionPath(language, collection)}>{disclosureCollections[collection][language]}</a>{' '}
              ({text.count(records.filter((record) => record.collection === collection).length)})
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dc-years">
        <h2 id="dc-years">{text.years}</h2>
        {records.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <ul class="dc-years">
            {yearsOf(records).map((year) => (
              <li>
                <a href={sitePaths.disclosureYear(language, year)}>{year}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <a href={sitePaths.disclosureData()}>{text.openData}</a>
      </p>
      <FeedLinks
        language={language}
        rssPath={sitePaths.disclosureRssFeed()}
        atomPath={sitePaths.disclosureAtomFeed()}
      />
      <PageRating language={language} path={path} />
    </DisclosureLayout>
  );
}

/** One collection, grouped by year, newest first. */
export function DisclosureCollectionPage({
  ctx,
  language,
  collection,
  records,
}: {
  ctx: SiteContext;
  language: Language;
  collection: DisclosureCollection;
  records: Disclosure[];
}) {
  const text = disclosureText[language];
  const title = disclosureCollections[collection][language];
  const inCollection = records.filter((record) => record.collection === collection);
  return (
    <DisclosureLayout
      ctx={ctx}
      language={language}
      title={title}
      path={collectionPath(language, collection)}
      alternatePath={collectionPath(otherLanguage(language), collection)}
      trail={[{ name: text.section, path: sitePaths.disclosures(language) }]}
    >
      <h1>{title}</h1>
      {inCollection.length === 0 ? <p>{text.none}</p> : null}
      {yearsOf(inCollection).map((year) => (
        <section aria-labelledby={`dc-year-${year}`}>
          <h2 id={`dc-year-${year}`}>
            <a href={sitePaths.disclosureYear(language, year)}>{year}</a>
          </h2>
          <RecordList language={language} records={inCollection.filter((record) => record.year === year)} />
        </section>
      ))}
      <PageRating language={language} path={collectionPath(language, collection)} />
    </DisclosureLayout>
  );
}

/** One year, grouped by collection. */
export function DisclosureYearPage({
  ctx,
  language,
  year,
  records,
}: {
  ctx: SiteContext;
  language: Language;
  year: number;
  records: Disclosure[];
}) {
  const text = disclosureText[language];
  const inYear = records.filter((record) => record.year === year);
  return (
    <DisclosureLayout
      ctx={ctx}
      language={language}
      title={text.yearTitle(year)}
      path={sitePaths.disclosureYear(language, year)}
      alternatePath={sitePaths.disclosureYear(otherLanguage(language), year)}
      trail={[{ name: text.section, path: sitePaths.disclosures(language) }]}
    >
      <h1>{text.yearTitle(year)}</h1>
      <p>
        <a href={sitePaths.disclosureYearData(year)}>{text.openDataYear(year)}</a>
      </p>
      {inYear.length === 0 ? <p>{text.none}</p> : null}
      {disclosureCollectionSchema.options
        .filter((collection) => inYear.some((record) => record.collection === collection))
        .map((collection) => (
          <section aria-labelledby={`dc-${collection}`}>
            <h2 id={`dc-${collection}`}>{disclosureCollections[collection][language]}</h2>
            <RecordList
              language={language}
              records={inYear.filter((record) => record.collection === collection)}
            />
          </section>
        ))}
      <PageRating language={language} path={sitePaths.disclosureYear(language, year)} />
    </DisclosureLayout>
  );
}

/** One record: its facts, summary and files. */
export function DisclosureRecordPage({
  ctx,
  language,
  record,
}: {
  ctx: SiteContext;
  language: Language;
  record: Disclosure;
}) {
  const text = disclosureText[language];
  const path = sitePaths.disclosure(language, record.slug);
  const title = titleOf(record, language);
  return (
    <DisclosureLayout
      ctx={ctx}
      language={language}
      title={title}
      path={path}
      alternatePath={sitePaths.disclosure(otherLanguage(language), record.slug)}
      trail={[
        { name: text.section, path: sitePaths.disclosures(language) },
        {
          name: disclosureCollections[record.collection][language],
          path: collectionPath(language, record.collection),
        },
      ]}
    >
      <article class="prose" data-disclosure-id={record.id}>
        <h1>{title}</h1>
        <dl>
          <dt>{text.collection}</dt>
          <dd>
            <a href={collectionPath(language, record.collection)}>
              {disclosureCollections[record.collection][language]}
            </a>
          </dd>
          <dt>{text.date}</dt>
          <dd>{formatDay(record.date, language)}</dd>
          <dt>{text.year}</dt>
          <dd>
            <a href={sitePaths.disclosureYear(language, record.year)}>{record.year}</a>
          </dd>
          <dt>{text.issuer}</dt>
          <dd>{record.issuingBody}</dd>
        </dl>
        <p>{language === 'vi' ? record.summaryVi : record.summaryEn}</p>
        <h2>{text.files}</h2>
        <ul class="dc-files">
          {record.files.map((file) => (
            <li>
              <a href={`/${file.key}`} download>
                {file.fileName}
              </a>{' '}
              ({fileType(file.contentType)}, {sizeOf(file.size)})
            </li>
          ))}
        </ul>
      </article>
      <PageRating language={language} path={path} />
    </DisclosureLayout>
  );
}
