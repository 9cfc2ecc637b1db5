import type { Actor } from '#shared/domain/audit.ts';
import {
  type Agency,
  agencySchema,
  type Category,
  type CategoryInput,
  categorySchema,
} from '#shared/domain/directory.ts';
import { DuplicateValue, errors } from '#shared/domain/errors.ts';
import { foldDiacritics } from '#shared/text/vietnamese.ts';
import { changedFields, recordAudit } from './audit.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { claimUnique, createItem, releaseUnique, replaceVersioned, runTransaction } from './transactions.ts';

/** Categories and agencies: the portal's reference data. */

const categoryItem = (category: Category) => ({
  ...keys.category(category.slug),
  ...keys.categoryListing(),
  ...keys.categoryListingSort(category.order, category.slug),
  itemType: 'Category',
  ...storable(categorySchema, category, `category ${category.slug}`),
});

export async function listCategories(): Promise<Category[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.categoryListing().gsi1pk } },
    categorySchema,
  );
}

export async function getCategory(slug: string): Promise<Category | undefined> {
  return getItem(keys.category(slug), categorySchema);
}

export async function createCategory(input: CategoryInput, actor: Actor): Promise<Category> {
  const category: Category = { ...input, version: 1 };
  await runTransaction([
    createItem(categoryItem(category), categorySlugTaken(input.slug)),
    recordAudit({ type: 'Category', id: input.slug }, actor, 'create'),
  ]);
  return category;
}

export async function updateCategory(
  slug: string,
  changes: Omit<CategoryInput, 'slug'>,
  expectedVersion: number,
  actor: Actor,
): Promise<Category> {
  const current = await getCategory(slug);
  if (!current) throw errors.notFound(`category “${slug}”`);
  const next: Category = { ...current, ...changes, slug, version: expectedVersion + 1 };
  await runTransaction([
    replaceVersioned(categoryItem(next), expectedVersion),
    recordAudit({ type: 'Category', id: slug }, actor, 'update', {
      changedFields: changedFields(current, next),
    }),
  ]);
  return next;
}

/** Two agencies may not share a name, however it is accented or cased. */
const agencyNameKey = (nameVi: string) => foldDiacritics(nameVi).replace(/\s+/g, ' ').trim();
const agencyNameTaken = (nameVi: string) => () =>
  new DuplicateValue(`agency-name “${nameVi}”`, [
    {
      path: 'nameVi',
      messageVi: 'Đã có cơ quan mang tên này (không phân biệt dấu, chữ hoa)',
      messageEn: 'An agency already has this name (ignoring accents and case)',
    },
  ]);
const categorySlugTaken = (slug: string) => () =>
  new DuplicateValue(`category “${slug}”`, [
    {
      path: 'slug',
      messageVi: 'Đã có chuyên mục dùng đường dẫn này',
      messageEn: 'A category already uses this path',
    },
  ]);

const agencyItem = (agency: Agency) => ({
  ...keys.agency(agency.id),
  ...keys.agencyListing(),
  ...keys.agencyListingSort(agency.id),
  itemType: 'Agency',
  ...storable(agencySchema, agency, `agency ${agency.id}`),
});

export async function listAgencies(): Promise<Agency[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.agencyListing().gsi1pk } },
    agencySchema,
  );
}

export async function getAgency(id: string): Promise<Agency | undefined> {
  return getItem(keys.agency(id), agencySchema);
}

export async function createAgency(input: Omit<Agency, 'version'>, actor: Actor): Promise<Agency> {
  const agency: Agency = { ...input, version: 1 };
  const pk = keys.agency(input.id).pk;
  await runTransaction([
    createItem(
      agencyItem(agency),
      () =>
        new DuplicateValue(`agency “${input.id}”`, [
          {
            path: 'id',
            messageVi: 'Đã có cơ quan dùng mã này',
            messageEn: 'An agency already uses this code',
          },
        ]),
    ),
    claimUnique('agency-name', agencyNameKey(input.nameVi), pk, agencyNameTaken(input.nameVi)),
    recordAudit({ type: 'Agency', id: input.id }, actor, 'create'),
  ]);
  return agency;
}

export async function updateAgency(
  id: string,
  changes: Omit<Agency, 'id' | 'version'>,
  expectedVersion: number,
  actor: Actor,
): Promise<Agency> {
  const current = await getAgency(id);
  if (!current) throw errors.notFound(`agency “${id}”`);
  // A PUT: the agency becomes what was sent, so a cleared e-mail or website is removed, not kept.
  const next: Agency = { ...changes, id, version: expectedVersion + 1 };
  const pk = keys.agency(id).pk;
  const renamed = agencyNameKey(current.nameVi) !== agencyNameKey(next.nameVi);
  await runTransaction([
    replaceVersioned(agencyItem(next), expectedVersion),
    ...(renamed
      ? [
          releaseUnique('agency-name', agencyNameKey(current.nameVi), pk),
          claimUnique('agency-name', agencyNameKey(next.nameVi), pk, agencyNameTaken(next.nameVi)),
        ]
      : []),
    recordAudit({ type: 'Agency', id }, actor, 'update', { changedFields: changedFields(current, next) }),
  ]);
  return next;
}
