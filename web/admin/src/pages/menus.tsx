import { useEffect, useState } from 'preact/hooks';
import type { MenuId, MenuItem, MenuTarget } from '#shared/domain/menu.ts';
import type { Page } from '#shared/domain/page.ts';
import { type MenuView, pagesApi } from '../api/pages.ts';
import { ArticlePicker } from '../articles/article-picker.tsx';
import { ActionError, useAction } from '../components/decision-panel.tsx';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { DataTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Loading,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { usePagesWords } from './i18n.ts';

const menuIds: MenuId[] = ['main', 'footer', 'home'];
type Kind = MenuTarget['kind'];
const kinds: Kind[] = ['page', 'path', 'url', 'home', 'categories'];

type Draft = {
  kind: Kind;
  labelVi: string;
  labelEn: string;
  pageVi: string;
  pageEn: string;
  pathVi: string;
  pathEn: string;
  url: string;
};
const emptyDraft: Draft = {
  kind: 'page',
  labelVi: '',
  labelEn: '',
  pageVi: '',
  pageEn: '',
  pathVi: '',
  pathEn: '',
  url: '',
};

function targetOf(draft: Draft): MenuTarget {
  switch (draft.kind) {
    case 'home':
      return { kind: 'home' };
    case 'categories':
      return { kind: 'categories' };
    case 'page':
      return {
        kind: 'page',
        ...(draft.pageVi ? { vi: draft.pageVi } : {}),
        ...(draft.pageEn ? { en: draft.pageEn } : {}),
      };
    case 'path':
      return { kind: 'path', vi: draft.pathVi, en: draft.pathEn };
    case 'url':
      return { kind: 'url', url: draft.url };
  }
}

/**
 * The admin arranges the main menu, the footer links and the home blocks: the whole list is saved at once,
 * on the version read (a conflict offers the latest), and the publisher re-renders what the menu is on.
 */
export function MenusPage() {
  const { p, action } = usePagesWords();
  const { session } = useSession();
  useDocumentTitle(p('menusTitle'));
  const [menuId, setMenuId] = useState<MenuId>('main');
  const allowed = can.readMenus(session.principal);
  const loaded = useResource(
    async () => (allowed ? { menu: await pagesApi.menu(menuId), pages: await pagesApi.list() } : undefined),
    [menuId, allowed],
  );
  const history = useResource(
    () => (allowed ? pagesApi.menuHistory(menuId) : Promise.resolve([])),
    [menuId, allowed],
  );
  const [menu, setMenu] = useState<MenuView | undefined>();
  const [items, setItems] = useState<MenuItem[]>([]);
  const [featured, setFeatured] = useState({ vi: '', en: '' });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [message, setMessage] = useState<string | undefined>();
  const act = useAction();
  const ready = loaded.resource.state === 'ready' ? loaded.resource.value : undefined;
  useEffect(() => {
    if (!ready) return;
    setMenu(ready.menu);
    setItems(ready.menu.items);
    setFeatured({ vi: ready.menu.featuredArticleIds?.vi ?? '', en: ready.menu.featuredArticleIds?.en ?? '' });
  }, [ready]);

  if (!allowed) return <Forbidden />;
  const pages: Page[] = ready?.pages ?? [];
  const title = (id: string | undefined) => pages.find((page) => page.id === id)?.title;
  const labelOf = (item: MenuItem) =>
    item.labelVi ??
    (item.target.kind === 'page' ? (title(item.target.vi) ?? title(item.target.en)) : undefined) ??
    p(`kind_${item.target.kind}`);
  const targetText = (target: MenuTarget) => {
    switch (target.kind) {
      case 'page':
        return [title(target.vi), title(target.en)].filter(Boolean).join(' / ');
      case 'path':
        return `${target.vi} · ${target.en}`;
      case 'url':
        return target.url;
      default:
        return '—';
    }
  };
  const move = (index: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    setItems(next);
  };
  const editable = can.saveMenus(session.principal);
  const onSave = (event: Event) => {
    event.preventDefault();
    void act.run(async () => {
      const saved = await pagesApi.saveMenu(menuId, {
        items,
        ...(menuId === 'home'
          ? {
              featuredArticleIds: {
                ...(featured.vi ? { vi: featured.vi } : {}),
                ...(featured.en ? { en: featured.en } : {}),
              },
            }
          : {}),
        ...(menu && 'version' in menu ? { expectedVersion: menu.version } : {}),
      });
      setMenu(saved);
      setMessage(p('menuSaved', { menu: p(`menu_${menuId}`) }));
      history.reload();
    });
  };
  const onAdd = () => {
    const item: MenuItem = {
      target: targetOf(draft),
      ...(draft.labelVi ? { labelVi: draft.labelVi } : {}),
      ...(draft.labelEn ? { labelEn: draft.labelEn } : {}),
    };
    setItems([...items, item]);
    setDraft(emptyDraft);
  };

  return (
    <>
      <PageTitle>{p('menusTitle')}</PageTitle>
      <p class="intro">{p('menusIntro')}</p>
      <Field id="menu-choice" label={p('chooseMenu')}>
        <select
          {...controlOf('menu-choice', false, undefined)}
          value={menuId}
          onChange={(event) => {
            setMessage(undefined);
            setMenuId(event.currentTarget.value as MenuId);
          }}
        >
          {menuIds.map((id) => (
            <option key={id} value={id}>
              {p(`menu_${id}`)}
            </option>
          ))}
        </select>
      </Field>
      {loaded.resource.state === 'error' ? (
        <ErrorNotice error={loaded.resource.error} onRetry={loaded.reload} />
      ) : null}
      {!ready ? (
        <Loading />
      ) : (
        <form onSubmit={onSave} noValidate>
          <ActionError
            error={act.error}
            conflictTitle={p('conflict')}
            reloadLabel={p('reloadLatest')}
            onReload={loaded.reload}
          />
          <DataTable
            caption={p('itemsCaption', { menu: p(`menu_${menuId}`) })}
            columns={[p('colLabel'), p('colKind'), p('colTarget'), p('colActions')]}
          >
            {items.map((item, index) => (
              <tr key={`${index}-${item.target.kind}`}>
                <th scope="row">{labelOf(item)}</th>
                <td>{p(`kind_${item.target.kind}`)}</td>
                <td class="wrap-anywhere">{targetText(item.target)}</td>
                <td>
                  {editable ? (
                    <>
                      <button
                        type="button"
                        class="button button-quiet"
                        aria-label={p('moveUpItem', { label: labelOf(item) })}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        {p('moveUp')}
                      </button>
                      <button
                        type="button"
                        class="button button-quiet"
                        aria-label={p('moveDownItem', { label: labelOf(item) })}
                        disabled={index === items.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        {p('moveDown')}
                      </button>
                      <button
                        type="button"
                        class="button button-quiet"
                        aria-label={p('removeItem', { label: labelOf(item) })}
                        onClick={() => setItems(items.filter((_, at) => at !== index))}
                      >
                        {p('remove')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
          {editable ? (
            <fieldset class="panel">
              <legend>{p('addItem')}</legend>
              <Field id="item-kind" label={p('fieldKind')}>
                <select
                  {...controlOf('item-kind', false, undefined)}
                  value={draft.kind}
                  onChange={(event) => setDraft({ ...draft, kind: event.currentTarget.value as Kind })}
                >
                  {kinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {p(`kind_${kind}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="item-label-vi" label={p('fieldLabelVi')}>
                <input
                  {...controlOf('item-label-vi', false, undefined)}
                  type="text"
                  maxLength={80}
                  value={draft.labelVi}
                  onInput={(event) => setDraft({ ...draft, labelVi: event.currentTarget.value })}
                />
              </Field>
              <Field id="item-label-en" label={p('fieldLabelEn')}>
                <input
                  {...controlOf('item-label-en', false, undefined)}
                  type="text"
                  maxLength={80}
                  value={draft.labelEn}
                  onInput={(event) => setDraft({ ...draft, labelEn: event.currentTarget.value })}
                />
              </Field>
              {draft.kind === 'page'
                ? (['vi', 'en'] as const).map((language) => (
                    <Field
                      key={language}
                      id={`item-page-${language}`}
                      label={`${p('fieldPage')} (${language === 'vi' ? p('langVi') : p('langEn')})`}
                    >
                      <select
                        {...controlOf(`item-page-${language}`, false, undefined)}
                        value={language === 'vi' ? draft.pageVi : draft.pageEn}
                        onChange={(event) =>
                          setDraft({
                            ...draft,
                            ...(language === 'vi'
                              ? { pageVi: event.currentTarget.value }
                              : { pageEn: event.currentTarget.value }),
                          })
                        }
                      >
                        <option value="">—</option>
                        {pages
                          .filter((page) => page.language === language)
                          .map((page) => (
                            <option key={page.id} value={page.id}>
                              {page.title}
                            </option>
                          ))}
                      </select>
                    </Field>
                  ))
                : null}
              {draft.kind === 'path' ? (
                <>
                  <Field id="item-path-vi" label={p('fieldPathVi')}>
                    <input
                      {...controlOf('item-path-vi', false, undefined)}
                      type="text"
                      value={draft.pathVi}
                      onInput={(event) => setDraft({ ...draft, pathVi: event.currentTarget.value })}
                    />
                  </Field>
                  <Field id="item-path-en" label={p('fieldPathEn')}>
                    <input
                      {...controlOf('item-path-en', false, undefined)}
                      type="text"
                      value={draft.pathEn}
                      onInput={(event) => setDraft({ ...draft, pathEn: event.currentTarget.value })}
                    />
                  </Field>
                </>
              ) : null}
              {draft.kind === 'url' ? (
                <Field id="item-url" label={p('fieldUrl')}>
                  <input
                    {...controlOf('item-url', false, undefined)}
                    type="url"
                    value={draft.url}
                    onInput={(event) => setDraft({ ...draft, url: event.currentTarget.value })}
                  />
                </Field>
              ) : null}
              <ActionButton emphasis="secondary" onClick={onAdd}>
                {p('addItem')}
              </ActionButton>
            </fieldset>
          ) : null}
          {menuId === 'home'
            ? (['vi', 'en'] as const).map((language) => (
                <ArticlePicker
                  key={language}
                  id={`featured-${language}`}
                  label={p(language === 'vi' ? 'fieldFeaturedVi' : 'fieldFeaturedEn')}
                  language={language}
                  value={featured[language]}
                  readOnly={!editable}
                  onChange={(id) => setFeatured({ ...featured, [language]: id })}
                />
              ))
            : null}
          <div class="form-actions">
            <StatusMessage message={message} />
            {editable ? (
              <ActionButton type="submit" emphasis="primary" busy={act.busy}>
                {p('saveMenu')}
              </ActionButton>
            ) : null}
          </div>
        </form>
      )}
      <HistorySection
        history={history.resource}
        onRetry={history.reload}
        actionLabel={action}
        statusLabel={(status) => status}
      />
    </>
  );
}
