import { OutsideEditorArea } from '#shared/domain/errors.ts';
import type { Role } from '#shared/domain/roles.ts';
import type { Language } from '#shared/domain/text.ts';

/**
 * Editors by area (issue 15), as pure decisions: an `editor` writes (creates, saves, submits) articles only in
 * the news categories and languages the administrator assigned them on their staff account; outside it they
 * read. An empty list means no narrowing (every category, both languages; docs/decisions.md 167). Anyone
 * who writes with another role (the administrator) and internal actors (no roles) are not narrowed; the
 * director's decisions (approve, return, unpublish) are not area-bound. The admin SPA asks the same question
 * (mayEditIn) to turn edit actions off.
 */
export type EditorArea = { categories: readonly string[]; languages: readonly Language[] };
export type AreaTarget = { categorySlug: string; language: Language };

/** Whether `roles` are narrowed by an area at all: an editor who writes with no other writing role. */
export function isAreaBound(roles: readonly Role[] | undefined): boolean {
  return Boolean(roles?.includes('editor') && !roles.includes('admin'));
}

export function mayEditIn(
  roles: readonly Role[] | undefined,
  area: EditorArea | undefined,
  target: AreaTarget,
): boolean {
  if (!isAreaBound(roles)) return true;
  const categories = area?.categories ?? [];
  const languages = area?.languages ?? [];
  return (
    (categories.length === 0 || categories.includes(target.categorySlug)) &&
    (languages.length === 0 || languages.includes(target.language))
  );
}

/** Refuses with OutsideEditorArea (403) unless every target (the article as it is, and as it will be) is in the area. */
export function assertInArea(
  roles: readonly Role[] | undefined,
  area: EditorArea | undefined,
  ...targets: AreaTarget[]
): void {
  for (const target of targets) {
    if (!mayEditIn(roles, area, target)) {
      throw new OutsideEditorArea(`${target.language}/${target.categorySlug}`);
    }
  }
}
