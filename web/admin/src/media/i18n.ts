import { useMemo } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { type Lang, translatorOf } from '../i18n.ts';

/**
 * Words of the media library, its dialog and the article picker. Same rules as src/i18n.ts: `en` has
 * exactly the keys of `vi`.
 */
const vi = {
  mediaTitle: 'Thư viện ảnh',
  mediaIntro:
    'Mọi ảnh tải lên cổng đều ở đây, ảnh mới nhất trước. Tìm theo mô tả ảnh hoặc tên tệp, có dấu hay không dấu đều được.',
  search: 'Tìm ảnh',
  searchHint: 'Một vài từ của mô tả ảnh hoặc tên tệp',
  searchButton: 'Tìm',
  clearSearch: 'Xem tất cả',
  resultCount: '{count} ảnh',
  noImages: 'Chưa có ảnh nào.',
  noMatch: 'Không có ảnh nào khớp với “{q}”.',
  loadMore: 'Xem thêm ảnh cũ hơn',
  uploadTitle: 'Tải ảnh mới lên',
  file: 'Tệp ảnh (JPEG, PNG, WebP; tối đa 10 MB)',
  altVi: 'Mô tả ảnh (tiếng Việt)',
  altViHint: 'Bắt buộc. Người không xem được ảnh nghe hoặc đọc mô tả này thay cho ảnh.',
  altEn: 'Mô tả ảnh (tiếng Anh)',
  altEnHint: 'Không bắt buộc; dùng cho các bài tiếng Anh.',
  altRequired: 'Cần nhập mô tả ảnh bằng tiếng Việt',
  fileRequired: 'Chọn một tệp ảnh',
  upload: 'Tải lên',
  uploading: 'Đang tải lên…',
  uploaded: 'Đã tải ảnh lên thư viện.',
  editAlt: 'Sửa mô tả',
  saveAlt: 'Lưu mô tả',
  cancel: 'Hủy',
  altSaved: 'Đã lưu mô tả ảnh.',
  uploadedBy: 'Tải lên bởi {name}, {date}',
  dimensions: '{width} × {height} px',
  noAltEn: 'Chưa có mô tả tiếng Anh',
  // The dialog of the rich-text editor.
  dialogTitle: 'Chèn ảnh từ thư viện',
  coverDialogTitle: 'Chọn ảnh bìa',
  close: 'Đóng',
  choose: 'Chọn ảnh này',
  chooseNamed: 'Chọn ảnh này: {alt}',
  libraryTab: 'Ảnh có sẵn',
  // The article picker.
  pickerSearch: 'Tìm bài viết theo tên bài ({language})',
  pickerHint: 'Gõ vài từ của tên bài, có dấu hay không dấu.',
  pickerResults: '{count} bài viết khớp',
  pickerNone: 'Không có bài viết nào khớp.',
  pickerSearching: 'Đang tìm…',
  pick: 'Chọn',
  pickNamed: 'Chọn bài: {title}',
  picked: 'Đã chọn',
  change: 'Bỏ chọn',
  alreadyLinked: 'đã có bản dịch',
  language_vi: 'tiếng Việt',
  language_en: 'tiếng Anh',
};

export type MediaKey = keyof typeof vi;

const en: Record<MediaKey, string> = {
  mediaTitle: 'Media library',
  mediaIntro:
    'Every image uploaded to the portal is here, newest first. Search by alt text or file name, with or without diacritics.',
  search: 'Search images',
  searchHint: 'A few words of the alt text or the file name',
  searchButton: 'Search',
  clearSearch: 'Show all',
  resultCount: '{count} images',
  noImages: 'No images yet.',
  noMatch: 'No image matches “{q}”.',
  loadMore: 'Show older images',
  uploadTitle: 'Upload a new image',
  file: 'Image file (JPEG, PNG, WebP; up to 10 MB)',
  altVi: 'Alt text (Vietnamese)',
  altViHint: 'Required. People who cannot see the image hear or read this instead.',
  altEn: 'Alt text (English)',
  altEnHint: 'Optional; used in English articles.',
  altRequired: 'Enter the alt text in Vietnamese',
  fileRequired: 'Choose an image file',
  upload: 'Upload',
  uploading: 'Uploading…',
  uploaded: 'The image is in the library.',
  editAlt: 'Edit alt text',
  saveAlt: 'Save alt text',
  cancel: 'Cancel',
  altSaved: 'Alt text saved.',
  uploadedBy: 'Uploaded by {name}, {date}',
  dimensions: '{width} × {height} px',
  noAltEn: 'No English alt text yet',
  dialogTitle: 'Insert an image from the library',
  coverDialogTitle: 'Choose the cover image',
  close: 'Close',
  choose: 'Choose this image',
  chooseNamed: 'Choose this image: {alt}',
  libraryTab: 'Images in the library',
  pickerSearch: 'Find an article by its title ({language})',
  pickerHint: 'Type a few words of the title, with or without diacritics.',
  pickerResults: '{count} matching articles',
  pickerNone: 'No article matches.',
  pickerSearching: 'Searching…',
  pick: 'Choose',
  pickNamed: 'Choose article: {title}',
  picked: 'Chosen',
  change: 'Clear',
  alreadyLinked: 'already has a translation',
  language_vi: 'Vietnamese',
  language_en: 'English',
};

const dictionaries: Record<Lang, Record<MediaKey, string>> = { vi, en };

export function useMediaWords() {
  const { lang } = useI18n();
  return useMemo(() => ({ lang, m: translatorOf(dictionaries[lang]) }), [lang]);
}
