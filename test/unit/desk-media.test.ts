import { describe, expect, it } from 'vitest';
import type { MediaAsset } from '#shared/domain/media.ts';
import { altChange, assetIdOfKey, newAsset } from '#shared/media/workflow.ts';
import {
  anchorWord,
  indexedWords,
  MAX_INDEXED_WORDS,
  matchesWords,
  queryWords,
  wordChanges,
} from '#shared/text/lookup-words.ts';
import { sanitizeRichText } from '#shared/text/rich-text.ts';

describe('the pickers’ words (decision 198)', () => {
  it('folds marks and đ, keeps each word once, and bounds their number and length', () => {
    expect(indexedWords('Đăng ký kết hôn: đăng ký trực tuyến')).toEqual([
      'dang',
      'ky',
      'ket',
      'hon',
      'truc',
      'tuyen',
    ]);
    // NFD input (a phone's keyboard) gives the same words as NFC.
    expect(indexedWords('Quảng Trị'.normalize('NFD'))).toEqual(['quang', 'tri']);
    const long = Array.from({ length: 40 }, (_, index) => `tu${index}`).join(' ');
    expect(indexedWords(long)).toHaveLength(MAX_INDEXED_WORDS);
    expect(indexedWords('a'.repeat(100))[0]).toHaveLength(40);
    expect(queryWords('  !!  ')).toEqual([]);
    expect(queryWords('a b c d e f g h')).toHaveLength(6);
  });

  it('matches when every query word begins a word of the text', () => {
    const title = indexedWords('Đăng ký kết hôn trực tuyến');
    expect(matchesWords(title, queryWords('dang ky'))).toBe(true);
    expect(matchesWords(title, queryWords('ĐĂNG K'))).toBe(true);
    expect(matchesWords(title, queryWords('hon tru'))).toBe(true);
    expect(matchesWords(title, queryWords('ang ky'))).toBe(false);
    expect(matchesWords(title, queryWords('dang ky xe'))).toBe(false);
  });

  it('reads the index by the longest word and knows which entries a change adds and removes', () => {
    expect(anchorWord(['dang', 'ky', 'truc'])).toBe('dang');
    expect(anchorWord([])).toBeUndefined();
    expect(wordChanges(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });
});

const key = 'media/2026/12/0b6f7c1e-7a7b-4c1d-9a51-1f2e3d4c5b6a.jpg';
const image = {
  key,
  fileName: 'cau.jpg',
  contentType: 'image/jpeg',
  size: 1000,
  width: 800,
  height: 600,
  variants: [480],
};

describe('media assets (decision 199)', () => {
  it('takes the asset id from the object key and starts at version 1 with its alt texts', () => {
    expect(assetIdOfKey(key)).toBe('0b6f7c1e-7a7b-4c1d-9a51-1f2e3d4c5b6a');
    expect(assetIdOfKey('media/2026/12/x.jpg')).toBeUndefined();
    const asset = newAsset(
      image,
      { altVi: 'Cầu Hiền Lương', altEn: '' },
      { id: 'u1', name: 'An' },
      '2026-12-02T01:00:00.000Z',
    );
    expect(asset).toMatchObject({
      id: assetIdOfKey(key),
      url: `/${key}`,
      altVi: 'Cầu Hiền Lương',
      version: 1,
    });
    expect('altEn' in asset).toBe(false);
  });

  it('changes only the alt texts, names what changed, and changes nothing when nothing differs', () => {
    const asset: MediaAsset = newAsset(
      image,
      { altVi: 'Cũ', altEn: 'Old' },
      { id: 'u1', name: 'An' },
      '2026-12-02T01:00:00.000Z',
    );
    const at = '2026-12-03T01:00:00.000Z';
    expect(altChange(asset, { altVi: 'Cũ', altEn: 'Old' }, at)).toEqual({ asset, changedFields: [] });
    const cleared = altChange(asset, { altVi: 'Mới', altEn: undefined }, at);
    expect(cleared.changedFields).toEqual(['altVi', 'altEn']);
    expect(cleared.asset).toMatchObject({ altVi: 'Mới', version: 2, updatedAt: at, key, size: 1000 });
    expect(cleared.asset.altEn).toBeUndefined();
  });

  it('keeps an image’s alt text through the sanitizer, escaped', () => {
    expect(
      sanitizeRichText(`<p>x</p><img src="/${key}" alt='Cầu "Hiền Lương" & sông Bến Hải' onerror="x()">`),
    ).toBe(`<p>x</p><img src="/${key}" alt="Cầu &quot;Hiền Lương&quot; &amp; sông Bến Hải" />`);
  });
});
