import type {
  DraftArticle,
  DraftChapter,
  DraftSection,
  DraftStructure,
} from '#shared/domain/consultation.ts';

/**
 * Pasted draft text (or the text of a DOCX) into Chương / Mục / Điều / Khoản, as Vietnamese legal drafting
 * writes them: `Chương II` (a Roman or Arabic numeral, the title on the same line or the next), `Mục 1. Title`
 * (a section of the chapter, numbered from 1 in each chapter, the title on the same line or the next),
 * `Điều 5. Title`
 * (numbered through the whole document, not per chapter), clauses `1. …` inside an article; points `a) …`
 * and any other line stay in the text of the part they follow. A malformed draft is refused with every
 * problem found, each naming its line, so the agency can fix its text. Pure: no I/O.
 */
export type DraftProblem = { line: number; messageVi: string; messageEn: string };
export type DraftParse = { ok: true; structure: DraftStructure } | { ok: false; problems: DraftProblem[] };

const chapterLine = /^Chương\s+([IVXLCDM]+|\d+)\b\s*[.:\-–]?\s*(.*)$/iu;
const sectionLine = /^Mục\s+(\d+)\b\s*[.:\-–]?\s*(.*)$/u;
const articleLine = /^Điều\s+(\d+)\s*[.:\-–]?\s*(.*)$/u;
const clauseLine = /^(\d+)\.\s+(\S.*)$/u;

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** `IV` → 4, `12` → 12; undefined for a malformed numeral. */
export function chapterNumberValue(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const upper = numeral.toUpperCase();
  let total = 0;
  for (let index = 0; index < upper.length; index += 1) {
    const value = romanValues[upper[index] ?? ''];
    const next = romanValues[upper[index + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

export const articleAnchor = (article: number) => `dieu-${article}`;
export const clauseAnchor = (article: number, clause: number) => `dieu-${article}-khoan-${clause}`;
export const chapterAnchor = (numeral: string) => `chuong-${numeral.toLowerCase()}`;
export const sectionAnchor = (chapter: string, section: number) => `${chapter}-muc-${section}`;

const appendLine = (text: string, line: string) => (text ? `${text}\n${line}` : line);

export function parseDraftText(source: string): DraftParse {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const problems: DraftProblem[] = [];
  const chapters: DraftChapter[] = [];
  const sections: DraftSection[] = [];
  const articles: DraftArticle[] = [];
  let preamble = '';
  let chapter: DraftChapter | undefined;
  let chapterNeedsTitle = false;
  let section: DraftSection | undefined;
  let sectionNeedsTitle = false;
  const sectionLines = new Map<string, number>();
  let article: DraftArticle | undefined;
  const articleLines = new Map<number, number>();

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') return;

    const chapterMatch = chapterLine.exec(line);
    if (chapterMatch) {
      const numeral = chapterMatch[1] ?? '';
      const value = chapterNumberValue(numeral);
      const previous = chapters.at(-1);
      const previousValue = previous ? chapterNumberValue(previous.number) : 0;
      if (value === undefined) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: số chương “${numeral}” không đúng`,
          messageEn: `Line ${lineNumber}: “${numeral}” is not a chapter number`,
        });
      } else if (chapters.some((known) => chapterNumberValue(known.number) === value)) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Chương ${numeral} bị trùng`,
          messageEn: `Line ${lineNumber}: chapter ${numeral} appears twice`,
        });
      } else if (previousValue !== undefined && value !== previousValue + 1) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Chương ${numeral} không đúng thứ tự (sau chương ${previous?.number ?? 'đầu'})`,
          messageEn: `Line ${lineNumber}: chapter ${numeral} is out of order (after ${previous?.number ?? 'the start'})`,
        });
      }
      chapter = {
        anchor: chapterAnchor(numeral),
        number: numeral.toUpperCase(),
        title: chapterMatch[2] ?? '',
      };
      chapters.push(chapter);
      chapterNeedsTitle = chapter.title === '';
      section = undefined;
      sectionNeedsTitle = false;
      article = undefined;
      return;
    }

    const sectionMatch = sectionLine.exec(line);
    if (sectionMatch) {
      const number = Number(sectionMatch[1]);
      if (!chapter) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Mục ${number} nằm ngoài chương nào (mỗi mục thuộc một chương: đặt dòng “Chương …” trước nó)`,
          messageEn: `Line ${lineNumber}: section (Mục) ${number} is outside any chapter (each section belongs to a chapter: put a “Chương …” line before it)`,
        });
        // Kept as text, so that the lines after it are still read.
        if (article) appendToArticle(article, line);
        else preamble = appendLine(preamble, line);
        return;
      }
      const inChapter = sections.filter((known) => known.chapterAnchor === chapter?.anchor);
      const previous = inChapter.at(-1);
      const anchor = sectionAnchor(chapter.anchor, number);
      const earlier = sectionLines.get(anchor);
      if (earlier !== undefined) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Mục ${number} của Chương ${chapter.number} bị trùng (đã có ở dòng ${earlier})`,
          messageEn: `Line ${lineNumber}: section ${number} of chapter ${chapter.number} appears twice (first on line ${earlier})`,
        });
      } else if (number !== (previous?.number ?? 0) + 1) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Mục ${number} của Chương ${chapter.number} không đúng thứ tự (mục trước là ${previous ? `Mục ${previous.number}` : 'không có'}; các mục của mỗi chương đánh số từ Mục 1)`,
          messageEn: `Line ${lineNumber}: section ${number} of chapter ${chapter.number} is out of order (the one before is ${previous ? `section ${previous.number}` : 'none'}; sections are numbered from 1 in each chapter)`,
        });
      }
      if (earlier === undefined) sectionLines.set(anchor, lineNumber);
      section = { anchor, number, title: sectionMatch[2] ?? '', chapterAnchor: chapter.anchor };
      sections.push(section);
      chapterNeedsTitle = false;
      sectionNeedsTitle = section.title === '';
      article = undefined;
      return;
    }

    const articleMatch = articleLine.exec(line);
    if (articleMatch) {
      const number = Number(articleMatch[1]);
      const earlier = articleLines.get(number);
      const previous = articles.at(-1);
      if (earlier !== undefined) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Điều ${number} bị trùng (đã có ở dòng ${earlier})`,
          messageEn: `Line ${lineNumber}: article ${number} appears twice (first on line ${earlier})`,
        });
      } else if (number !== (previous?.number ?? 0) + 1) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: Điều ${number} không đúng thứ tự (điều trước là ${previous ? `Điều ${previous.number}` : 'không có'}; các điều được đánh số liên tục từ Điều 1)`,
          messageEn: `Line ${lineNumber}: article ${number} is out of order (the one before is ${previous ? `article ${previous.number}` : 'none'}; articles are numbered from 1 without gaps)`,
        });
      }
      articleLines.set(number, lineNumber);
      chapterNeedsTitle = false;
      sectionNeedsTitle = false;
      article = {
        anchor: articleAnchor(number),
        number,
        title: articleMatch[2] ?? '',
        ...(chapter ? { chapterAnchor: chapter.anchor } : {}),
        ...(section ? { sectionAnchor: section.anchor } : {}),
        intro: '',
        clauses: [],
      };
      articles.push(article);
      return;
    }

    if (chapterNeedsTitle && chapter) {
      chapter.title = line;
      chapterNeedsTitle = false;
      return;
    }

    if (sectionNeedsTitle && section) {
      section.title = line;
      sectionNeedsTitle = false;
      return;
    }

    if (!article) {
      // Text before the first article of a section or chapter belongs to its heading; before any, the preamble.
      if (section) section.title = appendLine(section.title, line);
      else if (chapter) chapter.title = appendLine(chapter.title, line);
      else preamble = appendLine(preamble, line);
      return;
    }

    const clauseMatch = clauseLine.exec(line);
    if (clauseMatch) {
      const number = Number(clauseMatch[1]);
      const previous = article.clauses.at(-1);
      if (article.clauses.some((clause) => clause.number === number)) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: khoản ${number} của Điều ${article.number} bị trùng`,
          messageEn: `Line ${lineNumber}: clause ${number} of article ${article.number} appears twice`,
        });
      } else if (number !== (previous?.number ?? 0) + 1) {
        problems.push({
          line: lineNumber,
          messageVi: `Dòng ${lineNumber}: khoản ${number} của Điều ${article.number} không đúng thứ tự (khoản trước là ${previous?.number ?? 'không có'})`,
          messageEn: `Line ${lineNumber}: clause ${number} of article ${article.number} is out of order (the one before is ${previous?.number ?? 'none'})`,
        });
      }
      article.clauses.push({
        anchor: clauseAnchor(article.number, number),
        number,
        text: clauseMatch[2] ?? '',
      });
      return;
    }

    appendToArticle(article, line);
  });

  if (articles.length === 0) {
    problems.unshift({
      line: 0,
      messageVi: 'Dự thảo không có điều nào: mỗi điều bắt đầu một dòng bằng “Điều 1.”, “Điều 2.”…',
      messageEn: 'The draft has no article: each starts a line with “Điều 1.”, “Điều 2.”…',
    });
  }
  for (const empty of chapters.filter((known) => !articles.some((a) => a.chapterAnchor === known.anchor))) {
    problems.push({
      line: 0,
      messageVi: `Chương ${empty.number} không có điều nào`,
      messageEn: `Chapter ${empty.number} has no article`,
    });
  }
  for (const empty of sections.filter((known) => !articles.some((a) => a.sectionAnchor === known.anchor))) {
    const line = sectionLines.get(empty.anchor) ?? 0;
    const numeral = chapters.find((known) => known.anchor === empty.chapterAnchor)?.number ?? '';
    problems.push({
      line,
      messageVi: `Dòng ${line}: Mục ${empty.number} của Chương ${numeral} không có điều nào`,
      messageEn: `Line ${line}: section ${empty.number} of chapter ${numeral} has no article`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, structure: { preamble, chapters, sections, articles } };
}

/** A line that is not a heading, a clause or an article: it continues the part it follows. */
function appendToArticle(article: DraftArticle, line: string) {
  const lastClause = article.clauses.at(-1);
  if (lastClause) lastClause.text = appendLine(lastClause.text, line);
  else article.intro = appendLine(article.intro, line);
}

/** Every anchor a comment may point at, the whole draft first. */
export function anchorsOf(structure: DraftStructure): string[] {
  return [
    'toan-van',
    ...structure.articles.flatMap((article) => [
      article.anchor,
      ...article.clauses.map((clause) => clause.anchor),
    ]),
  ];
}

/** `Điều 5`, `Khoản 2 Điều 5`, `Mục 1 Chương II`, `Toàn văn dự thảo`: how a part is named to people. */
export function anchorLabel(anchor: string): { vi: string; en: string } {
  const section = /^chuong-([a-z0-9]+)-muc-(\d+)$/.exec(anchor);
  if (section) {
    const chapter = (section[1] ?? '').toUpperCase();
    return { vi: `Mục ${section[2]} Chương ${chapter}`, en: `Chapter ${chapter}, section ${section[2]}` };
  }
  const chapter = /^chuong-([a-z0-9]+)$/.exec(anchor);
  if (chapter) {
    const numeral = (chapter[1] ?? '').toUpperCase();
    return { vi: `Chương ${numeral}`, en: `Chapter ${numeral}` };
  }
  const clause = /^dieu-(\d+)-khoan-(\d+)$/.exec(anchor);
  if (clause) return { vi: `Khoản ${clause[2]} Điều ${clause[1]}`, en: `Article ${clause[1]}(${clause[2]})` };
  const article = /^dieu-(\d+)$/.exec(anchor);
  if (article) return { vi: `Điều ${article[1]}`, en: `Article ${article[1]}` };
  return { vi: 'Toàn văn dự thảo', en: 'The whole draft' };
}
