import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AuditEntry } from '#shared/domain/audit.ts';
import type { Agency } from '#shared/domain/directory.ts';
import type { DocumentStatus, IssueStatus, StoredFile } from '#shared/domain/gazette.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { ApiError, fieldMessage } from '../api.ts';
import { ErrorNotice, Loading } from '../components/ui.tsx';
import type { Lang } from '../i18n.ts';
import { gazetteApi } from './api.ts';
import { type GazetteKey, useGazetteWords } from './i18n.ts';

// ---------- Status badges (the article badges' colours, all above 7:1) ----------

const documentBadge: Record<DocumentStatus, string> = {
  submitted: 'in-review',
  in_review: 'in-review',
  returned: 'returned',
  accepted: 'published',
  in_issue: 'scheduled',
  published: 'published',
  failed: 'returned',
};
const issueBadge: Record<IssueStatus, string> = {
  composing: 'draft',
  awaiting_approval: 'in-review',
  scheduled: 'scheduled',
  publishing: 'scheduled',
  published: 'published',
  failed: 'returned',
};

export function DocumentStatusBadge(props: { status: DocumentStatus }) {
  const words = useGazetteWords();
  return (
    <span class={`badge badge-${documentBadge[props.status]}`}>{words.documentStatus(props.status)}</span>
  );
}

export function IssueStatusBadge(props: { status: IssueStatus }) {
  const words = useGazetteWords();
  return <span class={`badge badge-${issueBadge[props.status]}`}>{words.issueStatus(props.status)}</span>;
}

// ---------- Loading that can refresh in the background ----------

/** The loading line, or the load's error with a retry button; nothing once the answer is in. */
export function ResourceStatus(props: { resource: Resource<unknown>; onRetry: () => void }) {
  if (props.resource.state === 'loading') return <Loading />;
  if (props.resource.state === 'error')
    return <ErrorNotice error={props.resource.error} onRetry={props.onRetry} />;
  return null;
}

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; value: T };

/**
 * Loads once per `deps` change, like useLoad; `refresh` loads again in the background while the screen
 * keeps what it shows (polling must not blank a form the user is typing in), `set` puts an answer the
 * screen already has (the result of an action) in place.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  // Dependencies: the caller names what the load depends on.
  useEffect(() => {
    generation.current += 1;
    const mine = generation.current;
    setResource({ state: 'loading' });
    loadRef.current().then(
      (value) => mine === generation.current && setResource({ state: 'ready', value }),
      (error: unknown) => mine === generation.current && setResource({ state: 'error', error }),
    );
  }, deps);
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
  return { resource, refresh, set };
}

/**
 * The state machines move documents and issues on by themselves (validating → in review, approved →
 * publishing → published): while `enabled`, refresh every `intervalMs`, for at most `timeoutMs`.
 * Answers whether it gave up waiting.
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
  const { g } = useGazetteWords();
  return (
    <div role="status" aria-live="polite" class="refresh-note">
      {props.polling && !props.timedOut ? <p class="loading">{g('autoRefreshing')}</p> : null}
      {props.timedOut ? (
        <p>
          {g('autoRefreshStopped')}{' '}
          <button type="button" class="button button-quiet" onClick={props.onReload}>
            {g('reload')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

// ---------- Agencies (names for ids) ----------

let agencies: Promise<Agency[]> | undefined;

/** The agency directory, fetched once per session of the SPA (it changes rarely). */
function loadAgencies(): Promise<Agency[]> {
  agencies ??= gazetteApi.agencies().catch((error: unknown) => {
    agencies = undefined;
    throw error;
  });
  return agencies;
}

/** An agency's name in the UI language; its id until the directory is loaded (or if it is not there). */
export function useAgencyName(): (id: string) => string {
  const { lang } = useGazetteWords();
  const [list, setList] = useState<Agency[] | undefined>();
  useEffect(() => {
    let current = true;
    loadAgencies().then(
      (loaded) => current && setList(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return (id) => {
    const agency = list?.find((candidate) => candidate.id === id);
    return agency ? (lang === 'en' ? agency.nameEn : agency.nameVi) : id;
  };
}

// ---------- Formatting ----------

/** `2026-11-20` → `20/11/2026` (a calendar date: no time zone involved). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

export function formatSize(bytes: number, lang: Lang): string {
  const format = (value: number) =>
    value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

// ---------- A message for the next screen (after "create", the new item's page says so) ----------

let flash: string | undefined;
export const setFlash = (message: string) => {
  flash = message;
};
export function useFlash(): string | undefined {
  const [message] = useState(() => {
    const taken = flash;
    flash = undefined;
    return taken;
  });
  return message;
}

// ---------- Field errors from problem+json `errors[].path` ----------

export type FieldFailure<Name extends string> =
  | { kind: 'validation'; fields: Partial<Record<Name, string>>; unplaced: string[] }
  | { kind: 'conflict' }
  | { kind: 'other'; error: unknown };

/** Sorts a failed request's field errors onto the form's fields; what no field takes is kept too. */
export function failureOf<Name extends string>(
  error: unknown,
  lang: Lang,
  fieldOf: (path: string) => Name | undefined,
  labelOf: (path: string) => string = (path) => path,
): FieldFailure<Name> {
  if (error instanceof ApiError && error.isConflict) return { kind: 'conflict' };
  if (error instanceof ApiError && (error.problem?.errors.length ?? 0) > 0) {
    const fields: Partial<Record<Name, string>> = {};
    const unplaced: string[] = [];
    for (const entry of error.problem?.errors ?? []) {
      const name = fieldOf(entry.path);
      const text = fieldMessage(entry, lang);
      if (name && !fields[name]) fields[name] = text;
      else if (!name) unplaced.push(`${labelOf(entry.path)}: ${text}`);
    }
    return { kind: 'validation', fields, unplaced };
  }
  return { kind: 'other', error };
}

/**
 * The list of what to fix, at the top of a form: each entry links to its field. It takes focus when it
 * appears (the container is focusable), so keyboard and screen reader users land on it.
 */
export function ErrorSummary<Name extends string>(props: {
  order: readonly Name[];
  fields: Partial<Record<Name, string>>;
  unplaced: string[];
  idOf: (name: Name) => string;
  labelOf: (name: Name) => string;
}) {
  const { g } = useGazetteWords();
  return (
    <div class="notice notice-error error-summary" role="alert">
      <p class="notice-title">{g('errorSummaryTitle')}</p>
      <ul>
        {props.order.flatMap((name) => {
          const text = props.fields[name];
          if (!text) return [];
          const id = props.idOf(name);
          return [
            <li key={name}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {props.labelOf(name)}: {text}
              </a>
            </li>,
          ];
        })}
        {props.unplaced.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

export function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/** A failure shown where the form's summary goes: the conflict, the field list, or the error. */
export function FailureNotice<Name extends string>(props: {
  failure: FieldFailure<Name> | undefined;
  order: readonly Name[];
  idOf: (name: Name) => string;
  labelOf: (name: Name) => string;
  onReload: () => void;
}) {
  const { g } = useGazetteWords();
  const { failure } = props;
  if (!failure) return null;
  if (failure.kind === 'conflict') {
    return (
      <div class="notice notice-error" role="alert">
        <p class="notice-title">{g('conflict')}</p>
        <p>{g('conflictDetail')}</p>
        <button type="button" class="button button-secondary" onClick={props.onReload}>
          {g('reload')}
        </button>
      </div>
    );
  }
  if (failure.kind === 'validation') {
    return (
      <ErrorSummary
        order={props.order}
        fields={failure.fields}
        unplaced={failure.unplaced}
        idOf={props.idOf}
        labelOf={props.labelOf}
      />
    );
  }
  return <ErrorNotice error={failure.error} />;
}

/** Focus goes to `ref` whenever `value` becomes truthy (an error summary, an outcome message). */
export function useFocusOn(value: unknown) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (value) ref.current?.focus();
  }, [value]);
  return ref;
}

// ---------- History ----------

export function HistorySection(props: {
  entity: 'document' | 'issue';
  load: () => Promise<AuditEntry[]>;
  /** Changes whenever the subject changed, so the history follows. */
  refreshKey: unknown;
}) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const { resource, refresh } = useResource(props.load, []);
  const first = useRef(true);
  // Dependencies: a new state of the subject means new history entries.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refresh();
  }, [props.refreshKey]);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{g('history')}</h2>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {resource.state === 'ready' && resource.value.length === 0 ? <p>{g('historyEmpty')}</p> : null}
      {resource.state === 'ready' && resource.value.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">{g('history')}</caption>
            <thead>
              <tr>
                <th scope="col">{g('colWhen')}</th>
                <th scope="col">{g('colWho')}</th>
                <th scope="col">{g('colAction')}</th>
                <th scope="col">{g('colTransition')}</th>
                <th scope="col">{g('colNote')}</th>
              </tr>
            </thead>
            <tbody>
              {resource.value.map((entry, index) => (
                <tr key={`${entry.at}-${entry.action}-${index}`}>
                  <td>{formatDateTime(entry.at, lang)}</td>
                  <td>{entry.actorName}</td>
                  <td>{words.action(entry.action)}</td>
                  <td>
                    {entry.fromStatus || entry.toStatus
                      ? `${words.historyStatus(props.entity, entry.fromStatus)} → ${words.historyStatus(props.entity, entry.toStatus)}`
                      : '—'}
                  </td>
                  <td class="wrap-anywhere">{entry.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

// ---------- Files ----------

export function FileTable(props: { files: { role: GazetteKey; file: StoredFile; href?: string }[] }) {
  const { g, lang } = useGazetteWords();
  return (
    <div class="table-wrap">
      <table class="data-table file-table">
        <thead>
          <tr>
            <th scope="col">{g('colFileRole')}</th>
            <th scope="col">{g('colFile')}</th>
            <th scope="col">{g('colSize')}</th>
            <th scope="col">{g('colSha256')}</th>
            <th scope="col">{g('colKey')}</th>
          </tr>
        </thead>
        <tbody>
          {props.files.map(({ role, file, href }) => (
            <tr key={file.key}>
              <td>{g(role)}</td>
              <td class="file-name">{href ? <a href={href}>{file.fileName}</a> : file.fileName}</td>
              <td>{formatSize(file.size, lang)}</td>
              <td>
                <code class="hash">{file.sha256}</code>
              </td>
              <td>
                <code class="wrap-anywhere">{file.key}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

// ---------- The status filter above a list ----------

/** A labelled status select and the button that applies it; `onApply` gets the query to navigate to. */
export function StatusFilter(props: {
  id: string;
  value: string;
  withAll: boolean;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  onApply: (query: URLSearchParams) => void;
}) {
  const { g } = useGazetteWords();
  return (
    <form
      class="filters"
      aria-label={g('filterStatus')}
      onSubmit={(event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        if (props.value) query.set('status', props.value);
        props.onApply(query);
      }}
    >
      <div class="field">
        <label for={props.id}>{g('filterStatus')}</label>
        <select
          id={props.id}
          value={props.value}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        >
          {props.withAll ? <option value="">{g('filterAll')}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div class="filter-actions">
        <button type="submit" class="button button-secondary">
          {g('applyFilter')}
        </button>
      </div>
    </form>
  );
}
