import { useCallback, useState } from 'preact/hooks';
import {
  type Agency,
  type AgencyKind,
  agencyKindLabels,
  agencyKindSchema,
} from '#shared/domain/directory.ts';
import { contentApi } from '../api/content.ts';
import {
  optionalText,
  type ReferenceDraft,
  type ReferenceField,
  ReferenceForm,
} from '../components/reference-form.tsx';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Field, Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { ItemHistory } from './history.tsx';
import { useDirectoryWords } from './i18n.ts';

/**
 * The province's agencies (People's Council and Committee, departments, communes, wards, special zones),
 * kept by the administrator: list by kind, add, edit. The code is what accounts and documents refer to,
 * so it never changes.
 */
type Name = 'id' | 'nameVi' | 'nameEn' | 'kind' | 'email' | 'website';

const kinds = agencyKindSchema.options;
const isKind = (value: string): value is AgencyKind => kinds.some((kind) => kind === value);

const draftOf = (agency: Agency | undefined): ReferenceDraft<Name> =>
  agency
    ? {
        id: agency.id,
        nameVi: agency.nameVi,
        nameEn: agency.nameEn,
        kind: agency.kind,
        email: agency.email ?? '',
        website: agency.website ?? '',
      }
    : { id: '', nameVi: '', nameEn: '', kind: 'commune', email: '', website: '' };

export function AgenciesPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('agenciesTitle'));
  const allowed = can.manageAgencies(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? contentApi.agencies() : Promise.resolve([])),
    [allowed],
  );
  const [kindFilter, setKindFilter] = useState<AgencyKind | 'all'>('all');
  const [editing, setEditing] = useState<Agency | undefined>();
  const [historyOf, setHistoryOf] = useState<Agency | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const loadHistory = useCallback(
    () => (historyOf ? contentApi.agencyHistory(historyOf.id) : Promise.resolve([])),
    [historyOf],
  );
  if (!allowed) return <Forbidden />;
  const kindName = (kind: AgencyKind) => agencyKindLabels[kind][lang];
  const name = (agency: Agency) => (lang === 'en' ? agency.nameEn : agency.nameVi);
  const agencies =
    resource.state === 'ready'
      ? resource.value
          .filter((agency) => kindFilter === 'all' || agency.kind === kindFilter)
          .sort(
            (a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.nameVi.localeCompare(b.nameVi, 'vi'),
          )
      : [];
  const fields: ReferenceField<Name>[] = [
    {
      name: 'id',
      label: d('fieldAgencyId'),
      hint: editing ? d('fieldAgencyIdFixed') : d('fieldAgencyIdHint'),
      max: 80,
      isKey: true,
    },
    {
      name: 'kind',
      label: d('fieldAgencyKind'),
      max: 40,
      control: { options: kinds.map((kind) => ({ value: kind, label: kindName(kind) })) },
    },
    { name: 'nameVi', label: d('fieldAgencyNameVi'), max: 200 },
    { name: 'nameEn', label: d('fieldAgencyNameEn'), max: 200 },
    { name: 'email', label: d('fieldAgencyEmail'), max: 200, control: 'email' },
    {
      name: 'website',
      label: d('fieldAgencyWebsite'),
      hint: d('fieldAgencyWebsiteHint'),
      max: 300,
      control: 'url',
    },
  ];
  const submit = (draft: ReferenceDraft<Name>) => {
    const kind = isKind(draft.kind) ? draft.kind : 'other';
    const values = {
      nameVi: draft.nameVi,
      nameEn: draft.nameEn,
      kind,
      ...(optionalText(draft.email) ? { email: optionalText(draft.email) } : {}),
      ...(optionalText(draft.website) ? { website: optionalText(draft.website) } : {}),
    };
    return editing
      ? contentApi.updateAgency(editing.id, { ...values, expectedVersion: editing.version })
      : contentApi.createAgency({ ...values, id: draft.id.trim() });
  };
  return (
    <>
      <PageTitle>{d('agenciesTitle')}</PageTitle>
      <p class="intro">{d('agenciesIntro')}</p>
      <StatusMessage message={message} />
      <Field id="agency-kind-filter" label={d('filterKind')}>
        <select
          id="agency-kind-filter"
          value={kindFilter}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setKindFilter(isKind(value) ? value : 'all');
          }}
        >
          <option value="all">{d('allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindName(kind)}
            </option>
          ))}
        </select>
      </Field>
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={agencies}
        empty={d('agenciesEmpty')}
        caption={d('agenciesCaption', { kind: kindFilter === 'all' ? d('allKinds') : kindName(kindFilter) })}
        count={resource.state === 'ready' ? String(agencies.length) : undefined}
        columns={[
          d('fieldAgencyNameVi'),
          d('fieldAgencyNameEn'),
          d('colKind'),
          d('colContact'),
          { label: d('colActions'), hidden: true as const },
        ]}
        row={(agency) => (
          <tr key={agency.id}>
            <th scope="row">
              {agency.nameVi}
              <br />
              <code>{agency.id}</code>
            </th>
            <td lang="en">{agency.nameEn}</td>
            <td>{kindName(agency.kind)}</td>
            <td class="wrap-anywhere">
              {agency.email ? <a href={`mailto:${agency.email}`}>{agency.email}</a> : null}
              {agency.email && agency.website ? <br /> : null}
              {agency.website ? (
                <a href={agency.website} rel="noopener noreferrer" target="_blank">
                  {agency.website}
                </a>
              ) : null}
            </td>
            <td class="row-actions">
              <button type="button" class="button button-quiet" onClick={() => setEditing(agency)}>
                {d('editAgency', { name: name(agency) })}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setHistoryOf(agency)}>
                {d('showHistory', { name: name(agency) })}
              </button>
            </td>
          </tr>
        )}
      />
      {historyOf ? <ItemHistory key={historyOf.id} name={name(historyOf)} load={loadHistory} /> : null}
      {resource.state === 'ready' ? (
        <ReferenceForm
          key={editing ? `${editing.id}-${editing.version}` : 'new'}
          idPrefix="agency"
          fields={fields}
          editing={editing}
          initial={draftOf(editing)}
          words={{
            newTitle: d('newAgencyTitle'),
            editTitle: editing ? d('editAgencyTitle', { name: name(editing) }) : '',
            create: d('createAgency'),
            save: d('saveAgency'),
            conflictTitle: d('agencyConflict'),
          }}
          submit={submit}
          onCancel={() => setEditing(undefined)}
          onReload={() => void refresh()}
          onSaved={(saved, created) => {
            const renamed = editing && (editing.nameVi !== saved.nameVi || editing.nameEn !== saved.nameEn);
            setEditing(undefined);
            setMessage(
              d(created ? 'agencyCreated' : renamed ? 'agencyRenamed' : 'agencySaved', { name: name(saved) }),
            );
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
