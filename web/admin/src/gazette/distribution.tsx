import { useEffect, useState } from 'preact/hooks';
import type { Agency } from '#shared/domain/directory.ts';
import type { DistributionEntry } from '#shared/domain/gazette.ts';
import { Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { gazetteApi } from './api.ts';
import {
  FailureNotice,
  type FieldFailure,
  failureOf,
  ResourceStatus,
  useFocusOn,
  useResource,
} from './common.tsx';
import { useGazetteWords } from './i18n.ts';

type Row = { agencyId: string; name: string; copies: string; note: string };

/** One row per agency of the directory, plus listed agencies the directory no longer has. */
function rowsOf(agencies: Agency[], entries: DistributionEntry[], lang: 'vi' | 'en'): Row[] {
  const listed = new Map(entries.map((entry) => [entry.agencyId, entry]));
  const rows: Row[] = agencies.map((agency) => {
    const entry = listed.get(agency.id);
    return {
      agencyId: agency.id,
      name: lang === 'en' ? agency.nameEn : agency.nameVi,
      copies: entry ? String(entry.copies) : '0',
      note: entry?.note ?? '',
    };
  });
  for (const entry of entries) {
    if (!agencies.some((agency) => agency.id === entry.agencyId)) {
      rows.push({
        agencyId: entry.agencyId,
        name: entry.agencyId,
        copies: String(entry.copies),
        note: entry.note,
      });
    }
  }
  return rows;
}

const copiesOf = (value: string): number | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return 0;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const copies = Number(trimmed);
  return copies <= 50 ? copies : undefined;
};

/**
 * "Danh sách cấp phát miễn phí": which agencies receive printed copies of the Gazette free of charge, and
 * how many. The whole list is saved at once (PUT); agencies with 0 copies are left out of it.
 */
export function DistributionPage() {
  const { g, lang } = useGazetteWords();
  const { session } = useSession();
  useDocumentTitle(g('distributionTitle'));
  const editable = can.editDistribution(session.principal);
  // The list is read by those who may read issues (functions/gazette/policy.ts), edited by fewer.
  const allowed = can.readIssues(session.principal);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? Promise.all([gazetteApi.agencies(), gazetteApi.distribution()])
        : Promise.resolve<[Agency[], DistributionEntry[]]>([[], []]),
    [allowed],
  );
  const [rows, setRows] = useState<Row[] | undefined>();
  const [failure, setFailure] = useState<FieldFailure<string> | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const summaryRef = useFocusOn(failure);
  // Dependencies: fresh data from the server replaces the rows (after loading and after saving).
  useEffect(() => {
    if (resource.state === 'ready') setRows(rowsOf(resource.value[0], resource.value[1], lang));
  }, [resource, lang]);

  const fieldId = (agencyId: string, what: 'copies' | 'note') => `distribution-${what}-${agencyId}`;
  const errorOf = (key: string) => (failure?.kind === 'validation' ? failure.fields[key] : undefined);
  const update = (agencyId: string, change: Partial<Row>) => {
    setRows((previous) => previous?.map((row) => (row.agencyId === agencyId ? { ...row, ...change } : row)));
    setMessage(undefined);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!rows || busy) return;
    const found: Record<string, string> = {};
    const entries: { agencyId: string; copies: number; note: string }[] = [];
    for (const row of rows) {
      const copies = copiesOf(row.copies);
      if (copies === undefined) found[`copies:${row.agencyId}`] = g('copiesInvalid');
      else if (copies > 0) entries.push({ agencyId: row.agencyId, copies, note: row.note.trim() });
    }
    if (Object.keys(found).length > 0) {
      setFailure({ kind: 'validation', fields: found, unplaced: [] });
      return;
    }
    setBusy(true);
    setFailure(undefined);
    setMessage(undefined);
    try {
      const saved = await gazetteApi.saveDistribution(entries);
      if (resource.state === 'ready') setRows(rowsOf(resource.value[0], saved, lang));
      setMessage(g('distributionSaved'));
    } catch (error) {
      setFailure(
        failureOf(error, lang, (path) => {
          const [head, index, field] = path.split('.');
          const entry = head === 'entries' && index !== undefined ? entries[Number(index)] : undefined;
          if (!entry) return undefined;
          return `${field === 'note' ? 'note' : 'copies'}:${entry.agencyId}`;
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const total = (rows ?? []).reduce((sum, row) => sum + (copiesOf(row.copies) ?? 0), 0);
  const receiving = (rows ?? []).filter((row) => (copiesOf(row.copies) ?? 0) > 0).length;
  const nameOf = (agencyId: string) => rows?.find((row) => row.agencyId === agencyId)?.name ?? agencyId;
  const order = (rows ?? []).flatMap((row) => [`copies:${row.agencyId}`, `note:${row.agencyId}`]);
  if (!allowed) return <Forbidden />;

  return (
    <>
      <PageTitle>{g('distributionTitle')}</PageTitle>
      <p class="intro">{g('distributionIntro')}</p>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {rows && rows.length === 0 ? <p class="empty">{g('noAgencies')}</p> : null}
      {rows && rows.length > 0 ? (
        <form onSubmit={save} noValidate>
          <div ref={summaryRef} tabIndex={-1} class="error-anchor">
            <FailureNotice
              failure={failure}
              order={order}
              idOf={(key) => {
                const [what, agencyId = ''] = key.split(':');
                return fieldId(agencyId, what === 'note' ? 'note' : 'copies');
              }}
              labelOf={(key) => {
                const [what, agencyId = ''] = key.split(':');
                return g(what === 'note' ? 'noteFor' : 'copiesFor', { agency: nameOf(agencyId) });
              }}
              onReload={() => void refresh()}
            />
          </div>
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">{g('distributionTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{g('colAgency')}</th>
                  <th scope="col">{g('colCopies')}</th>
                  <th scope="col">{g('colDistributionNote')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const copiesId = fieldId(row.agencyId, 'copies');
                  const noteId = fieldId(row.agencyId, 'note');
                  const copiesError = errorOf(`copies:${row.agencyId}`);
                  const noteError = errorOf(`note:${row.agencyId}`);
                  return (
                    <tr key={row.agencyId} class={copiesError || noteError ? 'row-invalid' : undefined}>
                      <th scope="row">{row.name}</th>
                      <td>
                        {/* The column header is visible; the label names the agency for a screen reader. */}
                        <label class="visually-hidden" for={copiesId}>
                          {g('copiesFor', { agency: row.name })}
                        </label>
                        {copiesError ? (
                          <p class="field-error" id={`${copiesId}-error`}>
                            {copiesError}
                          </p>
                        ) : null}
                        <input
                          id={copiesId}
                          type="number"
                          class="input-short"
                          min={0}
                          max={50}
                          step={1}
                          inputMode="numeric"
                          value={row.copies}
                          readOnly={!editable}
                          aria-invalid={copiesError ? true : undefined}
                          aria-describedby={copiesError ? `${copiesId}-error` : undefined}
                          onInput={(event) => update(row.agencyId, { copies: event.currentTarget.value })}
                        />
                      </td>
                      <td>
                        <label class="visually-hidden" for={noteId}>
                          {g('noteFor', { agency: row.name })}
                        </label>
                        {noteError ? (
                          <p class="field-error" id={`${noteId}-error`}>
                            {noteError}
                          </p>
                        ) : null}
                        <input
                          id={noteId}
                          type="text"
                          maxLength={500}
                          value={row.note}
                          readOnly={!editable}
                          aria-invalid={noteError ? true : undefined}
                          aria-describedby={noteError ? `${noteId}-error` : undefined}
                          onInput={(event) => update(row.agencyId, { note: event.currentTarget.value })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p class="count">{g('totalCopies', { n: total, agencies: receiving })}</p>
          {editable ? (
            <div class="form-actions">
              <StatusMessage message={message} />
              <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
                {busy ? g('saving') : g('saveDistribution')}
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
