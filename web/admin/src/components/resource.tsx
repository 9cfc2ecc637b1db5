import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { ErrorNotice, Loading } from './ui.tsx';

/** What a screen loaded from the API: still loading, failed (with the error to show), or there. */
export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; value: T };

export type LoadedResource<T> = {
  resource: Resource<T>;
  /** Loads again from scratch: the screen shows "loading" meanwhile (a retry, a new state after an action). */
  reload: () => void;
  /**
   * Loads again in the background: the screen keeps what it shows until the answer is in (polling must not
   * blank a form the user is typing in). A failure keeps the shown value; answers the value, if any.
   */
  refresh: () => Promise<T | undefined>;
  /** Puts a value the screen already has (the answer of an action) in place. */
  set: (value: T) => void;
};

/** Loads once per `deps` change (the caller names what the load depends on). Superseded answers are dropped. */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): LoadedResource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const reload = useCallback(() => {
    generation.current += 1;
    const mine = generation.current;
    setResource({ state: 'loading' });
    loadRef.current().then(
      (value) => mine === generation.current && setResource({ state: 'ready', value }),
      (error: unknown) => mine === generation.current && setResource({ state: 'error', error }),
    );
  }, []);
  // Dependencies: the caller names what the load depends on.
  useEffect(reload, deps);
  const refresh = useCallback(async (): Promise<T | undefined> => {
    const mine = generation.current;
    try {
      const value = await loadRef.current();
      if (mine === generation.current) setResource({ state: 'ready', value });
      return value;
    } catch (error) {
      if (mine === generation.current) {
        setResource((previous) => (previous.state === 'ready' ? previous : { state: 'error', error }));
      }
      return undefined;
    }
  }, []);
  const set = useCallback((value: T) => setResource({ state: 'ready', value }), []);
  return { resource, reload, refresh, set };
}

/** The loading line, or the load's error with a retry button; nothing once the answer is in. */
export function ResourceStatus(props: { resource: Resource<unknown>; onRetry: () => void }) {
  if (props.resource.state === 'loading') return <Loading />;
  if (props.resource.state === 'error')
    return <ErrorNotice error={props.resource.error} onRetry={props.onRetry} />;
  return null;
}

// ---------- Reference data: read once, shown when it is there ----------

/** A read done once per session of the SPA (reference data that changes rarely); a failure is retried. */
export function sessionCache<T>(load: () => Promise<T>): { get: () => Promise<T>; forget: () => void } {
  let pending: Promise<T> | undefined;
  return {
    get: () => {
      pending ??= load().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
    forget: () => {
      pending = undefined;
    },
  };
}

/** A value read in the background for labels and selects: undefined until it is there (or if it failed). */
export function useLoaded<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>();
  const loadRef = useRef(load);
  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (loaded) => current && setValue(() => loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return value;
}

// ---------- Lists that page on ("Tải thêm") ----------

export type Page<T> = { items: T[]; nextCursor?: string | undefined };

export type PagedList<T> = {
  /** The first page. */
  first: LoadedResource<Page<T>>;
  /** Every item shown: the first page and the pages loaded after it. */
  items: T[];
  /** Set when there is more to load. */
  nextCursor: string | undefined;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  moreError: unknown;
};

/**
 * A list read page by page: the first page loads per `deps` change (which also starts the paging over),
 * `loadMore` appends the next. Refreshing the first page keeps the pages after it.
 */
export function usePagedList<T>(
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): PagedList<T> {
  const first = useResource(() => loadPage(undefined), deps);
  const [more, setMore] = useState<Page<T> | undefined>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  // Dependencies: a new first page starts the paging over.
  useEffect(() => {
    setMore(undefined);
    setMoreError(undefined);
  }, deps);
  const page = first.resource.state === 'ready' ? first.resource.value : undefined;
  const items = page ? [...page.items, ...(more?.items ?? [])] : [];
  const nextCursor = more ? more.nextCursor : page?.nextCursor;
  const loadMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const answer = await loadPage(nextCursor);
      setMore((previous) => ({
        items: [...(previous?.items ?? []), ...answer.items],
        nextCursor: answer.nextCursor,
      }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };
  return { first, items, nextCursor, loadMore, loadingMore, moreError };
}

/** Under a paged list: the error of the last "load more", and the button while there is more. */
export function LoadMore(props: { list: Omit<PagedList<unknown>, 'first' | 'items'> }) {
  const { t } = useI18n();
  const { list } = props;
  return (
    <>
      {list.moreError ? <ErrorNotice error={list.moreError} /> : null}
      {list.nextCursor ? (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={list.loadMore}
            aria-disabled={list.loadingMore ? 'true' : undefined}
            aria-busy={list.loadingMore}
          >
            {list.loadingMore ? t('loading') : t('loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}

// ---------- Following a status that moves on by itself ----------

/**
 * Workflows move items on by themselves (submitted → in review, approved → publishing → published):
 * while `enabled`, refresh every `intervalMs`, for at most `timeoutMs`. Answers whether it gave up waiting.
 */
export function useAutoRefresh(
  enabled: boolean,
  refresh: () => Promise<unknown>,
  { intervalMs = 1000, timeoutMs = 60_000 }: { intervalMs?: number; timeoutMs?: number } = {},
): boolean {
  const [timedOut, setTimedOut] = useState(false);
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    setTimedOut(false);
    if (!enabled) return;
    let stopped = false;
    let timer: number | undefined;
    const deadline = Date.now() + timeoutMs;
    const tick = async () => {
      if (stopped) return;
      if (Date.now() > deadline) {
        setTimedOut(true);
        return;
      }
      await refreshRef.current().catch(() => undefined);
      if (!stopped) timer = window.setTimeout(tick, intervalMs);
    };
    timer = window.setTimeout(tick, intervalMs);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [enabled, intervalMs, timeoutMs]);
  return timedOut;
}

/** What the screen says while it waits for the workflow (announced politely), or that it stopped waiting. */
export function RefreshNote(props: { polling: boolean; timedOut: boolean; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" class="refresh-note">
      {props.polling && !props.timedOut ? <p class="loading">{t('autoRefreshing')}</p> : null}
      {props.timedOut ? (
        <p>
          {t('autoRefreshStopped')}{' '}
          <button type="button" class="button button-quiet" onClick={props.onReload}>
            {t('reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
