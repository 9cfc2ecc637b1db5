import { useEffect, useRef, useState } from 'preact/hooks';
import type { LegalDocument } from '#shared/domain/gazette.ts';
import { gazetteApi } from '../api/gazette.ts';
import { FormErrors, failureOf, useFieldFailure } from '../components/form.tsx';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  Field,
  Forbidden,
  PageTitle,
  setFlash,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { formatDate } from './common.tsx';
import { useGazetteWords } from './i18n.ts';

const PAGES = /^\d+(-\d+)?$/;
/** Pages to keep loading the accepted documents for (an issue holds at most 30 of them anyway). */
const MAX_PAGES = 10;

type Chosen = { documentId: string; pages: string };
/** `title`, `entries` (the issue as a whole), or `doc:<id>` (one chosen document's row). */
type ErrorKey = string;

async function acceptedDocuments(): Promise<LegalDocument[]> {
  const all: LegalDocument[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await gazetteApi.listDocuments({ status: 'accepted', cursor });
    all.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return all;
}

/**
 * "Soạn số Công báo": choose accepted documents, put them in order, give each its pages, title the
 * issue, create it. The issue page then offers "Trình duyệt" (send to the director).
 */
export function ComposePage() {
  const words = useGazetteWords();
  const { g, lang } = words;
  const { session } = useSession();
  useDocumentTitle(g('composeTitle'));
  const allowed = can.composeIssues(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? acceptedDocuments() : Promise.resolve([])),
    [allowed],
  );
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const failure = useFieldFailure<ErrorKey>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState<string | undefined>();
  const orderHeading = useRef<HTMLHeadingElement>(null);
  /** After a move the list re-renders; focus goes back to the button that was pressed. */
  const focusAfterRender = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = focusAfterRender.current;
    focusAfterRender.current = undefined;
    if (id) document.getElementById(id)?.focus();
  }, [chosen]);

  if (!allowed) return <Forbidden />;

  const documents = resource.state === 'ready' ? resource.value : [];
  const byId = new Map(documents.map((document) => [document.id, document]));
  const numberSymbolOf = (id: string) => byId.get(id)?.numberSymbol ?? id;
  const { errorOf } = failure;

  const toggle = (id: string, checked: boolean) => {
    setChosen((previous) =>
      checked
        ? previous.some((entry) => entry.documentId === id)
          ? previous
          : [...previous, { documentId: id, pages: '' }]
        : previous.filter((entry) => entry.documentId !== id),
    );
  };

  const move = (index: number, by: -1 | 1, buttonId: string) => {
    const target = index + by;
    if (target < 0 || target >= chosen.length) return;
    const next = [...chosen];
    const [entry] = next.splice(index, 1);
    if (!entry) return;
    next.splice(target, 0, entry);
    focusAfterRender.current = buttonId;
    setChosen(next);
    setAnnouncement(g('movedTo', { numberSymbol: numberSymbolOf(entry.documentId), n: target + 1 }));
  };

  const remove = (id: string) => {
    setChosen((previous) => previous.filter((entry) => entry.documentId !== id));
    orderHeading.current?.focus();
  };

  const setPages = (id: string, pages: string) =>
    setChosen((previous) => previous.map((entry) => (entry.documentId === id ? { ...entry, pages } : entry)));

  const order: ErrorKey[] = ['title', 'entries', ...chosen.map((entry) => `doc:${entry.documentId}`)];
  const idOf = (key: ErrorKey) =>
    key === 'title' ? 'issue-title' : key === 'entries' ? 'issue-order-heading' : `pages-${key.slice(4)}`;
  const labelOf = (key: ErrorKey) =>
    key === 'title'
      ? g('issueTitle')
      : key === 'entries'
        ? g('order')
        : g('pagesOf', { numberSymbol: numberSymbolOf(key.slice(4)) });

  const create = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // What can be said without asking the server, said at once and next to each field.
    const found: Partial<Record<ErrorKey, string>> = {};
    if (title.trim().length < 3) found.title = g('titleRequired');
    if (chosen.length === 0) found.entries = g('chooseAtLeastOne');
    for (const entry of chosen) {
      if (!PAGES.test(entry.pages.trim())) found[`doc:${entry.documentId}`] = g('pagesInvalid');
    }
    if (Object.keys(found).length > 0) {
      failure.invalid(found);
      return;
    }
    setBusy(true);
    failure.setFailure(undefined);
    try {
      const issue = await gazetteApi.composeIssue({
        title: title.trim(),
        entries: chosen.map((entry) => ({ documentId: entry.documentId, pages: entry.pages.trim() })),
      });
      setFlash(g('issueCreated'));
      navigate(paths.gazetteIssue(issue.id));
    } catch (error) {
      failure.setFailure(
        failureOf(error, lang, (path) => {
          const [head, index] = path.split('.');
          if (head === 'title') return 'title';
          if (head !== 'entries') return undefined;
          const entry = index === undefined ? undefined : chosen[Number(index)];
          return entry ? `doc:${entry.documentId}` : 'entries';
        }),
      );
      // A document someone else took in the meantime: show the list as it is now.
      void refresh();
    } finally {
      setBusy(false);
    }
  };

  const titleError = errorOf('title');
  const entriesError = errorOf('entries');

  return (
    <>
      <PageTitle>{g('composeTitle')}</PageTitle>
      <p class="intro">{g('composeIntro')}</p>
      <form class="gazette-form" onSubmit={create} noValidate>
        <FormErrors
          state={failure}
          fields={{ order, idOf, labelOf }}
          conflict={{ title: g('conflict'), detail: g('conflictDetail'), reloadLabel: g('reload') }}
          onReload={() => void refresh()}
        />

        <Field id="issue-title" label={g('issueTitle')} hint={g('issueTitleHint')} error={titleError}>
          <input
            {...controlOf('issue-title', true, titleError)}
            type="text"
            maxLength={200}
            value={title}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
        </Field>

        <section aria-labelledby="accepted-heading">
          <h2 id="accepted-heading">{g('acceptedDocuments')}</h2>
          <ItemTable
            resource={resource}
            onRetry={() => void refresh()}
            items={documents}
            empty={g('acceptedEmpty')}
            caption={g('acceptedDocuments')}
            columns={[
              g('colNumberSymbol'),
              g('colType'),
              g('colIssuingBody'),
              g('fieldIssueDate'),
              g('colAbstract'),
            ]}
            row={(document) => (
              <tr key={document.id}>
                <th scope="row">
                  <div class="field-checkbox">
                    <input
                      id={`choose-${document.id}`}
                      type="checkbox"
                      checked={chosen.some((entry) => entry.documentId === document.id)}
                      onChange={(event) => toggle(document.id, event.currentTarget.checked)}
                    />
                    <label for={`choose-${document.id}`}>{document.numberSymbol}</label>
                  </div>
                </th>
                <td>{words.documentType(document.documentType)}</td>
                <td>{document.issuingBody}</td>
                <td>{formatDate(document.issueDate)}</td>
                <td class="abstract-cell">{document.abstract}</td>
              </tr>
            )}
          />
        </section>

        <section aria-labelledby="issue-order-heading" class={entriesError ? 'field-invalid' : undefined}>
          <h2 id="issue-order-heading" tabIndex={-1} ref={orderHeading}>
            {g('order')}
          </h2>
          {entriesError ? <p class="field-error">{entriesError}</p> : null}
          <div class="status-region" role="status" aria-live="polite">
            {announcement ? <p class="visually-hidden">{announcement}</p> : null}
          </div>
          {chosen.length === 0 ? <p class="empty">{g('orderEmpty')}</p> : null}
          {chosen.length > 0 ? (
            <ol class="issue-order">
              {chosen.map((entry, index) => {
                const document = byId.get(entry.documentId);
                const numberSymbol = numberSymbolOf(entry.documentId);
                const pagesId = `pages-${entry.documentId}`;
                const error = errorOf(`doc:${entry.documentId}`);
                const upId = `up-${entry.documentId}`;
                const downId = `down-${entry.documentId}`;
                return (
                  <li key={entry.documentId}>
                    <p class="order-title">
                      <strong>{numberSymbol}</strong>
                      {document ? ` — ${document.abstract}` : ''}
                    </p>
                    <Field
                      id={pagesId}
                      label={g('pagesOf', { numberSymbol })}
                      hint={g('pagesHint')}
                      error={error}
                    >
                      <input
                        {...controlOf(pagesId, true, error)}
                        type="text"
                        inputMode="numeric"
                        class="input-short"
                        maxLength={11}
                        value={entry.pages}
                        onInput={(event) => setPages(entry.documentId, event.currentTarget.value)}
                      />
                    </Field>
                    <p class="actions">
                      <button
                        id={upId}
                        type="button"
                        class="button button-quiet"
                        aria-disabled={index === 0 ? 'true' : undefined}
                        onClick={() => move(index, -1, upId)}
                      >
                        {g('moveUp', { numberSymbol })}
                      </button>
                      <button
                        id={downId}
                        type="button"
                        class="button button-quiet"
                        aria-disabled={index === chosen.length - 1 ? 'true' : undefined}
                        onClick={() => move(index, 1, downId)}
                      >
                        {g('moveDown', { numberSymbol })}
                      </button>
                      <button
                        type="button"
                        class="button button-quiet"
                        onClick={() => remove(entry.documentId)}
                      >
                        {g('removeFromIssue', { numberSymbol })}
                      </button>
                    </p>
                  </li>
                );
              })}
            </ol>
          ) : null}
        </section>

        <div class="form-actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {busy ? g('creating') : g('createIssue')}
          </ActionButton>
        </div>
      </form>
    </>
  );
}
