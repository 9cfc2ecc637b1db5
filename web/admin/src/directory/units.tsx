import { unitEnglishPairs } from '#shared/domain/english-versions.ts';
import { type Unit, type UnitKind, unitKindLabels, unitKindSchema } from '#shared/domain/organisation.ts';
import { contentApi } from '../api/content.ts';
import { organisationApi } from '../api/organisation.ts';
import {
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
 * The organisation chart as data: units with their functions in both languages and their parent, kept by
 * the administrator; the English column says what English is missing or older than the Vietnamese.
 */
type Name =
  | 'id'
  | 'kind'
  | 'parentId'
  | 'agencyId'
  | 'order'
  | 'nameVi'
  | 'nameEn'
  | 'functionsVi'
  | 'functionsEn';

const kinds = unitKindSchema.options;
const isKind = (value: string): value is UnitKind => kinds.some((kind) => kind === value);

const draftOf = (unit: Unit | undefined): ReferenceDraft<Name> =>
  unit
    ? {
        id: unit.id,
        kind: unit.kind,
        parentId: unit.parentId ?? '',
        agencyId: unit.agencyId ?? '',
        order: String(unit.order),
        nameVi: unit.nameVi,
        nameEn: unit.nameEn,
        functionsVi: unit.functionsVi,
        functionsEn: unit.functionsEn,
      }
    : {
        id: '',
        kind: 'division',
        parentId: '',
        agencyId: '',
        order: '10',
        nameVi: '',
        nameEn: '',
        functionsVi: '',
        functionsEn: '',
      };

export function UnitsPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('unitsTitle'));
  const allowed = can.manageOrganisation(session.principal);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? Promise.all([organisationApi.units(), contentApi.agencies()]).then(([units, agencies]) => ({
            units,
            agencies,
          }))
        : Promise.resolve({ units: [], agencies: [] }),
    [allowed],
  );
  const screen = useReferenceScreen((unit: Unit) => organisationApi.unitHistory(unit.id));
  const { editing, message } = screen;
  if (!allowed) return <Forbidden />;
  const ready = resource.state === 'ready' ? resource.value : { units: [], agencies: [] };
  const units = [...ready.units].sort((a, b) => a.order - b.order || a.nameVi.localeCompare(b.nameVi, 'vi'));
  const name = (unit: Unit) => (lang === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const fields: ReferenceField<Name>[] = [
    {
      name: 'id',
      label: d('fieldCode'),
      hint: editing ? d('fieldCodeFixed') : d('fieldCodeHint'),
      max: 100,
      isKey: true,
    },
    {
      name: 'kind',
      label: d('fieldUnitKind'),
      max: 20,
      control: { options: kinds.map((kind) => ({ value: kind, label: unitKindLabels[kind][lang] })) },
    },
    {
      name: 'parentId',
      label: d('fieldParent'),
      max: 100,
      control: {
        options: [
          { value: '', label: d('noParent') },
          ...units
            .filter((unit) => unit.id !== editing?.id)
            .map((unit) => ({ value: unit.id, label: name(unit) })),
        ],
      },
    },
    {
      name: 'agencyId',
      label: d('fieldAgency'),
      max: 100,
      control: {
        options: [
          { value: '', label: d('noAgency') },
          ...ready.agencies.map((agency) => ({
            value: agency.id,
            label: lang === 'en' ? agency.nameEn : agency.nameVi,
          })),
        ],
      },
    },
    { name: 'order', label: d('fieldOrder'), max: 3, control: 'number' },
    { name: 'nameVi', label: d('fieldNameVi'), max: 200 },
    { name: 'nameEn', label: d('fieldNameEn'), max: 200 },
    {
      name: 'functionsVi',
      label: d('fieldFunctionsVi'),
      hint: d('fieldFunctionsHint'),
      max: 4000,
      control: 'textarea',
      rows: 6,
    },
    {
      name: 'functionsEn',
      label: d('fieldFunctionsEn'),
      hint: d('fieldFunctionsHint'),
      max: 4000,
      control: 'textarea',
      rows: 6,
    },
  ];
  const submit = (draft: ReferenceDraft<Name>) => {
    const parentId = optionalText(draft.parentId);
    const agencyId = optionalText(draft.agencyId);
    const values = {
      kind: isKind(draft.kind) ? draft.kind : 'division',
      ...(parentId ? { parentId } : {}),
      ...(agencyId ? { agencyId } : {}),
      order: typedNumber(draft.order),
      nameVi: draft.nameVi,
      nameEn: draft.nameEn,
      functionsVi: draft.functionsVi,
      functionsEn: draft.functionsEn,
    };
    return editing
      ? organisationApi.updateUnit(editing.id, { ...values, expectedVersion: editing.version })
      : organisationApi.createUnit({ ...values, id: draft.id.trim() });
  };
  return (
    <>
      <PageTitle>{d('unitsTitle')}</PageTitle>
      <p class="intro">{d('unitsIntro')}</p>
      <StatusMessage message={message} />
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={units}
        empty={d('unitsEmpty')}
        caption={d('unitsCaption')}
        count={resource.state === 'ready' ? String(units.length) : undefined}
        columns={[
          d('fieldNameVi'),
          d('fieldParent'),
          d('colEnglish'),
          { label: d('colActions'), hidden: true as const },
        ]}
        row={(unit) => {
          const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
          return (
            <tr key={unit.id} data-unit={unit.id}>
              <th scope="row">
                {unit.nameVi}
                <br />
                <code>{unit.id}</code>
              </th>
              <td>{parent ? name(parent) : '—'}</td>
              <td>
                <EnglishIndicator record={unit} pairs={unitEnglishPairs} times={unit.fieldTimes} />
              </td>
              <RowActions screen={screen} item={unit} name={name(unit)} />
            </tr>
          );
        }}
      />
      <ReferenceEditor
        screen={screen}
        ready={resource.state === 'ready'}
        idPrefix="unit"
        fields={fields}
        initial={draftOf(editing)}
        name={name}
        words={{
          newTitle: d('newUnitTitle'),
          editTitle: (unitName) => d('editUnitTitle', { name: unitName }),
          create: d('createUnit'),
          save: d('saveUnit'),
          conflictTitle: d('unitConflict'),
        }}
        submit={submit}
        saved={(unitName, created) => d(created ? 'unitCreated' : 'unitSaved', { name: unitName })}
        refresh={() => void refresh()}
      />
    </>
  );
}
