import { useCallback, useState } from 'preact/hooks';
import { allRoles, type Role, roleLabels } from '#shared/domain/roles.ts';
import {
  type StaffAccountView,
  type StaffStatus,
  staffStatusLabels,
  staffStatusSchema,
} from '#shared/domain/staff.ts';
import type { Language } from '#shared/domain/text.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { staffApi } from '../api/staff.ts';
import { useAgencyList, useAgencyName, useCategories } from '../components/directory.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import { FormErrors, type FormFields, failureOf, useFieldFailure } from '../components/form.tsx';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  CheckboxGroup,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFocusOn,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths, type StaffRoute } from '../router.ts';
import { useStaffWords } from './i18n.ts';

/**
 * Staff accounts (issue 13), the administrator's: the list with its filters (in the URL), a form to add an
 * account or change its name, e-mail, roles and agency, disable and enable, and each account's history.
 * A new local account's initial password is shown once, in a panel of its own.
 */
export function StaffScreen(props: { route: StaffRoute }) {
  return <StaffPage query={props.route.query} />;
}

const isStatus = (value: string): value is StaffStatus => staffStatusSchema.options.some((s) => s === value);
const isRole = (value: string): value is Role => allRoles.some((role) => role === value);

function StaffPage(props: { query: URLSearchParams }) {
  const { s, lang, action } = useStaffWords();
  const { session } = useSession();
  useDocumentTitle(s('staffTitle'));
  const allowed = can.manageStaff(session.principal);
  const applied = {
    status: props.query.get('status') ?? '',
    role: props.query.get('role') ?? '',
    agencyId: props.query.get('agencyId') ?? '',
    q: props.query.get('q') ?? '',
  };
  const filterKey = JSON.stringify(applied);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? staffApi.list({
            ...(isStatus(applied.status) ? { status: applied.status } : {}),
            ...(isRole(applied.role) ? { role: applied.role } : {}),
            ...(applied.agencyId ? { agencyId: applied.agencyId } : {}),
            ...(applied.q ? { q: applied.q } : {}),
          })
        : Promise.resolve([]),
    [allowed, filterKey],
  );
  const agencies = useAgencyList();
  const agencyName = useAgencyName();
  const [editing, setEditing] = useState<StaffAccountView | undefined>();
  const [historyOf, setHistoryOf] = useState<StaffAccountView | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [initialPassword, setInitialPassword] = useState<{ username: string; password: string }>();
  const [acting, setActing] = useState<string | undefined>();
  const [actionError, setActionError] = useState<unknown>();
  const loadHistory = useCallback(
    () => (historyOf ? staffApi.history(historyOf.username) : Promise.resolve([])),
    [historyOf],
  );
  const history = useResource(loadHistory, [loadHistory]);
  if (!allowed) return <Forbidden />;
  const accounts = resource.state === 'ready' ? resource.value : [];
  const roleName = (role: Role) => roleLabels[role][lang];
  const statusName = (status: string) => (isStatus(status) ? staffStatusLabels[status][lang] : status);

  const toggle = async (account: StaffAccountView) => {
    if (acting) return;
    setActing(account.username);
    setActionError(undefined);
    try {
      const changed =
        account.status === 'active'
          ? await staffApi.disable(account.username, account.version)
          : await staffApi.enable(account.username, account.version);
      setMessage(s(changed.status === 'disabled' ? 'staffDisabled' : 'staffEnabled', { name: changed.name }));
      if (editing?.username === account.username) setEditing(undefined);
      void refresh();
      if (historyOf?.username === account.username) setHistoryOf(changed);
    } catch (error) {
      setActionError(error);
    } finally {
      setActing(undefined);
    }
  };

  return (
    <>
      <PageTitle>{s('staffTitle')}</PageTitle>
      <p class="intro">{s('staffIntro')}</p>
      <StatusMessage message={message} />
      {initialPassword ? (
        <InitialPassword {...initialPassword} onDismiss={() => setInitialPassword(undefined)} />
      ) : null}
      {actionError ? <ErrorNotice error={actionError} /> : null}
      <FilterBar
        label={s('staffFilters')}
        applied={applied}
        applyLabel={s('applyFilters')}
        clear={{ label: s('clearFilters'), href: paths.staff() }}
        onApply={(query) => navigate(paths.staff(query))}
        filters={[
          { kind: 'text', param: 'q', id: 'staff-filter-words', label: s('filterWords'), max: 100 },
          {
            kind: 'select',
            param: 'status',
            id: 'staff-filter-status',
            label: s('filterStatus'),
            options: staffStatusSchema.options.map((status) => ({
              value: status,
              label: statusName(status),
            })),
          },
          {
            kind: 'select',
            param: 'role',
            id: 'staff-filter-role',
            label: s('filterRole'),
            options: allRoles.map((role) => ({ value: role, label: roleName(role) })),
          },
          {
            kind: 'select',
            param: 'agencyId',
            id: 'staff-filter-agency',
            label: s('filterAgency'),
            options: (agencies ?? []).map((agency) => ({
              value: agency.id,
              label: lang === 'en' ? agency.nameEn : agency.nameVi,
            })),
          },
        ]}
      />
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={accounts}
        empty={s('staffEmpty')}
        caption={s('staffCaption')}
        count={resource.state === 'ready' ? String(accounts.length) : undefined}
        columns={[
          s('colAccount'),
          s('colRoles'),
          s('colAgency'),
          s('colStatus'),
          s('colLastSignIn'),
          { label: s('colActions'), hidden: true as const },
        ]}
        row={(account) => (
          <tr key={account.username}>
            <th scope="row">
              {account.name}
              {account.userId === session.principal.userId ? ` ${s('youLabel')}` : ''}
              <br />
              <code>{account.username}</code>
              <br />
              <span class="wrap-anywhere">{account.email}</span>
            </th>
            <td>{account.roles.map(roleName).join(', ')}</td>
            <td>{account.agencyId ? agencyName(account.agencyId) : '—'}</td>
            <td>
              <StatusBadge
                tone={account.status === 'active' ? 'done' : 'withdrawn'}
                label={statusName(account.status)}
              />
            </td>
            <td>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, lang) : s('neverSignedIn')}</td>
            <td class="row-actions">
              <button type="button" class="button button-quiet" onClick={() => setEditing(account)}>
                {s('editStaff', { name: account.name })}
              </button>
              {account.userId === session.principal.userId && account.status === 'active' ? null : (
                <ActionButton
                  emphasis={account.status === 'active' ? 'warning' : 'secondary'}
                  busy={acting === account.username}
                  onClick={() => void toggle(account)}
                >
                  {s(account.status === 'active' ? 'disableStaff' : 'enableStaff', { name: account.name })}
                </ActionButton>
              )}
              <button type="button" class="button button-quiet" onClick={() => setHistoryOf(account)}>
                {s('showHistory', { name: account.name })}
              </button>
            </td>
          </tr>
        )}
      />
      {historyOf ? (
        <div class="panel">
          <p class="intro">{s('historyOf', { name: historyOf.name })}</p>
          <HistorySection
            history={history.resource}
            onRetry={history.reload}
            actionLabel={action}
            statusLabel={statusName}
          />
        </div>
      ) : null}
      {resource.state === 'ready' ? (
        <StaffForm
          key={editing ? `${editing.username}-${editing.version}` : 'new'}
          editing={editing}
          onCancel={() => setEditing(undefined)}
          onReload={() => {
            setEditing(undefined);
            void refresh();
          }}
          onSaved={(saved, created) => {
            setEditing(undefined);
            if (created?.password)
              setInitialPassword({ username: saved.username, password: created.password });
            setMessage(
              created
                ? created.password
                  ? s('staffCreated', { name: saved.name })
                  : s('staffCreatedInvited', { name: saved.name, email: saved.email })
                : s('staffSaved', { name: saved.name }),
            );
            void refresh();
            if (historyOf?.username === saved.username) setHistoryOf(saved);
          }}
        />
      ) : null}
    </>
  );
}

/** The one time a local account's initial password is shown; it is not kept anywhere once hidden. */
function InitialPassword(props: { username: string; password: string; onDismiss: () => void }) {
  const { s } = useStaffWords();
  const heading = useFocusOn<HTMLHeadingElement>(props.password);
  return (
    <section class="notice notice-success" aria-labelledby="initial-password-heading">
      <h2 id="initial-password-heading" tabIndex={-1} ref={heading}>
        {s('initialPasswordTitle', { username: props.username })}
      </h2>
      <p>{s('initialPasswordBody')}</p>
      <p>
        {s('initialPasswordLabel')}: <code data-testid="initial-password">{props.password}</code>
      </p>
      <button type="button" class="button button-secondary" onClick={props.onDismiss}>
        {s('dismissPassword')}
      </button>
    </section>
  );
}

type Name = 'username' | 'name' | 'email' | 'roles' | 'agencyId' | 'editorCategories' | 'editorLanguages';
type Draft = {
  username: string;
  name: string;
  email: string;
  roles: Role[];
  agencyId: string;
  editorCategories: string[];
  editorLanguages: Language[];
};

const draftOf = (account: StaffAccountView | undefined): Draft =>
  account
    ? {
        username: account.username,
        name: account.name,
        email: account.email,
        roles: [...account.roles],
        agencyId: account.agencyId ?? '',
        editorCategories: [...(account.editorCategories ?? [])],
        editorLanguages: [...(account.editorLanguages ?? [])],
      }
    : {
        username: '',
        name: '',
        email: '',
        roles: [],
        agencyId: '',
        editorCategories: [],
        editorLanguages: [],
      };

function StaffForm(props: {
  editing: StaffAccountView | undefined;
  onSaved: (account: StaffAccountView, created: { password: string | undefined } | undefined) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const { s } = useStaffWords();
  const agencies = useAgencyList();
  const categories = useCategories();
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.editing));
  const failure = useFieldFailure<Name>();
  const [busy, setBusy] = useState(false);
  const heading = useFocusOn<HTMLHeadingElement>(props.editing);
  const idOf = (name: Name) => `staff-${name}`;
  const labels: Record<Name, string> = {
    username: s('fieldUsername'),
    name: s('fieldName'),
    email: s('fieldEmail'),
    roles: s('fieldRoles'),
    agencyId: s('fieldAgency'),
    editorCategories: s('fieldEditorCategories'),
    editorLanguages: s('fieldEditorLanguages'),
  };
  const order: Name[] = [
    'username',
    'name',
    'email',
    'roles',
    'agencyId',
    'editorCategories',
    'editorLanguages',
  ];
  const isEditor = draft.roles.includes('editor');
  const fields: FormFields<Name> = { order, idOf, labelOf: (name) => labels[name] };
  const fieldOf = (path: string): Name | undefined => order.find((name) => path.split('.')[0] === name);
  const set = (changes: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...changes }));

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    failure.setFailure(undefined);
    const values = {
      name: draft.name,
      email: draft.email.trim(),
      roles: draft.roles,
      ...(draft.agencyId ? { agencyId: draft.agencyId } : {}),
      ...(isEditor
        ? { editorCategories: draft.editorCategories, editorLanguages: draft.editorLanguages }
        : {}),
    };
    try {
      if (props.editing) {
        const saved = await staffApi.update(props.editing.username, {
          ...values,
          expectedVersion: props.editing.version,
        });
        props.onSaved(saved, undefined);
      } else {
        const created = await staffApi.create({ ...values, username: draft.username.trim() });
        props.onSaved(created.account, { password: created.initialPassword });
        setDraft(draftOf(undefined));
      }
    } catch (error) {
      failure.setFailure(failureOf(error, lang, fieldOf, (path) => labels[fieldOf(path) ?? 'name'] ?? path));
    } finally {
      setBusy(false);
    }
  };

  const text = (name: 'username' | 'name' | 'email', options: { hint?: string; max: number }) => {
    const error = failure.errorOf(name);
    return (
      <Field id={idOf(name)} label={labels[name]} hint={options.hint} error={error}>
        {name === 'email' ? (
          <input
            {...controlOf(idOf(name), Boolean(options.hint), error)}
            type="email"
            autoComplete="off"
            maxLength={options.max}
            value={draft[name]}
            onInput={(event) => set({ [name]: event.currentTarget.value })}
          />
        ) : (
          <input
            {...controlOf(idOf(name), Boolean(options.hint), error)}
            type="text"
            autoComplete="off"
            maxLength={options.max}
            readOnly={name === 'username' && Boolean(props.editing)}
            value={draft[name]}
            onInput={(event) => set({ [name]: event.currentTarget.value })}
          />
        )}
      </Field>
    );
  };
  const rolesError = failure.errorOf('roles');
  const agencyError = failure.errorOf('agencyId');
  const headingId = 'staff-form-heading';
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        {props.editing ? s('editStaffTitle', { name: props.editing.name }) : s('newStaffTitle')}
      </h2>
      <form onSubmit={save} noValidate>
        <FormErrors
          state={failure}
          fields={fields}
          conflict={{ title: s('staffConflict'), detail: t('conflictDetail'), reloadLabel: t('reload') }}
          onReload={props.onReload}
        />
        <div class="form-grid">
          {text('username', {
            hint: props.editing ? s('fieldUsernameFixed') : s('fieldUsernameHint'),
            max: 64,
          })}
          {text('name', { max: 120 })}
          {text('email', { hint: s('fieldEmailHint'), max: 200 })}
          <CheckboxGroup
            id={idOf('roles')}
            legend={labels.roles}
            error={rolesError}
            options={allRoles.map((role) => ({ value: role, label: roleLabels[role][lang] }))}
            checked={draft.roles}
            onChange={(roles) => set({ roles })}
          />
          <Field
            id={idOf('agencyId')}
            label={labels.agencyId}
            hint={s('fieldAgencyHint')}
            error={agencyError}
          >
            <select
              {...controlOf(idOf('agencyId'), true, agencyError)}
              value={draft.agencyId}
              onChange={(event) => set({ agencyId: event.currentTarget.value })}
            >
              <option value="">{s('noAgency')}</option>
              {(agencies ?? []).map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {lang === 'en' ? agency.nameEn : agency.nameVi}
                </option>
              ))}
            </select>
          </Field>
          {isEditor ? (
            <>
              <CheckboxGroup
                id={idOf('editorCategories')}
                legend={labels.editorCategories}
                hint={s('fieldEditorAreaHint')}
                error={failure.errorOf('editorCategories')}
                options={(categories.state === 'ready' ? categories.value : []).map((category) => ({
                  value: category.slug,
                  label: lang === 'en' ? category.nameEn : category.nameVi,
                }))}
                checked={draft.editorCategories}
                onChange={(editorCategories) => set({ editorCategories })}
              />
              <CheckboxGroup<Language>
                id={idOf('editorLanguages')}
                legend={labels.editorLanguages}
                error={failure.errorOf('editorLanguages')}
                options={[
                  { value: 'vi', label: s('languageVi') },
                  { value: 'en', label: s('languageEn') },
                ]}
                checked={draft.editorLanguages}
                onChange={(editorLanguages) => set({ editorLanguages })}
              />
            </>
          ) : null}
        </div>
        <p class="actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {props.editing ? s('saveStaff') : s('createStaff')}
          </ActionButton>
          {props.editing ? (
            <button type="button" class="button button-quiet" onClick={props.onCancel}>
              {t('cancel')}
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}
