import type { Agency, AgencyKind } from '#shared/domain/directory.ts';
import { agencyKindLabels } from '#shared/domain/directory.ts';
import {
  type ExternalLink,
  type LinkGroup,
  linkGroupLabels,
  linkGroupSchema,
  type Official,
  type Unit,
} from '#shared/domain/organisation.ts';
import type { Language } from '#shared/domain/text.ts';
import { ancestorsOf, type ChartNode, chartOf } from '#shared/site/org-chart.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { PageRating } from '../components/PageRating.tsx';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { otherLanguage, staticPageTitles } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * The organisation and the directory, rendered from data (issue 13): the organisation chart (the URL of the
 * former fixed page), each unit's page with its functions, the focal-point contacts, the links page and the
 * agencies directory. English pages show a Vietnamese text marked `lang="vi"`, with a note, where the
 * English is not written yet, so nothing is silently missing.
 */
export type DirectoryData = {
  units: Unit[];
  officials: Official[];
  links: ExternalLink[];
  agencies: Agency[];
};

type Page = { ctx: SiteContext; language: Language; data: DirectoryData };

const words = {
  vi: {
    chartLead:
      'Cơ cấu tổ chức của Cổng Thông tin điện tử tỉnh và các cơ quan của tỉnh Quảng Trị. Chọn một đơn vị để xem chức năng, nhiệm vụ và đầu mối liên hệ.',
    contacts: 'Đầu mối liên hệ',
    contactsLead:
      'Cán bộ đầu mối của các cơ quan, đơn vị; số điện thoại và thư điện tử công vụ được công khai theo quy định.',
    functions: 'Chức năng, nhiệm vụ',
    units: 'Đơn vị trực thuộc',
    parent: 'Trực thuộc',
    name: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    role: 'Nội dung đầu mối',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    website: 'Trang thông tin điện tử',
    address: 'Địa chỉ',
    agencies: 'Danh bạ cơ quan, đơn vị',
    agenciesLead: 'Các sở, ban, ngành, xã, phường của tỉnh với trang thông tin điện tử và thông tin liên hệ.',
    linksLead: 'Liên kết đến cổng, trang thông tin điện tử của các cơ quan nhà nước.',
    allAgencies: 'Xem danh bạ các cơ quan, đơn vị của tỉnh',
    allContacts: 'Xem danh sách đầu mối liên hệ',
    noContacts: 'Chưa có đầu mối liên hệ.',
    untranslated: '',
    agencyWebsite: 'Trang thông tin điện tử của cơ quan',
  },
  en: {
    chartLead:
      "The structure of the provincial portal's unit and of the province's bodies. Choose a unit for its functions and focal points.",
    contacts: 'Focal points',
    contactsLead:
      "Focal-point officials of the province's bodies and units, with their official telephone and e-mail, published as the law requires.",
    functions: 'Functions and duties',
    units: 'Units',
    parent: 'Part of',
    name: 'Name',
    position: 'Position',
    unit: 'Unit',
    role: 'Contact for',
    phone: 'Telephone',
    email: 'E-mail',
    website: 'Website',
    address: 'Address',
    agencies: 'Directory of agencies',
    agenciesLead: "The province's departments, communes and wards, with their websites and contacts.",
    linksLead: 'Links to the portals and websites of other state agencies (most are in Vietnamese).',
    allAgencies: "See the directory of the province's agencies",
    allContacts: 'See the list of focal points',
    noContacts: 'No focal points yet.',
    untranslated: 'The English version of this text is being prepared; the Vietnamese text follows.',
    agencyWebsite: "The agency's website",
  },
} as const;

/** A translatable text: the English when written, else the Vietnamese marked as such. */
function Text({ language, vi, en }: { language: Language; vi: string; en: string }) {
  if (language === 'vi' || en.trim() !== '') return <>{language === 'vi' ? vi : en}</>;
  return <span lang="vi">{vi}</span>;
}
const textOf = (language: Language, vi: string, en: string) =>
  language === 'en' && en.trim() !== '' ? en : vi;

function Shell(props: {
  ctx: SiteContext;
  language: Language;
  title: string;
  path: (language: Language) => string;
  trail?: { name: string; path: string }[];
  children: unknown;
}) {
  const { ctx, language, title } = props;
  const path = props.path(language);
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${title} | ${portal.shortName[language]}`}
      alternatePath={props.path(otherLanguage(language))}
      links={{
        canonicalPath: path,
        alternates: [
          { language: 'vi', path: props.path('vi') },
          { language: 'en', path: props.path('en') },
        ],
      }}
      head={<OpenGraph language={language} type="website" title={title} url={absoluteUrl(ctx, path)} />}
    >
      <Breadcrumb language={language} trail={props.trail ?? []} current={title} />
      <article class="prose">
        <h1>{title}</h1>
        {props.children}
        <PageRating language={language} path={path} />
      </article>
    </Layout>
  );
}

const organisationPath = (language: Language) => sitePaths.staticPage(language, 'organisation');
const organisationStep = (language: Language) => ({
  name: staticPageTitles.organisation[language],
  path: organisationPath(language),
});

function ChartList({ language, nodes }: { language: Language; nodes: ChartNode<Unit>[] }) {
  return (
    <ul class="org-chart">
      {nodes.map((node) => (
        <li>
          <a href={sitePaths.unit(language, node.unit.id)}>
            <Text language={language} vi={node.unit.nameVi} en={node.unit.nameEn} />
          </a>
          {node.children.length > 0 ? <ChartList language={language} nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function OrganisationPage({ ctx, language, data }: Page) {
  const w = words[language];
  return (
    <Shell
      ctx={ctx}
      language={language}
      title={staticPageTitles.organisation[language]}
      path={organisationPath}
    >
      <p class="article__lead">{w.chartLead}</p>
      <ChartList language={language} nodes={chartOf(data.units)} />
      <p>
        <a href={sitePaths.contacts(language)}>{w.allContacts}</a>
      </p>
    </Shell>
  );
}

function Functions({ language, unit }: { language: Language; unit: Unit }) {
  const english = language === 'en' && unit.functionsEn.trim() !== '';
  const source =
    language === 'vi' || english
      ? language === 'vi'
        ? unit.functionsVi
        : unit.functionsEn
      : unit.functionsVi;
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  const marked = language === 'en' && !english;
  return (
    <>
      <h2>{words[language].functions}</h2>
      {marked ? <p class="muted">{words.en.untranslated}</p> : null}
      <ul lang={marked ? 'vi' : undefined}>
        {lines.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </>
  );
}

function OfficialsTable({
  language,
  officials,
  units,
}: {
  language: Language;
  officials: Official[];
  units: Unit[];
}) {
  const w = words[language];
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  if (officials.length === 0) return <p>{w.noContacts}</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption>{w.contacts}</caption>
        <thead>
          <tr>
            <th scope="col">{w.name}</th>
            <th scope="col">{w.position}</th>
            <th scope="col">{w.unit}</th>
            <th scope="col">{w.role}</th>
            <th scope="col">{w.phone}</th>
            <th scope="col">{w.email}</th>
          </tr>
        </thead>
        <tbody>
          {officials.map((official) => {
            const unit = unitOf.get(official.unitId);
            return (
              <tr>
                <th scope="row">{official.name}</th>
                <td>
                  <Text language={language} vi={official.positionVi} en={official.positionEn} />
                </td>
                <td>
                  {unit ? (
                    <a href={sitePaths.unit(language, unit.id)}>
                      <Text language={language} vi={unit.nameVi} en={unit.nameEn} />
                    </a>
                  ) : null}
                </td>
                <td>
                  <Text language={language} vi={official.roleVi} en={official.roleEn} />
                </td>
                <td>
                  {official.phone ? (
                    <a href={`tel:${official.phone.replace(/[^+0-9]/g, '')}`}>{official.phone}</a>
                  ) : null}
                </td>
                <td>{official.email ? <a href={`mailto:${official.email}`}>{official.email}</a> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const listedOf = (data: DirectoryData, unitId?: string) =>
  data.officials
    .filter((official) => official.listed && (unitId === undefined || official.unitId === unitId))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi'));

function AgencyContacts({ language, agency }: { language: Language; agency: Agency }) {
  const w = words[language];
  return (
    <dl class="contact-list">
      {agency.addressVi ? (
        <>
          <dt>{w.address}</dt>
          <dd lang={language === 'en' ? 'vi' : undefined}>{agency.addressVi}</dd>
        </>
      ) : null}
      {agency.phone ? (
        <>
          <dt>{w.phone}</dt>
          <dd>
            <a href={`tel:${agency.phone.replace(/[^+0-9]/g, '')}`}>{agency.phone}</a>
          </dd>
        </>
      ) : null}
      {agency.email ? (
        <>
          <dt>{w.email}</dt>
          <dd>
            <a href={`mailto:${agency.email}`}>{agency.email}</a>
          </dd>
        </>
      ) : null}
      {agency.website ? (
        <>
          <dt>{w.website}</dt>
          <dd>
            <a href={agency.website}>{new URL(agency.website).host}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function UnitPage({ ctx, language, data, unit }: Page & { unit: Unit }) {
  const w = words[language];
  const title = textOf(language, unit.nameVi, unit.nameEn);
  const ancestors = ancestorsOf(data.units, unit.id);
  const children = chartOf(data.units.filter((other) => other.parentId === unit.id));
  const agency = unit.agencyId
    ? data.agencies.find((candidate) => candidate.id === unit.agencyId)
    : undefined;
  return (
    <Shell
      ctx={ctx}
      language={language}
      title={title}
      path={(lang) => sitePaths.unit(lang, unit.id)}
      trail={[
        organisationStep(language),
        ...ancestors.map((above) => ({
          name: textOf(language, above.nameVi, above.nameEn),
          path: sitePaths.unit(language, above.id),
        })),
      ]}
    >
      {ancestors.length > 0 ? (
        <p class="article__meta">
          {w.parent}: {(() => {
            const above = ancestors.at(-1) as Unit;
            return (
              <a href={sitePaths.unit(language, above.id)}>
                <Text language={language} vi={above.nameVi} en={above.nameEn} />
              </a>
            );
          })()}
        </p>
      ) : null}
      <Functions language={language} unit={unit} />
      {children.length > 0 ? (
        <>
          <h2>{w.units}</h2>
          <ChartList
            language={language}
            nodes={children.map((node) => ({ unit: node.unit, children: [] }))}
          />
        </>
      ) : null}
      {agency ? <AgencyContacts language={language} agency={agency} /> : null}
      <h2>{w.contacts}</h2>
      <OfficialsTable language={language} officials={listedOf(data, unit.id)} units={data.units} />
    </Shell>
  );
}

export function ContactsPage({ ctx, language, data }: Page) {
  const w = words[language];
  return (
    <Shell
      ctx={ctx}
      language={language}
      title={w.contacts}
      path={sitePaths.contacts}
      trail={[organisationStep(language)]}
    >
      <p class="article__lead">{w.contactsLead}</p>
      <OfficialsTable language={language} officials={listedOf(data)} units={data.units} />
    </Shell>
  );
}

const groupOrder = linkGroupSchema.options;

export function LinksPage({ ctx, language, data }: Page) {
  const w = words[language];
  const groups = groupOrder
    .map((group: LinkGroup) => ({
      group,
      links: data.links
        .filter((link) => link.group === group)
        .sort((a, b) => a.order - b.order || a.nameVi.localeCompare(b.nameVi, 'vi')),
    }))
    .filter((entry) => entry.links.length > 0);
  return (
    <Shell
      ctx={ctx}
      language={language}
      title={staticPageTitles.links[language]}
      path={(lang) => sitePaths.staticPage(lang, 'links')}
    >
      <p class="article__lead">{w.linksLead}</p>
      {groups.map((entry) => (
        <>
          <h2>{linkGroupLabels[entry.group][language]}</h2>
          <ul>
            {entry.links.map((link) => (
              <li>
                <a href={link.url}>{language === 'vi' ? link.nameVi : link.nameEn}</a>{' '}
                <span class="muted">({new URL(link.url).host})</span>
              </li>
            ))}
          </ul>
        </>
      ))}
      <p>
        <a href={sitePaths.agencies(language)}>{w.allAgencies}</a>
      </p>
    </Shell>
  );
}

const agencyKindOrder: AgencyKind[] = [
  'provincial_people_council',
  'provincial_people_committee',
  'provincial_department',
  'ward',
  'commune',
  'special_zone',
  'other',
];

export function AgenciesPage({ ctx, language, data }: Page) {
  const w = words[language];
  const kinds = agencyKindOrder
    .map((kind) => ({
      kind,
      agencies: data.agencies
        .filter((agency) => agency.kind === kind)
        .sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi')),
    }))
    .filter((entry) => entry.agencies.length > 0);
  return (
    <Shell
      ctx={ctx}
      language={language}
      title={w.agencies}
      path={sitePaths.agencies}
      trail={[{ name: staticPageTitles.links[language], path: sitePaths.staticPage(language, 'links') }]}
    >
      <p class="article__lead">{w.agenciesLead}</p>
      {kinds.map((entry) => (
        <>
          <h2>{agencyKindLabels[entry.kind][language]}</h2>
          <ul class="agency-list">
            {entry.agencies.map((agency) => (
              <li>
                <h3>{language === 'vi' ? agency.nameVi : agency.nameEn}</h3>
                <AgencyContacts language={language} agency={agency} />
              </li>
            ))}
          </ul>
        </>
      ))}
    </Shell>
  );
}
