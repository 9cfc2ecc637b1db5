import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { listHistory } from '#shared/data/audit.ts';
import { dynamo, tableName } from '#shared/data/clients.ts';
import { createAgency, createCategory, getAgency, updateCategory } from '#shared/data/directory.ts';
import { keys } from '#shared/data/keys.ts';
import { AppError } from '#shared/domain/errors.ts';
import { uniqueSlug } from '../support/local-stack.ts';

const editor = { id: 'u-1', name: 'Trần Minh Đức' };
const otherEditor = { id: 'u-2', name: 'Hoàng Thu Trang' };

describe('optimistic concurrency and uniqueness (DynamoDB Local)', () => {
  it('lets one of two concurrent updates from the same version win; the other is a 409 with no audit record', async () => {
    const slug = uniqueSlug('chuyen-muc');
    await createCategory(
      { slug, nameVi: 'Chuyên mục thử', nameEn: 'Test section', descriptionVi: '', order: 9 },
      editor,
    );

    const results = await Promise.allSettled([
      updateCategory(
        slug,
        { nameVi: 'Tên của người thứ nhất', nameEn: 'First', descriptionVi: '', order: 9 },
        1,
        editor,
      ),
      updateCategory(
        slug,
        { nameVi: 'Tên của người thứ hai', nameEn: 'Second', descriptionVi: '', order: 9 },
        1,
        otherEditor,
      ),
    ]);

    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(AppError);
    expect(lost[0].status).toBe(409);

    const history = await listHistory({ type: 'Category', id: slug });
    expect(history.map((entry) => entry.action)).toEqual(['create', 'update']);
  });

  it('refuses a stale version even when nothing runs concurrently', async () => {
    const slug = uniqueSlug('chuyen-muc');
    await createCategory(
      { slug, nameVi: 'Bản gốc', nameEn: 'Original', descriptionVi: '', order: 1 },
      editor,
    );
    await updateCategory(
      slug,
      { nameVi: 'Bản sửa 1', nameEn: 'Edit 1', descriptionVi: '', order: 1 },
      1,
      editor,
    );
    await expect(
      updateCategory(
        slug,
        { nameVi: 'Bản sửa cũ', nameEn: 'Stale', descriptionVi: '', order: 1 },
        1,
        otherEditor,
      ),
    ).rejects.toMatchObject({ status: 409, type: 'version-conflict' });
  });

  it('refuses a duplicate unique value and writes neither the record nor its audit entry', async () => {
    const first = uniqueSlug('co-quan');
    const second = uniqueSlug('co-quan');
    const name = `Sở Khoa học và Công nghệ ${first}`;
    await createAgency({ id: first, nameVi: name, nameEn: 'Science', kind: 'provincial_department' }, editor);

    // Same name, typed without diacritics and in capitals: still the same agency name.
    const unaccented = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toUpperCase();
    await expect(
      createAgency(
        { id: second, nameVi: unaccented, nameEn: 'Science again', kind: 'provincial_department' },
        editor,
      ),
    ).rejects.toMatchObject({ status: 409, type: 'duplicate' });

    expect(await getAgency(second)).toBeUndefined();
    expect(await listHistory({ type: 'Agency', id: second })).toEqual([]);
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: keys.agency(second) }),
    );
    expect(Item).toBeUndefined();
  });

  it('stores text NFC-normalized whatever form it arrives in', async () => {
    const slug = uniqueSlug('chuyen-muc');
    await createCategory(
      { slug, nameVi: 'Văn hóa Quảng Trị'.normalize('NFD'), nameEn: 'Culture', descriptionVi: '', order: 2 },
      editor,
    );
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: keys.category(slug) }),
    );
    expect(Item?.nameVi).toBe('Văn hóa Quảng Trị'.normalize('NFC'));
  });
});
