import { useCallback, useState } from 'preact/hooks';
import type { Category } from '#shared/domain/directory.ts';
import { contentApi } from '../api/content.ts';
import {
  type ReferenceDraft,
  type ReferenceField,
  ReferenceForm,
  typedNumber,
} from '../components/reference-form.tsx';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { ItemHistory } from './history.tsx';
import { useDirectoryWords } from './i18n.ts';

/**
 * The news categories (the public site's section menu), kept by the administrator: list in menu order, add,
 * edit; the slug is the category’s address and never changes.
 */
type Name = 'slug' | 'nameVi' | 'nameEn' | 'descriptionVi' | 'order';

const draftOf = (category: Category | undefined, nextOrder: number): ReferenceDraft<Name> =>
  category
    ? {
        slug: category.slug,
        nameVi: category.nameVi,
        nameEn: category.nameEn,
        descriptionVi: category.descriptionVi,
        order: String(category.order),
      }
    : { slug: '', nameVi: '', nameEn: '', descriptionVi: '', order: String(nextOrder) };

export function CategoriesPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('categoriesTitle'));
  const allowed = can.manageCategories(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? contentApi.categories() : Promise.resolve([])),
    [allowed],
  );
  const [editing, setEditing] = useState<Category | undefined>();
  const [historyOf, setHistoryOf] = useState<Category | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const loadHistory = useCallback(
    () => (historyOf ? contentApi.categoryHistory(historyOf.slug) : Promise.resolve([])),
    [historyOf],
  );
  if (!allowed) return <Forbidden />;
  const categories =
    resource.state === 'ready'
      ? [...resource.value].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
      : [];
  const nextOrder = categories.reduce((highest, category) => Math.max(highest, category.order), 0) + 10;
  const name = (category: Category) => (lang === 'en' ? category.nameEn : category.nameVi);
  const fields: ReferenceField<Name>[] = [
    {
      name: 'slug',
      label: d('fieldCategorySlug'),
      hint: editing ? d('fieldCategorySlugFixed') : d('fieldCategorySlugHint'),
      max: 80,
      isKey: true,
    },
    {
      name: 'order',
      label: d('fieldCategoryOrder'),
      hint: d('fieldCategoryOrderHint'),
      max: 3,
      control: 'number',
    },
    { name: 'nameVi', label: d('fieldCategoryNameVi'), max: 120 },
    { name: 'nameEn', label: d('fieldCategoryNameEn'), max: 120 },
    { name: 'descriptionVi', label: d('fieldCategoryDescription'), max: 500, control: 'textarea' },
  ];
  const submit = (draft: ReferenceDraft<Name>) => {
    const values = {
      nameVi: draft.nameVi,
      nameEn: draft.nameEn,
      descriptionVi: draft.descriptionVi,
      order: typedNumber(draft.order),
    };
    return editing
      ? contentApi.updateCategory(editing.slug, { ...values, expectedVersion: editing.version })
      : contentApi.createCategory({ ...values, slug: draft.slug.trim() });
  };
  return (
    <>
      <PageTitle>{d('categoriesTitle')}</PageTitle>
      <p class="intro">{d('categoriesIntro')}</p>
      <StatusMessage message={message} />
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={categories}
        empty={d('categoriesEmpty')}
        caption={d('categoriesTitle')}
        columns={[
          d('fieldCategoryOrder'),
          d('fieldCategorySlug'),
          d('fieldCategoryNameVi'),
          d('fieldCategoryNameEn'),
          { label: d('colActions'), hidden: true as const },
        ]}
        row={(category) => (
          <tr key={category.slug}>
            <td>{category.order}</td>
            <td>
              <code>{category.slug}</code>
            </td>
            <th scope="row">{category.nameVi}</th>
            <td lang="en">{category.nameEn}</td>
            <td class="row-actions">
              <button type="button" class="button button-quiet" onClick={() => setEditing(category)}>
                {d('editCategory', { name: name(category) })}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setHistoryOf(category)}>
                {d('showHistory', { name: name(category) })}
              </button>
            </td>
          </tr>
        )}
      />
      {historyOf ? <ItemHistory key={historyOf.slug} name={name(historyOf)} load={loadHistory} /> : null}
      {resource.state === 'ready' ? (
        <ReferenceForm
          key={editing ? `${editing.slug}-${editing.version}` : 'new'}
          idPrefix="category"
          fields={fields}
          editing={editing}
          initial={draftOf(editing, nextOrder)}
          words={{
            newTitle: d('newCategoryTitle'),
            editTitle: editing ? d('editCategoryTitle', { name: name(editing) }) : '',
            create: d('createCategory'),
            save: d('saveCategory'),
            conflictTitle: d('categoryConflict'),
          }}
          submit={submit}
          onCancel={() => setEditing(undefined)}
          onReload={() => void refresh()}
          onSaved={(saved, created) => {
            setEditing(undefined);
            setMessage(d(created ? 'categoryCreated' : 'categorySaved', { name: name(saved) }));
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
