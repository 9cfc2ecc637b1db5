import { useMemo } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { type Lang, translatorOf } from '../i18n.ts';

/** The ratings screen's words, in its chunk. Same rules as src/i18n.ts: `en` has exactly the keys of `vi`. */
const vi = {
  ratingsTitle: 'Đánh giá mức độ hữu ích',
  ratingsIntro:
    'Người đọc đánh giá mỗi trang “Hữu ích” hoặc “Không hữu ích” bằng một lần bấm, không cần tài khoản. Cổng chỉ lưu số lượt đánh giá của từng trang, không lưu ai đã đánh giá.',
  sectionsTitle: 'Theo chuyên mục',
  sectionsCaption: 'Tổng số lượt đánh giá theo chuyên mục và ngôn ngữ',
  pagesTitle: 'Theo trang',
  pagesCaption: 'Số lượt đánh giá của từng trang',
  empty: 'Chưa có lượt đánh giá nào.',
  count: '{count} trang đã được đánh giá',
  colPage: 'Trang',
  colSection: 'Chuyên mục',
  colLanguage: 'Ngôn ngữ',
  colPages: 'Số trang',
  colUseful: 'Hữu ích',
  colNotUseful: 'Không hữu ích',
  colShare: 'Tỷ lệ hữu ích',
  colUpdated: 'Lần đánh giá gần nhất',
  noShare: '—',
  language_vi: 'Tiếng Việt',
  language_en: 'Tiếng Anh',
};

type RatingsKey = keyof typeof vi;

const en: Record<RatingsKey, string> = {
  ratingsTitle: 'Usefulness ratings',
  ratingsIntro:
    'Readers rate each page “Useful” or “Not useful” with one click, without an account. The portal keeps only the number of ratings per page, not who rated.',
  sectionsTitle: 'By section',
  sectionsCaption: 'Ratings by section and language',
  pagesTitle: 'By page',
  pagesCaption: 'Ratings of each page',
  empty: 'No ratings yet.',
  count: '{count} pages rated',
  colPage: 'Page',
  colSection: 'Section',
  colLanguage: 'Language',
  colPages: 'Pages',
  colUseful: 'Useful',
  colNotUseful: 'Not useful',
  colShare: 'Share useful',
  colUpdated: 'Last rated',
  noShare: '—',
  language_vi: 'Vietnamese',
  language_en: 'English',
};

const dictionaries: Record<Lang, Record<RatingsKey, string>> = { vi, en };

export function useRatingsWords() {
  const { lang } = useI18n();
  return useMemo(() => ({ lang, r: translatorOf(dictionaries[lang]) }), [lang]);
}
