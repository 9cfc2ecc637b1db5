import { useEffect, useState } from 'preact/hooks';
import type { Page } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { pagesApi } from '../api/pages.ts';
import { ActionError, useAction } from '../components/decision-panel.tsx';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { RichText } from '../components/rich-text.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  Loading,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { PageStatusBadge } from './common.tsx';
import { usePagesWords } from './i18n.ts';

type Form = {
  title: string;
  summary: string;
  bodyHtml: string;
  parentId: string;
  order: string;
  language: Language;
  slug: string;
  translationOf: string;
};

const blank: Form = {
  title: '',
  summary: '',
  bodyHtml: '',
  parentId: '',
  order: '0',
  language: 'vi',
  slug: '',
  translationOf: '',
};

const editableStatuses: Page['status'][] = ['draft', 'returned', 'published', 'unpublished'];

/**
 * Writing and revising a managed page with the articles' rich-text editor: every save is a new revision;
 * "submit" saves what is unsaved, then sends it to the Director. Language, address and translation are set
 * when the page is created. Below: the page's history.
 */
export function PageEditorPage(props: { id?: string }) {
  const { p, action } = usePagesWords();
  const { session } = useSession();
  const principal = session.principal;
  const loaded = useResource(async () => {
    const pages = await pagesApi.list();
    if (!props.id) return { pages, view: undefined };
    return { pages, view: await pagesApi.get(props.id) };
  }, [props.id]);
  const history = useResource(
    () => (props.id ? pagesApi.history(props.id) : Promise.resolve([])),
    [props.id, loaded.resource.state],
  );
  const [form, setForm] = useState<Form | undefined>();
  const [page, setPage] = useState<Page | undefined>();
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const act = useAction();
  const ready = loaded.resource.state === 'ready' ? loaded.resource.value : undefined;
  // The form starts from the latest revision once it is loaded (and again for another page).
  useEffect(() => {
    if (!ready) return;
    const view = ready.view;
    setPage(view?.page);
    setDirty(false);
    setForm(
      view
        ? {
            title: view.latest.title,
            summary: view.latest.summary,
            bodyHtml: view.latest.bodyHtml,
            parentId: view.latest.parentId ?? '',
            order: String(view.latest.order),
            language: view.page.language,
            slug: view.page.slug,
            translationOf: view.page.translationOf ?? '',
          }
        : blank,
    );
  }, [ready]);
  const title = page ? p('editPageTitle', { title: page.title }) : p('newPageTitle');
  useDocumentTitle(title);

  if (!can.readPages(principal)) return <Forbidden />;
  if (loaded.resource.state === 'error')
    return <ErrorNotice error={loaded.resource.error} onRetry={loaded.reload} />;
  if (!ready) return <Loading />;
  if (!form) return <Loading />;
  const update = (changes: Partial<Form>) => {
    setForm({ ...form, ...changes });
    setDirty(true);
    setMessage(undefined);
  };
  const content = () => ({
    title: form.title,
    summary: form.summary,
    bodyHtml: form.bodyHtml,
    order: Number.parseInt(form.order, 10) || 0,
    ...(form.parentId ? { parentId: form.parentId } : {}),
  });
  const save = async (): Promise<Page> => {
    if (page && !dirty) return page;
    const saved = page
      ? await pagesApi.save(page.id, { ...content(), expectedVersion: page.version })
      : await pagesApi.create({
          ...content(),
          summary: form.summary,
          language: form.language,
          ...(form.slug ? { slug: form.slug } : {}),
          ...(form.translationOf ? { translationOf: form.translationOf } : {}),
        });
    setPage(saved);
    setDirty(false);
    return saved;
  };
  const onSave = (event: Event) => {
    event.preventDefault();
    void act.run(async () => {
      const saved = await save();
      setMessage(p('saved', { n: saved.latestRevision }));
      history.reload();
      // A new page now has an id: give it its own address (the screen loads it again from there).
      if (!props.id) navigate(paths.editPage(saved.id), { replace: true, focus: false });
    });
  };
  const onSubmit = () =>
    void act.run(async () => {
      const saved = await save();
      setPage(await pagesApi.submit(saved.id, saved.version));
      setMessage(p('submitted'));
      history.reload();
      if (!props.id) navigate(paths.editPage(saved.id), { replace: true, focus: false });
    });

  const others = ready.pages.filter((candidate) => candidate.id !== page?.id);
  const parents = others.filter((candidate) => candidate.language === form.language);
  const translations = others.filter((candidate) => candidate.language !== form.language);
  const editable = can.writePages(principal) && (!page || editableStatuses.includes(page.status));

  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.pages()}>{p('treeTitle')}</Link>
      </p>
      <PageTitle>{title}</PageTitle>
      {page ? (
        <p class="article-meta">
          <span>
            <PageStatusBadge status={page.status} />
          </span>
          {page.publishedRevision ? (
            <a href={sitePaths.managedPage(page.language, page.slug)}>{p('viewPublic')}</a>
          ) : null}
        </p>
      ) : null}
      {page?.status === 'returned' && page.reviewNote ? (
        <div class="notice notice-warning">
          <p class="notice-title">{p('reviewNote')}</p>
          <p>{page.reviewNote}</p>
        </div>
      ) : null}
      {!editable ? <p class="notice notice-info">{p('notEditable')}</p> : null}
      <ActionError
        error={act.error}
        conflictTitle={p('conflict')}
        reloadLabel={p('reloadLatest')}
        onReload={() => location.reload()}
      />
      {editable ? (
        <form class="editor" onSubmit={onSave} noValidate>
          <div class="editor-main">
            <Field id="page-title" label={p('fieldTitle')}>
              <input
                {...controlOf('page-title', false, undefined)}
                type="text"
                value={form.title}
                maxLength={250}
                onInput={(event) => update({ title: event.currentTarget.value })}
              />
            </Field>
            <Field id="page-summary" label={p('fieldSummary')}>
              <textarea
                {...controlOf('page-summary', false, undefined)}
                rows={2}
                value={form.summary}
                maxLength={600}
                onInput={(event) => update({ summary: event.currentTarget.value })}
              />
            </Field>
            <div class="field">
              <span class="label" id="page-body-label">
                {p('fieldBody')}
              </span>
              <RichText
                id="page-body"
                labelId="page-body-label"
                initialHtml={form.bodyHtml}
                onChange={(bodyHtml) => update({ bodyHtml })}
              />
            </div>
          </div>
          <div class="editor-side">
            {page ? null : (
              <>
                <fieldset class="field radio-group">
                  <legend>{p('fieldLanguage')}</legend>
                  {(['vi', 'en'] as const).map((value) => (
                    <div class="radio" key={value}>
                      <input
                        id={`page-language-${value}`}
                        type="radio"
                        name="language"
                        value={value}
                        checked={form.language === value}
                        onChange={() => update({ language: value, parentId: '', translationOf: '' })}
                      />
                      <label for={`page-language-${value}`}>
                        {value === 'vi' ? p('langVi') : p('langEn')}
                      </label>
                    </div>
                  ))}
                </fieldset>
                <Field id="page-slug" label={p('fieldSlug')} hint={p('fieldSlugHint')}>
                  <input
                    {...controlOf('page-slug', true, undefined)}
                    type="text"
                    spellcheck={false}
                    value={form.slug}
                    onInput={(event) => update({ slug: event.currentTarget.value })}
                  />
                </Field>
                <Field id="page-translation" label={p('fieldTranslationOf')}>
                  <select
                    {...controlOf('page-translation', false, undefined)}
                    value={form.translationOf}
                    onChange={(event) => update({ translationOf: event.currentTarget.value })}
                  >
                    <option value="">{p('noTranslation')}</option>
                    {translations.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {candidate.title}
                      </option>
                    ))}
                  </select>
                </Field>
              </>
            )}
            <Field id="page-parent" label={p('fieldParent')}>
              <select
                {...controlOf('page-parent', false, undefined)}
                value={form.parentId}
                onChange={(event) => update({ parentId: event.currentTarget.value })}
              >
                <option value="">{p('noParent')}</option>
                {parents.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="page-order" label={p('fieldOrder')}>
              <input
                {...controlOf('page-order', false, undefined)}
                type="number"
                min={0}
                max={999}
                value={form.order}
                onInput={(event) => update({ order: event.currentTarget.value })}
              />
            </Field>
          </div>
          <div class="form-actions">
            <StatusMessage message={message} />
            <ActionButton type="submit" emphasis="secondary" busy={act.busy}>
              {p('save')}
            </ActionButton>
            <ActionButton emphasis="primary" busy={act.busy} onClick={onSubmit}>
              {p('submit')}
            </ActionButton>
          </div>
        </form>
      ) : (
        <StatusMessage message={message} />
      )}
      {page ? (
        <HistorySection
          history={history.resource}
          onRetry={history.reload}
          actionLabel={action}
          statusLabel={(status) => (status in tonesOf ? p(`status_${status as Page['status']}`) : status)}
        />
      ) : null}
    </>
  );
}

const tonesOf: Record<Page['status'], true> = {
  draft: true,
  in_review: true,
  returned: true,
  published: true,
  unpublished: true,
  archived: true,
};
