import type { Document, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSearchQuery, PublishedDocument } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateVi } from '#shared/time/vietnam.ts';
import { sampleContext as ctx } from '#web/site/fixtures.ts';
import {
  correctionsOf,
  documentsOfIssue,
  sampleArchiveModel,
  sampleCorrections,
  sampleDocument,
  sampleDocuments,
  sampleGazetteYears,
  sampleIssue,
  sampleIssues,
  sampleIssuingBodies,
} from '#web/site/gazette/fixtures.ts';
import { formatFileSize, formatIsoDate, formatLongDateVi } from '#web/site/gazette/format.ts';
import {
  renderGazetteHome,
  renderGazetteIssue,
  renderGazetteYear,
  renderIssueArchiveHtml,
  renderLegalDocumentPage,
  renderLegalDocumentSearch,
} from '#web/site/gazette/render.ts';

// Prepare: issue 3/2026 (a resolution and a decision, the decision with an attachment and a correction).
const issue3 = sampleIssue(3);
const decision = sampleDocument('12/2026/QĐ-UBND');
const repealed = sampleDocument('08/2026/QĐ-UBND');
const abs = (path: string) => `${ctx.baseUrl}${path}`;

const dom = (html: string): Document => parseDocument(html);
const all = (doc: Document | Element, test: (element: Element) => boolean): Element[] =>
  DomUtils.findAll(test, doc.children);
const byTag = (doc: Document | Element, tag: string) => all(doc, (element) => element.name === tag);
const attr = (element: Element | undefined, name: string) => element?.attribs[name];
const textOf = (element: Element | undefined) =>
  element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : '';
const linkHrefs = (doc: Document | Element) => byTag(doc, 'a').map((a) => a.attribs.href ?? '');
const jsonLd = (doc: Document) =>
  all(doc, (e) => e.name === 'script' && e.attribs.type === 'application/ld+json').map(
    (script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>,
  );
const main = (doc: Document) => byTag(doc, 'main')[0];
const searchForm = (doc: Document) =>
  byTag(doc, 'form').find((form) => attr(form, 'action') === sitePaths.legalDocumentSearchApi());

function search(query: DocumentSearchQuery, results: PublishedDocument[] = sampleDocuments) {
  return renderLegalDocumentSearch(ctx, {
    query,
    results,
    total: results.length,
    issuingBodies: sampleIssuingBodies,
    years: sampleGazetteYears,
  });
}

/** Every gazette page of the site (the archive file is checked on its own below). */
function everyPage() {
  return [
    {
      name: 'gazette home',
      html: renderGazetteHome(ctx, { years: sampleGazetteYears, latest: sampleIssues }),
      path: sitePaths.gazetteHome(),
    },
    {
      name: 'gazette year',
      html: renderGazetteYear(ctx, { year: 2026, years: sampleGazetteYears, issues: sampleIssues }),
      path: sitePaths.gazetteYear(2026),
    },
    {
      name: 'empty year',
      html: renderGazetteYear(ctx, { year: 2024, years: sampleGazetteYears, issues: [] }),
      path: sitePaths.gazetteYear(2024),
    },
    {
      name: 'gazette issue',
      html: renderGazetteIssue(ctx, { issue: issue3, documents: documentsOfIssue(issue3) }),
      path: sitePaths.gazetteIssue(2026, 3),
    },
    {
      name: 'legal document with a correction',
      html: renderLegalDocumentPage(ctx, { document: decision, corrections: correctionsOf(decision) }),
      path: sitePaths.legalDocument(decision.slug),
    },
    {
      name: 'legal document without corrections',
      html: renderLegalDocumentPage(ctx, { document: repealed, corrections: [] }),
      path: sitePaths.legalDocument(repealed.slug),
    },
    { name: 'document database', html: search({ q: '' }), path: sitePaths.legalDocuments() },
    {
      name: 'document search results',
      html: search({ q: 'đất', status: 'expired' }, [repealed]),
      path: sitePaths.legalDocuments(),
    },
    {
      name: 'document search, nothing found',
      html: search({ q: 'không có' }, []),
      path: sitePaths.legalDocuments(),
    },
  ];
}

describe('every gazette page', () => {
  const pages = everyPage();

  it.each(pages)('$name is a complete Vietnamese document', ({ html }) => {
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    const doc = dom(html);
    expect(attr(byTag(doc, 'html')[0], 'lang')).toBe('vi');
    expect(byTag(doc, 'title')).toHaveLength(1);
    expect(byTag(doc, 'main')).toHaveLength(1);
  });

  it.each(pages)('$name has exactly one h1', ({ html }) => {
    expect(byTag(dom(html), 'h1')).toHaveLength(1);
  });

  it.each(pages)('$name has no script other than JSON-LD', ({ html }) => {
    const scripts = byTag(dom(html), 'script');
    for (const script of scripts) expect(attr(script, 'type')).toBe('application/ld+json');
    expect(html.match(/<script/g)?.length ?? 0).toBe(scripts.length);
  });

  it.each(pages)(
    '$name has its canonical URL, a breadcrumb and labelled, unique form controls',
    ({ html, path }) => {
      const doc = dom(html);
      const canonical = all(doc, (e) => e.name === 'link' && e.attribs.rel === 'canonical')[0];
      expect(attr(canonical, 'href')).toBe(abs(path));
      const breadcrumb = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'breadcrumb')[0];
      expect(linkHrefs(breadcrumb ?? doc)[0]).toBe(sitePaths.home('vi'));
      const ids = all(doc, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const control of all(
        doc,
        (e) => (e.name === 'input' && e.attribs.type !== 'hidden') || e.name === 'select',
      )) {
        expect(byTag(doc, 'label').some((label) => attr(label, 'for') === attr(control, 'id'))).toBe(true);
      }
    },
  );

  it.each(pages)('$name links inside the site with paths from sitePaths', ({ html }) => {
    for (const href of linkHrefs(dom(html))) expect(href).toMatch(/^(\/|#|https:\/\/|mailto:|tel:)/);
  });

  it.each(pages)('$name gives every data table a caption and scoped headers', ({ html }) => {
    for (const table of byTag(dom(html), 'table')) {
      expect(textOf(byTag(table, 'caption')[0]).length).toBeGreaterThan(5);
      const headers = byTag(table, 'th');
      expect(headers.length).toBeGreaterThan(0);
      for (const header of headers) expect(['col', 'row']).toContain(attr(header, 'scope'));
    }
  });

  it('renders the same bytes twice (deterministic)', () => {
    expect(everyPage().map((page) => page.html)).toEqual(pages.map((page) => page.html));
  });
});

describe('gazette issue page', () => {
  const html = renderGazetteIssue(ctx, { issue: issue3, documents: documentsOfIssue(issue3) });
  const doc = dom(html);

  it('names the issue and its publication date', () => {
    expect(textOf(byTag(doc, 'h1')[0])).toBe('Công báo tỉnh Quảng Trị — Số 3/2026');
    expect(textOf(byTag(doc, 'title')[0]).startsWith('Công báo tỉnh Quảng Trị — Số 3/2026')).toBe(true);
    expect(html).toContain(
      `<time datetime="${issue3.publishedAt}">${formatDateVi(issue3.publishedAt)}</time>`,
    );
    expect(formatDateVi(issue3.publishedAt)).toBe('16/03/2026');
    expect(textOf(main(doc))).toContain(issue3.title);
  });

  it('has a table of contents with caption, column headers and one row per document, in page order', () => {
    const table = byTag(doc, 'table')[0];
    expect(table).toBeDefined();
    if (!table) return;
    expect(textOf(byTag(table, 'caption')[0])).toContain('Công báo số 3/2026');
    const columns = all(table, (e) => e.name === 'th' && e.attribs.scope === 'col').map(textOf);
    expect(columns).toEqual(['Số, ký hiệu', 'Loại văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Trang']);
    const rows = byTag(byTag(table, 'tbody')[0] ?? table, 'tr');
    expect(rows).toHaveLength(issue3.entries.length);
    const rowHeaders = rows.map((row) => byTag(row, 'th')[0]);
    for (const header of rowHeaders) expect(attr(header, 'scope')).toBe('row');
    expect(rowHeaders.map(textOf)).toEqual(['05/2026/NQ-HĐND', '12/2026/QĐ-UBND']);
    expect(rows.map((row) => linkHrefs(row))).toEqual(
      documentsOfIssue(issue3)
        .sort((a, b) => Number.parseInt(a.issue.pages, 10) - Number.parseInt(b.issue.pages, 10))
        .map((document) => [sitePaths.legalDocument(document.slug)]),
    );
    expect(rows.map((row) => textOf(byTag(row, 'td').at(-1)))).toEqual(['3-10', '11-24']);
  });

  it('offers the PDF and HTML files with their size and full SHA-256, and says how to check them', () => {
    for (const file of [issue3.files.pdf, issue3.files.html]) {
      const link = byTag(doc, 'a').find((a) => a.attribs.href === sitePaths.archiveFile(file.key));
      expect(link).toBeDefined();
      expect(textOf(link)).toContain(formatFileSize(file.size));
      expect(byTag(doc, 'code').map(textOf)).toContain(file.sha256);
    }
    expect(sitePaths.archiveFile(issue3.files.pdf.key).startsWith('/archive/')).toBe(true);
    expect(textOf(main(doc))).toContain('sha256sum');
  });

  it('links back through the breadcrumb to the gazette and the year', () => {
    const breadcrumb = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'breadcrumb')[0];
    expect(linkHrefs(breadcrumb ?? doc)).toEqual([
      sitePaths.home('vi'),
      sitePaths.gazetteHome(),
      sitePaths.gazetteYear(2026),
    ]);
  });

  it('describes itself as a PublicationIssue of the gazette (JSON-LD)', () => {
    const [data] = jsonLd(doc);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'PublicationIssue',
      issueNumber: 3,
      datePublished: issue3.publishedAt,
      url: abs(sitePaths.gazetteIssue(2026, 3)),
      isPartOf: { '@type': 'Periodical', name: 'Công báo tỉnh Quảng Trị' },
    });
    expect(JSON.stringify(data)).toContain(issue3.files.pdf.sha256);
  });
});

describe('gazette home and year pages', () => {
  it('explains the gazette, lists the latest issues and every year, and links the database', () => {
    const doc = dom(renderGazetteHome(ctx, { years: sampleGazetteYears, latest: sampleIssues }));
    const text = textOf(main(doc));
    // The current instruments; the 2016 ones only as history.
    expect(text).toContain('Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15');
    expect(text).toContain('Nghị định số 78/2025/NĐ-CP');
    expect(text).toContain('Thông tư số 02/2025/TT-VPCP');
    expect(text).toContain('Công báo điện tử có giá trị như bản gốc');
    expect(text).toContain(
      'Trước khi các văn bản năm 2025 nêu trên có hiệu lực, Công báo được xuất bản theo Nghị định số 34/2016/NĐ-CP',
    );
    const hrefs = linkHrefs(main(doc) ?? doc);
    for (const issue of sampleIssues)
      expect(hrefs).toContain(sitePaths.gazetteIssue(issue.year, issue.number));
    for (const year of sampleGazetteYears) expect(hrefs).toContain(sitePaths.gazetteYear(year));
    expect(hrefs).toContain(sitePaths.legalDocuments());
    expect(jsonLd(doc)[0]).toMatchObject({ '@type': 'Periodical', name: 'Công báo tỉnh Quảng Trị' });
  });

  it("lists a year's issues newest first with number, date, title and document count", () => {
    const doc = dom(renderGazetteYear(ctx, { year: 2026, years: sampleGazetteYears, issues: sampleIssues }));
    expect(textOf(byTag(doc, 'h1')[0])).toBe('Công báo năm 2026');
    const rows = byTag(byTag(doc, 'tbody')[0] ?? doc, 'tr');
    expect(rows.map((row) => [...byTag(row, 'th'), ...byTag(row, 'td')].map(textOf))).toEqual([
      ['Số 3/2026', '16/03/2026', 'Công báo tháng 3 năm 2026 (kỳ 1)', '2'],
      ['Số 2/2026', '10/02/2026', 'Công báo tháng 2 năm 2026', '2'],
    ]);
    const years = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'year-links')[0];
    expect(linkHrefs(years ?? doc)).toEqual([2026, 2025, 2024].map((year) => sitePaths.gazetteYear(year)));
    const current = all(years ?? doc, (e) => e.attribs['aria-current'] === 'page');
    expect(current.map((a) => a.attribs.href)).toEqual([sitePaths.gazetteYear(2026)]);
  });

  it('says so when a year has no issue', () => {
    const html = renderGazetteYear(ctx, { year: 2024, years: sampleGazetteYears, issues: [] });
    expect(html).toContain('Chưa có số Công báo nào được đăng trong năm 2024.');
    expect(byTag(dom(html), 'table')).toHaveLength(0);
  });
});

describe('legal document page', () => {
  const html = renderLegalDocumentPage(ctx, { document: decision, corrections: correctionsOf(decision) });
  const doc = dom(html);
  const fields = () => {
    const list = byTag(doc, 'dl')[0];
    const terms = list ? byTag(list, 'dt').map(textOf) : [];
    const values = list ? byTag(list, 'dd').map(textOf) : [];
    return Object.fromEntries(terms.map((term, index) => [term, values[index] ?? '']));
  };

  it('gives every field Decree 224/2026/NĐ-CP asks for, in a definition list', () => {
    expect(textOf(byTag(doc, 'h1')[0])).toBe('Quyết định số 12/2026/QĐ-UBND');
    expect(fields()).toMatchObject({
      'Loại văn bản': 'Quyết định',
      'Cơ quan ban hành': 'Ủy ban nhân dân tỉnh Quảng Trị',
      'Số, ký hiệu': '12/2026/QĐ-UBND',
      'Ngày ban hành': '05/03/2026',
      'Ngày có hiệu lực': '16/03/2026',
      'Trích yếu': decision.abstract,
      'Người ký': decision.signer,
      'Lĩnh vực': 'Hành chính, tổ chức bộ máy',
      // Derived from the relations recorded on the document, as of the page's render date.
      'Tình trạng hiệu lực': expect.stringMatching(/^Còn hiệu lực tính đến ngày \d\d\/\d\d\/\d{4}$/),
    });
    // The downloadable file, with its checksum.
    expect(linkHrefs(doc)).toContain(sitePaths.archiveFile(decision.file.key));
    expect(byTag(doc, 'code').map(textOf)).toContain(decision.file.sha256);
    for (const attachment of decision.attachments) {
      expect(linkHrefs(doc)).toContain(sitePaths.archiveFile(attachment.key));
      expect(byTag(doc, 'code').map(textOf)).toContain(attachment.sha256);
    }
  });

  it('says where it was published and links the issue', () => {
    expect(fields()['Nguồn đăng']).toContain('Đăng trên Công báo số 3/2026, trang 11-24');
    const list = byTag(doc, 'dl')[0];
    expect(linkHrefs(list ?? doc)).toContain(sitePaths.gazetteIssue(2026, 3));
  });

  it('lists corrections with their date in their own section, apart from the document', () => {
    const section = all(
      doc,
      (e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'doc-corrections',
    )[0];
    expect(section).toBeDefined();
    const [correction] = sampleCorrections;
    expect(textOf(section)).toContain(correction?.text ?? '-');
    expect(textOf(section)).toContain(`Đính chính ngày ${formatDateVi(correction?.publishedAt ?? '')}`);
    expect(textOf(byTag(doc, 'dl')[0])).not.toContain(correction?.text ?? '-');
    expect(linkHrefs(doc)).toContain('#doc-corrections');
  });

  it('says when there is no correction and when a document is no longer in force', () => {
    const other = dom(renderLegalDocumentPage(ctx, { document: repealed, corrections: [] }));
    expect(textOf(main(other))).toContain('Văn bản này chưa có đính chính.');
    expect(textOf(main(other))).toContain('Hết hiệu lực');
    expect(jsonLd(other)[0]?.legislationLegalForce).toBe('https://schema.org/NotInForce');
  });

  it('describes itself as Legislation (JSON-LD)', () => {
    const [data] = jsonLd(doc);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '12/2026/QĐ-UBND',
      legislationDate: '2026-03-05',
      legislationType: 'Quyết định',
      legislationLegalForce: 'https://schema.org/InForce',
      publisher: { '@type': 'GovernmentOrganization', name: 'Cổng Thông tin điện tử tỉnh Quảng Trị' },
      url: abs(sitePaths.legalDocument(decision.slug)),
    });
    expect(JSON.stringify(data)).toContain(decision.file.sha256);
  });
});

describe('escaping', () => {
  const hostile: PublishedDocument = {
    ...decision,
    abstract: '<script>alert("x")</script> Quy định & "thử"',
    issuingBody: '"><img src=x onerror=alert(1)>',
    signer: '<b>Người ký</b>',
  };

  it('escapes every text from agencies on the document page', () => {
    const html = renderLegalDocumentPage(ctx, {
      document: hostile,
      corrections: [{ ...(sampleCorrections[0] ?? ({} as never)), text: '<script>bad()</script>' }],
    });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<script>bad');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Người ký</b>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Quy định &amp; &quot;thử&quot;',
    );
    const doc = dom(html);
    expect(textOf(byTag(doc, 'dd')[0])).toBe(hostile.abstract);
    // JSON-LD stays valid and closed: the only </script> is its own.
    expect(jsonLd(doc)[0]?.abstract).toBe(hostile.abstract);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('escapes them in the issue contents, the search results and the archive file', () => {
    const issue = {
      ...issue3,
      title: '<i>Tiêu đề</i>',
      entries: issue3.entries.map((entry) => ({ ...entry, abstract: '<script>alert(2)</script>' })),
    };
    const pageHtml = renderGazetteIssue(ctx, { issue, documents: [] });
    const resultsHtml = search({ q: '' }, [hostile]);
    const archiveHtml = renderIssueArchiveHtml({
      ...sampleArchiveModel(issue3),
      documents: [{ ...hostile, pages: '1-2' }],
    });
    for (const html of [pageHtml, resultsHtml, archiveHtml]) {
      expect(html).not.toMatch(/<script>alert/);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<i>Tiêu đề</i>');
    }
    expect(archiveHtml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('legal document search', () => {
  it('is a plain GET form to the search API with every field labelled', () => {
    const doc = dom(search({ q: '' }));
    const form = searchForm(doc);
    expect(attr(form, 'method')).toBe('get');
    const controls = form
      ? DomUtils.findAll((e) => e.name === 'input' || e.name === 'select', form.children)
      : [];
    expect(controls.map((control) => control.attribs.name)).toEqual([
      'q',
      'type',
      'issuingBody',
      'field',
      'year',
      'status',
    ]);
    const labels = Object.fromEntries(
      byTag(doc, 'label').map((label) => [attr(label, 'for'), textOf(label)]),
    );
    expect(labels[attr(controls[0], 'id') ?? '']).toBe('Từ khóa');
    const statuses = byTag(controls[5] ?? doc, 'option').map((option) => [
      attr(option, 'value'),
      textOf(option),
    ]);
    expect(statuses).toEqual([
      ['', 'Tất cả'],
      ['not_yet_in_force', 'Chưa có hiệu lực'],
      ['in_force', 'Còn hiệu lực'],
      ['partly_in_force', 'Hết hiệu lực một phần'],
      ['suspended', 'Ngưng hiệu lực'],
      ['expired', 'Hết hiệu lực toàn bộ'],
    ]);
    expect(byTag(controls[1] ?? doc, 'option').map(textOf)).toContain('Nghị quyết');
    expect(byTag(controls[2] ?? doc, 'option').map(textOf)).toEqual([
      'Tất cả cơ quan',
      ...sampleIssuingBodies,
    ]);
    expect(byTag(controls[3] ?? doc, 'option').map(textOf)).toContain('Đất đai');
    expect(byTag(controls[4] ?? doc, 'option').map(textOf)).toEqual([
      'Tất cả các năm',
      '2026',
      '2025',
      '2024',
    ]);
  });

  it('keeps the submitted values in the form', () => {
    const query: DocumentSearchQuery = {
      q: 'giá đất',
      type: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      field: 'dat-dai',
      year: 2026,
      status: 'expired',
    };
    const doc = dom(search(query, [repealed]));
    const form = searchForm(doc);
    expect(attr(all(form ?? doc, (e) => e.attribs.name === 'q')[0], 'value')).toBe('giá đất');
    const selected = Object.fromEntries(
      all(form ?? doc, (e) => e.name === 'select').map((select) => [
        select.attribs.name,
        byTag(select, 'option')
          .filter((option) => option.attribs.selected !== undefined)
          .map((option) => option.attribs.value),
      ]),
    );
    expect(selected).toEqual({
      type: ['quyet-dinh'],
      issuingBody: ['Ủy ban nhân dân tỉnh Quảng Trị'],
      field: ['dat-dai'],
      year: ['2026'],
      status: ['expired'],
    });
  });

  it('keeps a submitted value the lists do not offer, and echoes a hostile keyword as text', () => {
    const doc = dom(search({ q: '"><script>x()</script>', issuingBody: 'Sở Tư pháp' }, []));
    const body = all(doc, (e) => e.name === 'select' && e.attribs.name === 'issuingBody')[0];
    const chosen = byTag(body ?? doc, 'option').filter((option) => option.attribs.selected !== undefined);
    expect(chosen.map(textOf)).toEqual(['Sở Tư pháp']);
    // The page's own form (the header has the portal's search form, also with a `q`).
    const form = searchForm(doc);
    expect(attr(all(form ?? doc, (e) => e.attribs.name === 'q')[0], 'value')).toBe('"><script>x()</script>');
    expect(search({ q: '"><script>x()</script>' }, [])).not.toContain('<script>x()');
  });

  it('shows results in a table with the count as a status, and keeps result pages out of search engines', () => {
    const html = search({ q: 'đất' }, [repealed, decision]);
    const doc = dom(html);
    const status = all(doc, (e) => e.attribs.role === 'status')[0];
    expect(textOf(status)).toContain('2 văn bản');
    const columns = all(doc, (e) => e.name === 'th' && e.attribs.scope === 'col').map(textOf);
    expect(columns).toEqual([
      'Số, ký hiệu',
      'Ngày ban hành',
      'Loại văn bản',
      'Trích yếu',
      'Cơ quan ban hành',
      'Đăng Công báo',
      'Hiệu lực',
    ]);
    const rows = byTag(byTag(doc, 'tbody')[0] ?? doc, 'tr');
    expect(rows.map((row) => textOf(byTag(row, 'th')[0]))).toEqual(['08/2026/QĐ-UBND', '12/2026/QĐ-UBND']);
    expect(textOf(rows[0])).toContain('Hết hiệu lực');
    expect(textOf(rows[0])).toContain(formatIsoDate(repealed.issueDate));
    expect(linkHrefs(rows[0] ?? doc)).toEqual([
      sitePaths.legalDocument(repealed.slug),
      sitePaths.gazetteIssue(2026, 2),
    ]);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  it('says how many matched when it shows only the first of them', () => {
    const html = renderLegalDocumentSearch(ctx, {
      query: { q: 'quy định' },
      results: [decision],
      total: 37,
      issuingBodies: sampleIssuingBodies,
      years: sampleGazetteYears,
    });
    expect(textOf(all(dom(html), (e) => e.attribs.role === 'status')[0])).toBe(
      'Tìm thấy 37 văn bản phù hợp. Dưới đây là 1 văn bản đầu tiên; thêm điều kiện để thu hẹp kết quả.',
    );
  });

  it('has an empty state, and the unfiltered page lists the latest documents and is indexable', () => {
    const none = dom(search({ q: 'không có' }, []));
    expect(textOf(all(none, (e) => e.attribs.role === 'status')[0])).toBe('Tìm thấy 0 văn bản phù hợp.');
    expect(textOf(main(none))).toContain('Không tìm thấy văn bản nào phù hợp.');
    expect(byTag(none, 'table')).toHaveLength(0);

    const latest = search({ q: '' });
    expect(latest).not.toContain('noindex');
    expect(textOf(all(dom(latest), (e) => e.attribs.role === 'status')[0])).toBe(
      'Cơ sở dữ liệu có 4 văn bản.',
    );
    for (const document of sampleDocuments) expect(latest).toContain(sitePaths.legalDocument(document.slug));
  });
});

describe('issue archive file', () => {
  const model = sampleArchiveModel(issue3);
  const html = renderIssueArchiveHtml(model);
  const doc = dom(html);

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a standalone Vietnamese HTML5 document with inline style only', () => {
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(byTag(doc, 'style')).toHaveLength(1);
    expect(byTag(doc, 'link')).toHaveLength(0);
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\ssrc=/);
    expect(byTag(doc, 'h1')).toHaveLength(1);
    expect(textOf(byTag(doc, 'title')[0])).toBe('Công báo tỉnh Quảng Trị — Số 3/2026');
  });

  it('links nowhere outside itself, and gives the portal address as text', () => {
    const hrefs = all(doc, (e) => e.attribs.href !== undefined).map((e) => e.attribs.href ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^#[\w-]+$/);
    for (const href of hrefs) expect(all(doc, (e) => e.attribs.id === href.slice(1))).toHaveLength(1);
    expect(html).not.toMatch(/url\(/);
    expect(textOf(byTag(doc, 'footer')[0])).toContain(`${ctx.baseUrl}${sitePaths.gazetteIssue(2026, 3)}`);
  });

  it('presents front matter, contents and every document with its metadata, in page order', () => {
    const masthead = textOf(byTag(doc, 'header')[0]);
    expect(masthead).toContain('Số 3/2026');
    expect(masthead).toContain('ngày 16 tháng 3 năm 2026');
    expect(masthead).toContain(issue3.title);
    const contents = byTag(doc, 'table')[0];
    expect(textOf(byTag(contents ?? doc, 'caption')[0]).length).toBeGreaterThan(5);
    for (const header of byTag(contents ?? doc, 'th'))
      expect(attr(header, 'scope')).toMatch(/^(col|rowgroup)$/);
    const documents = all(doc, (e) => e.name === 'article');
    expect(documents.map((article) => textOf(byTag(article, 'h3')[0]))).toEqual([
      'Nghị quyết số 05/2026/NQ-HĐND',
      'Quyết định số 12/2026/QĐ-UBND',
    ]);
    for (const document of model.documents) {
      const block = documents.find((article) => textOf(article).includes(document.numberSymbol));
      for (const value of [
        document.abstract,
        document.issuingBody,
        document.signer,
        formatIsoDate(document.issueDate),
        formatIsoDate(document.effectiveDate),
        document.pages,
      ]) {
        expect(textOf(block)).toContain(value);
      }
    }
  });

  it('gives the same bytes whatever the clock says and whatever order the documents come in', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const later = renderIssueArchiveHtml(model);
    const reordered = renderIssueArchiveHtml({ ...model, documents: [...model.documents].reverse() });
    expect(later).toBe(html);
    expect(reordered).toBe(html);
  });
});

describe('gazette formatting', () => {
  it('writes sizes and dates the Vietnamese way', () => {
    expect(formatFileSize(1_288_490)).toBe('1,2 MB');
    expect(formatFileSize(236_544)).toBe('231 KB');
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatIsoDate('2026-03-05')).toBe('05/03/2026');
    expect(formatLongDateVi('2026-01-04T20:00:00.000Z')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatLongDateVi('2026-11-27T03:30:00.000Z')).toBe('ngày 27 tháng 11 năm 2026');
  });
});

describe('the 2025 rules on the gazette pages', () => {
  it('shows a document’s relations and its status timeline, derived from what later documents did', () => {
    const doc = dom(renderLegalDocumentPage(ctx, { document: repealed, corrections: [] }));
    const section = byTag(doc, 'section').find(
      (element) => attr(element, 'aria-labelledby') === 'doc-relations',
    );
    const text = textOf(section);
    expect(text).toContain('Hết hiệu lực theo thông báo Thông báo số 41/TB-UBND');
    expect(text).toContain('Diễn biến hiệu lực');
    expect(linkHrefs(section ?? doc)).toContain(sitePaths.legalDocument('41-tb-ubnd-2026'));
    const rows = byTag(section ?? doc, 'tr').map((row) =>
      all(row, (cell) => cell.name === 'th' || cell.name === 'td').map(textOf),
    );
    expect(rows).toEqual([
      ['Từ ngày', 'Sự kiện', 'Tình trạng'],
      ['10/02/2026', 'Văn bản có hiệu lực', 'Còn hiệu lực'],
      ['01/03/2026', 'Hết hiệu lực theo thông báo 41/TB-UBND', 'Hết hiệu lực toàn bộ'],
    ]);
    expect(jsonLd(doc)[0]).toMatchObject({ legislationLegalForce: 'https://schema.org/NotInForce' });
    // A document nothing acted on says so.
    expect(
      textOf(main(dom(renderLegalDocumentPage(ctx, { document: decision, corrections: [] })))),
    ).toContain('Chưa có văn bản nào sửa đổi, bãi bỏ, ngưng hiệu lực hay đính chính văn bản này.');
  });

  it('states the legal value of the e-gazette and the signature beside the issue’s SHA-256', () => {
    const signed = {
      ...issue3,
      signature: {
        signer: 'Văn phòng Ủy ban nhân dân tỉnh Quảng Trị',
        subject: 'CN=Công báo tỉnh Quảng Trị, O=Văn phòng Ủy ban nhân dân tỉnh Quảng Trị, C=VN',
        issuer: 'CN=QTP Development CA',
        signedAt: issue3.publishedAt,
        certificateSha256: 'a'.repeat(64),
        certificateSerial: '0badc0de',
        format: 'PAdES-B-B' as const,
      },
    };
    const text = textOf(
      main(dom(renderGazetteIssue(ctx, { issue: signed, documents: documentsOfIssue(issue3) }))),
    );
    expect(text).toContain('Văn bản quy phạm pháp luật đăng trên Công báo điện tử có giá trị như bản gốc');
    expect(text).toContain('Văn phòng Ủy ban nhân dân tỉnh Quảng Trị');
    expect(text).toContain('a'.repeat(64));
    expect(text).toContain(issue3.files.pdf.sha256);
    expect(text).toContain('pdfsig');
    // An issue published before signed issues says how to check it instead.
    expect(
      textOf(main(dom(renderGazetteIssue(ctx, { issue: issue3, documents: documentsOfIssue(issue3) })))),
    ).toContain('được đăng trước khi Công báo điện tử được ký số');
  });
});
