import { useEffect, useState } from 'preact/hooks';
import { organisationApi, type RebuildStatus } from '../api/organisation.ts';
import { ApiError, problemTitle } from '../api/transport.ts';
import { ActionButton, Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useDirectoryWords } from './i18n.ts';

/**
 * The administrator's full rebuild (decision 141): starts the rebuild's state machine and follows its
 * progress item (REBUILD#<id>/PROGRESS), every few seconds while it runs, with the failed partitions.
 */
const POLL_MS = 3000;
const finished = (status: RebuildStatus['status']) => status === 'done' || status === 'failed';

export function RebuildPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('rebuildTitle'));
  const allowed = can.rebuildSite(session.principal);
  const [rebuildId, setRebuildId] = useState<string | undefined>();
  const [progress, setProgress] = useState<RebuildStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  useEffect(() => {
    if (!rebuildId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await organisationApi.rebuild(rebuildId);
        if (stopped) return;
        setProgress(next);
        if (!finished(next.status)) timer = setTimeout(() => void poll(), POLL_MS);
      } catch {
        if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [rebuildId]);
  if (!allowed) return <Forbidden />;
  const running = progress !== undefined && !finished(progress.status);
  const start = async () => {
    if (busy || running) return;
    setBusy(true);
    try {
      const started = await organisationApi.startRebuild();
      setProgress(undefined);
      setRebuildId(started.rebuildId);
      setMessage(d('rebuildStarted', { id: started.rebuildId }));
    } catch (error) {
      // Another rebuild runs (409 rebuild-running), or the API could not be reached: say so.
      setMessage(error instanceof ApiError ? (problemTitle(error, lang) ?? error.message) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle>{d('rebuildTitle')}</PageTitle>
      <p class="intro">{d('rebuildIntro')}</p>
      <StatusMessage message={message} />
      <p class="actions">
        <ActionButton emphasis="primary" busy={busy || running} onClick={() => void start()}>
          {d('rebuildStart')}
        </ActionButton>
      </p>
      {progress ? (
        <section class="panel" aria-labelledby="rebuild-progress-heading" aria-live="polite">
          <h2 id="rebuild-progress-heading">{d('rebuildProgress')}</h2>
          <p data-rebuild-status={progress.status}>
            <strong>{d(`rebuild_${progress.status}`)}</strong>
          </p>
          {'total' in progress ? (
            <>
              <p>
                <progress
                  max={Math.max(progress.total * 2, 1)}
                  value={progress.rendered + progress.promoted}
                  aria-label={d('rebuildProgress')}
                />{' '}
                {d('rebuildCounts', {
                  rendered: String(progress.rendered),
                  promoted: String(progress.promoted),
                  total: String(progress.total),
                })}
              </p>
              {progress.files !== undefined ? (
                <p>{d('rebuildFiles', { files: String(progress.files) })}</p>
              ) : null}
              {progress.failed.length > 0 ? (
                <>
                  <h3>{d('rebuildFailedParts')}</h3>
                  <ul>
                    {progress.failed.map((failure) => (
                      <li key={failure.partition}>
                        <code>{failure.partition}</code>: {failure.error}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
