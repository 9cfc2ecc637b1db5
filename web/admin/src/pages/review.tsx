import { useState } from 'preact/hooks';
import type { Page } from '#shared/domain/page.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { pagesApi } from '../api/pages.ts';
import { DecisionPanel } from '../components/decision-panel.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, Link, MetaList, PageTitle, useDocumentTitle, useFocusOn } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { PageStatusBadge } from './common.tsx';
import { usePagesWords } from './i18n.ts';

/** The Director's queue of pages, oldest submission first. */
export function PageReviewQueuePage() {
  const { p, lang } = usePagesWords();
  const { session } = useSession();
  useDocumentTitle(p('reviewQueueTitle'));
  const allowed = can.seePageReviewQueue(session.principal);
  const queue = useResource(() => (allowed ? pagesApi.reviewQueue() : Promise.resolve([])), [allowed]);
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageTitle>{p('reviewQueueTitle')}</PageTitle>
      <ItemTable
        resource={queue.resource}
        onRetry={queue.reload}
        items={queue.resource.state === 'ready' ? queue.resource.value : []}
        empty={p('reviewQueueEmpty')}
        caption={p('reviewQueueTitle')}
        columns={[p('colTitle'), p('fieldLanguage'), p('colUpdated')]}
        row={(page) => (
          <tr key={page.id}>
            <th scope="row">
              <Link href={paths.pageReviewItem(page.id)}>{page.title}</Link>
            </th>
            <td>{page.language === 'vi' ? p('langVi') : p('langEn')}</td>
            <td>{formatDateTime(page.updatedAt, lang)}</td>
          </tr>
        )}
      />
    </>
  );
}

/** One page under review: the public page as it will look (sandboxed frame) and the Director's decisions. */
export function PageReviewItemPage(props: { id: string }) {
  const { p, lang } = usePagesWords();
  const { session } = useSession();
  const allowed = can.seePageReviewQueue(session.principal);
  const loaded = useResource(async () => {
    if (!allowed) return undefined;
    const { page, latest } = await pagesApi.get(props.id);
    return { page, latest, html: await pagesApi.preview(page.id) };
  }, [props.id, allowed]);
  const view = loaded.resource.state === 'ready' ? loaded.resource.value : undefined;
  useDocumentTitle(`${p('reviewTitle')}: ${view?.page.title ?? ''}`);
  if (!allowed) return <Forbidden />;
  return (
    <>
      <p class="breadcrumb">
        <Link href={paths.pageReview()}>{p('reviewQueueTitle')}</Link>
      </p>
      <PageTitle>
        {p('reviewTitle')}
        {view ? `: ${view.page.title}` : ''}
      </PageTitle>
      <ResourceStatus resource={loaded.resource} onRetry={loaded.reload} />
      {view ? (
        <div class="review-layout">
          <section class="review-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{p('preview')}</h2>
            <iframe class="preview-frame" title={p('preview')} sandbox="" srcdoc={view.html} />
          </section>
          <aside class="review-side" aria-labelledby="decision-heading">
            <h2 id="decision-heading">{p('reviewTitle')}</h2>
            <MetaList
              items={[
                [p('colStatus'), <PageStatusBadge status={view.page.status} />],
                [p('colUpdated'), formatDateTime(view.page.updatedAt, lang)],
              ]}
            />
            <Decisions
              page={view.page}
              revisionAuthor={view.latest.savedBy}
              onDecided={(page) => loaded.set({ ...view, page })}
              onReload={loaded.reload}
            />
          </aside>
        </div>
      ) : null}
    </>
  );
}

function Decisions(props: {
  page: Page;
  revisionAuthor: string;
  onDecided: (page: Page) => void;
  onReload: () => void;
}) {
  const { p } = usePagesWords();
  const { session } = useSession();
  const { page } = props;
  const [message, setMessage] = useState<string | undefined>();
  const messageRef = useFocusOn(message);
  const own = page.authorId === session.principal.userId || props.revisionAuthor === session.principal.userId;
  if (!can.decidePages(session.principal) || own) return <p class="notice notice-info">{p('ownPage')}</p>;
  const open = page.status === 'in_review';
  return (
    <div class="decisions">
      <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite">
        {message ? <p class="notice notice-success">{message}</p> : null}
      </div>
      {!open && !message ? <p class="notice notice-info">{p('notInReview')}</p> : null}
      {open ? (
        <DecisionPanel
          conflictTitle={p('conflict')}
          reloadLabel={p('reloadLatest')}
          onReload={props.onReload}
          onDecided={(result, text) => {
            setMessage(text);
            props.onDecided(result);
          }}
          outcomes={[
            {
              label: p('approve'),
              emphasis: 'primary',
              decide: () => pagesApi.approve(page.id, page.version),
              done: () => p('approved'),
            },
            {
              label: p('returnPage'),
              emphasis: 'warning',
              note: {
                id: 'return-note',
                label: p('returnNote'),
                hint: p('returnNoteRequired'),
                rows: 4,
                path: 'note',
                required: { minLength: 3, message: p('returnNoteRequired') },
              },
              decide: ({ note }) => pagesApi.returnPage(page.id, { expectedVersion: page.version, note }),
              done: () => p('returned'),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
