import { officialEnglishPairs } from '#shared/domain/english-versions.ts';
import type { Official } from '#shared/domain/organisation.ts';
import { organisationApi } from '../api/organisation.ts';
import {
  checked,
  optionalText,
  type ReferenceDraft,
  type ReferenceField,
  typedNumber,
} from '../components/reference-form.tsx';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { EnglishIndicator } from './english.tsx';
import { useDirectoryWords } from './i18n.ts';
import { ReferenceEditor, RowActions, useReferenceScreen } from './reference-screen.tsx';

/**
 * Focal-point officials: their official contacts are public by duty (the contacts page); the English of
 * their position is required, and the English column says what is missing or stale.
 */
type Name =
  | 'id'
  | 'unitId'
  | 'name'
  | 'positionVi'
  | 'positionEn'
  | 'roleVi'
  | 'roleEn'
  | 'phone'
  | 'email'
  | 'listed'
  | 'order';

const draftOf = (official: Official | undefined, firstUnit: string): ReferenceDraft<Name> =>
  official
    ? {
        id: official.id,
        unitId: official.unitId,
        name: official.name,
        positionVi: official.positionVi,
        positionEn: official.positionEn,
        roleVi: official.roleVi,
        roleEn: official.roleEn,
        phone: official.phone ?? '',
        email: official.email ?? '',
        listed: String(official.listed),
        order: String(official.order),
      }
    : {
        id: '',
        unitId: firstUnit,
        name: '',
        positionVi: '',
        positionEn: '',
        roleVi: '',
        roleEn: '',
        phone: '',
        email: '',
        listed: 'true',
        order: '10',
      };

export function OfficialsPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('officialsTitle'));
  const allowed = can.manageOrganisation(session.principal);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? Promise.all([organisationApi.officials(), organisationApi.units()]).then(([officials, units]) => ({
            officials,
            units,
          }))
        : Promise.resolve({ officials: [], units: [] }),
    [allowed],
  );
  const screen = useReferenceScreen((official: Official) => organisationApi.officialHistory(official.id));
  const { editing, message } = screen;
  if (!allowed) return <Forbidden />;
  const ready = resource.state === 'ready' ? resource.value : { officials: [], units: [] };
  const units = [...ready.units].sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
  const unitName = new Map(
    units.map((unit) => [unit.id, lang === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi]),
  );
  const officials = [...ready.officials].sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi'),
  );
  const fields: ReferenceField<Name>[] = [
    {
      name: 'id',
      label: d('fieldCode'),
      hint: editing ? d('fieldCodeFixed') : d('fieldCodeHint'),
      max: 100,
      isKey: true,
    },
    { name: 'name', label: d('fieldPersonName'), max: 120 },
    {
      name: 'unitId',
      label: d('fieldUnit'),
      max: 100,
      control: {
        options: units.map((unit) => ({ value: unit.id, label: unitName.get(unit.id) ?? unit.id })),
      },
    },
    { name: 'positionVi', label: d('fieldPositionVi'), max: 200 },
    { name: 'positionEn', label: d('fieldPositionEn'), max: 200 },
    { name: 'roleVi', label: d('fieldRoleVi'), max: 300 },
    { name: 'roleEn', label: d('fieldRoleEn'), max: 300 },
    { name: 'phone', label: d('fieldPhone'), max: 20 },
    { name: 'email', label: d('fieldEmail'), max: 200, control: 'email' },
    { name: 'listed', label: d('fieldListed'), max: 5, control: 'checkbox' },
    { name: 'order', label: d('fieldOrder'), max: 3, control: 'number' },
  ];
  const submit = (draft: ReferenceDraft<Name>) => {
    const phone = optionalText(draft.phone);
    const email = optionalText(draft.email);
    const values = {
      unitId: draft.unitId,
      name: draft.name,
      positionVi: draft.positionVi,
      positionEn: draft.positionEn,
      roleVi: draft.roleVi,
      roleEn: draft.roleEn,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      listed: checked(draft.listed),
      order: typedNumber(draft.order),
    };
    return editing
      ? organisationApi.updateOfficial(editing.id, { ...values, expectedVersion: editing.version })
      : organisationApi.createOfficial({ ...values, id: draft.id.trim() });
  };
  return (
    <>
      <PageTitle>{d('officialsTitle')}</PageTitle>
      <p class="intro">{d('officialsIntro')}</p>
      <StatusMessage message={message} />
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={officials}
        empty={d('officialsEmpty')}
        caption={d('officialsCaption')}
        count={resource.state === 'ready' ? String(officials.length) : undefined}
        columns={[
          d('fieldPersonName'),
          d('colUnit'),
          d('colContact'),
          d('colEnglish'),
          { label: d('colActions'), hidden: true as const },
        ]}
        row={(official) => (
          <tr key={official.id}>
            <th scope="row">
              {official.name}
              <br />
              {lang === 'en' && official.positionEn ? official.positionEn : official.positionVi}
              {official.listed ? null : (
                <>
                  <br />
                  <span class="badge">{d('listedNo')}</span>
                </>
              )}
            </th>
            <td>{unitName.get(official.unitId) ?? official.unitId}</td>
            <td class="wrap-anywhere">
              {official.phone}
              {official.phone && official.email ? <br /> : null}
              {official.email}
            </td>
            <td>
              <EnglishIndicator record={official} pairs={officialEnglishPairs} times={official.fieldTimes} />
            </td>
            <RowActions screen={screen} item={official} name={official.name} />
          </tr>
        )}
      />
      <ReferenceEditor
        screen={screen}
        ready={resource.state === 'ready'}
        idPrefix="official"
        fields={fields}
        initial={draftOf(editing, units[0]?.id ?? '')}
        name={(official) => official.name}
        words={{
          newTitle: d('newOfficialTitle'),
          editTitle: (name) => d('editOfficialTitle', { name }),
          create: d('createOfficial'),
          save: d('saveOfficial'),
          conflictTitle: d('officialConflict'),
        }}
        submit={submit}
        saved={(name, created) => d(created ? 'officialCreated' : 'officialSaved', { name })}
        refresh={() => void refresh()}
      />
    </>
  );
}
