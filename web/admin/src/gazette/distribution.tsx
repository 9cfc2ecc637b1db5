import { useEffect, useState } from 'preact/hooks';
import type { Agency } from '#shared/domain/directory.ts';
import type { DistributionEntry } from '#shared/domain/gazette.ts';
import { contentApi } from '../api/content.ts';
import { type DistributionInput, gazetteApi } from '../api/gazette.ts';
import { FormErrors, failureOf, useFieldFailure } from '../components/form.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { DataTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
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
  // The list is read by more roles than may edit it (shared/auth/policies/gazette.ts).
  const allowed = can.readDistribution(session.principal);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? Promise.all([contentApi.agencies(), gazetteApi.distribution()])
        : Promise.resolve<[Agency[], DistributionEntry[]]>([[], []]),
    [allowed],
  );
  const [rows, setRows] = useState<Row[] | undefined>();
  const failure = useFieldFailure<string>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  // Dependencies: fresh data from the server replaces the rows (after loading and after saving).
  useEffect(() => {
    if (resource.state === 'ready') setRows(rowsOf(resource.value[0], resource.value[1], lang));
  }, [resource, lang]);

  const fieldId = (agencyId: string, what: 'copies' | 'note') => `distribution-${what}-${agencyId}`;
  const { errorOf } = failure;
  const update = (agencyId: string, change: Partial<Row>) => {
    setRows((previous) => previous?.map((row) => (row.agencyId === agencyId ? { ...row, ...change } : row)));
    setMessage(undefined);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!rows || busy) return;
    const found: Record<string, string> = {};
    const entries: DistributionInput[] = [];
    for (const row of rows) {
      const copies = copiesOf(row.copies);
      if (copies === undefined) found[`copies:${row.agencyId}`] = g('copiesInvalid');
      else if (copies > 0) entries.push({ agencyId: row.agencyId, copies, note: row.note.trim() });
    }
    if (Object.keys(found).length > 0) {
      failure.invalid(found);
      return;
    }
    setBusy(true);
    failure.setFailure(undefined);
    setMessage(undefined);
    try {
      const saved = await gazetteApi.saveDistribution(entries);
      if (resource.state === 'ready') setRows(rowsOf(resource.value[0], saved, lang));
      setMessage(g('distributionSaved'));
    } catch (error) {
      failure.setFailure(
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

  /**
   * One agency's copies or note. The column header is visible; the (visually hidden) label names the
   * agency for a screen reader.
   */
  const cell = (row: Row, what: 'copies' | 'note') => {
    const id = fieldId(row.agencyId, what);
    const error = errorOf(`${what}:${row.agencyId}`);
    const kind =
      what === 'copies'
        ? {
            type: 'number' as const,
            class: 'input-short',
            min: 0,
            max: 50,
            step: 1,
            inputMode: 'numeric' as const,
          }
        : { type: 'text' as const, maxLength: 500 };
    return (
      <td>
        <label class="visually-hidden" for={id}>
          {g(what === 'note' ? 'noteFor' : 'copiesFor', { agency: row.name })}
        </label>
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <input
          {...kind}
          {...controlOf(id, false, error)}
          value={row[what]}
          readOnly={!editable}
          onInput={(event) => update(row.agencyId, { [what]: event.currentTarget.value })}
        />
      </td>
    );
  };

  return (
    <>
      <PageTitle>{g('distributionTitle')}</PageTitle>
      <p class="intro">{g('distributionIntro')}</p>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {rows && rows.length === 0 ? <p class="empty">{g('noAgencies')}</p> : null}
      {rows && rows.length > 0 ? (
        <form onSubmit={save} noValidate>
          <FormErrors
            state={failure}
            fields={{
              order,
              idOf: (key) => {
                const [what, agencyId = ''] = key.split(':');
                return fieldId(agencyId, what === 'note' ? 'note' : 'copies');
              },
              labelOf: (key) => {
                const [what, agencyId = ''] = key.split(':');
                return g(what === 'note' ? 'noteFor' : 'copiesFor', { agency: nameOf(agencyId) });
              },
            }}
            conflict={{ title: g('conflict'), detail: g('conflictDetail'), reloadLabel: g('reload') }}
            onReload={() => void refresh()}
          />
          <DataTable
            caption={g('distributionTitle')}
            columns={[g('colAgency'), g('colCopies'), g('colDistributionNote')]}
          >
            {rows.map((row) => (
              <tr
                key={row.agencyId}
                class={
                  errorOf(`copies:${row.agencyId}`) || errorOf(`note:${row.agencyId}`)
                    ? 'row-invalid'
                    : undefined
                }
              >
                <th scope="row">{row.name}</th>
                {cell(row, 'copies')}
                {cell(row, 'note')}
              </tr>
            ))}
          </DataTable>
          <p class="count">{g('totalCopies', { n: total, agencies: receiving })}</p>
          {editable ? (
            <div class="form-actions">
              <StatusMessage message={message} />
              <ActionButton type="submit" emphasis="primary" busy={busy}>
                {busy ? g('saving') : g('saveDistribution')}
              </ActionButton>
            </div>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
