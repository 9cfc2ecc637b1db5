import { describe, expect, it } from 'vitest';
import { OutsideEditorArea } from '#shared/domain/errors.ts';
import { assertInArea, isAreaBound, mayEditIn } from '#shared/editorial/areas.ts';
import { editorAreaFor } from '#shared/staff/workflow.ts';

const culture = { categories: ['van-hoa-xa-hoi', 'lich-su-van-hoa'], languages: ['vi'] as const };

describe('editors by area', () => {
  it('lets an editor write in their categories and languages only', () => {
    expect(mayEditIn(['editor'], culture, { categorySlug: 'van-hoa-xa-hoi', language: 'vi' })).toBe(true);
    expect(mayEditIn(['editor'], culture, { categorySlug: 'kinh-te', language: 'vi' })).toBe(false);
    expect(mayEditIn(['editor'], culture, { categorySlug: 'van-hoa-xa-hoi', language: 'en' })).toBe(false);
  });

  it('reads an empty list as no narrowing, and no area as the whole newsroom', () => {
    const anyCategory = { categories: [], languages: ['en'] as const };
    expect(mayEditIn(['editor'], anyCategory, { categorySlug: 'kinh-te', language: 'en' })).toBe(true);
    expect(mayEditIn(['editor'], anyCategory, { categorySlug: 'kinh-te', language: 'vi' })).toBe(false);
    expect(mayEditIn(['editor'], undefined, { categorySlug: 'kinh-te', language: 'vi' })).toBe(true);
  });

  it('binds editors only: the administrator, the director and internal actors are not narrowed', () => {
    expect(isAreaBound(['editor'])).toBe(true);
    expect(isAreaBound(['director', 'editor'])).toBe(true);
    expect(isAreaBound(['admin', 'editor'])).toBe(false);
    expect(isAreaBound(['director'])).toBe(false);
    expect(isAreaBound(undefined)).toBe(false);
    expect(mayEditIn(['admin'], culture, { categorySlug: 'kinh-te', language: 'en' })).toBe(true);
  });

  it('refuses with its own problem type when any target is outside, Vietnamese first', () => {
    const inside = { categorySlug: 'lich-su-van-hoa', language: 'vi' } as const;
    expect(() => assertInArea(['editor'], culture, inside)).not.toThrow();
    let refusal: unknown;
    try {
      assertInArea(['editor'], culture, inside, { categorySlug: 'kinh-te', language: 'vi' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(OutsideEditorArea);
    expect(refusal).toMatchObject({ status: 403, type: 'outside-editor-area', detail: 'vi/kinh-te' });
    expect((refusal as OutsideEditorArea).titleVi).toMatch(/phạm vi biên tập/);
  });

  it('keeps an area on editor accounts only', () => {
    const area = { editorCategories: ['kinh-te'], editorLanguages: ['vi' as const] };
    expect(editorAreaFor(['editor'], area)).toEqual(area);
    expect(editorAreaFor(['director'], area)).toEqual({});
    expect(editorAreaFor(['editor'], { editorCategories: [], editorLanguages: [] })).toEqual({});
  });
});
