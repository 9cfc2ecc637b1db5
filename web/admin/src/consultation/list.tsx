import { useState } from 'preact/hooks';
import { isShortPeriod } from '#shared/consultation/workflow.ts';
import { type DocumentKind, documentKindSchema } from '#shared/domain/consultation.ts';
import { consultationApi } from '../api/consultation.ts';
import { useAgencyList } from '../components/directory.ts';
import { FormErrors, type FormFields, failureOf, useFieldFailure } from '../components/form.tsx';
import { useLoaded, useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  Field,
  Forbidden,
  Link,
  PageTitle,
  setFlash,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { DraftTextField, FilesField, structureChecks, uploadAll } from './draft-fields.tsx';
import { type ConsultationKey, useConsultationWords } from './i18n.ts';

/** The consultations the user may see (an agency: its own), and the form that posts a new draft. */
const formatPeriod = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

export function ConsultationListPage() {
  const { c, status } = useConsultationWords();
  const { session } = useSession();
  const flash = useFlash();
  useDocumentTitle(c('listTitle'));
  const allowed = can.readConsultations(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? consultationApi.list() : Promise.resolve([])),
    [allowed],
  );
  const settings = useLoaded(consultationApi.settings);
  if (!allowed) return <Forbidden />;
  const items = resource.state === 'ready' ? resource.value : [];
  return (
    <>
      <PageTitle>{c('listTitle')}</PageTitle>
      <p class="intro">{c('listIntro')}</p>
      {flash ? (
        <p class="notice notice-success" role="status">
          {flash}
        </p>
      ) : null}
      {can.postConsultations(session.principal) ? (
        <p class="actions">
          <Link href={paths.consultationNew()} class="button button-primary">
            {c('newConsultation')}
          </Link>
        </p>
      ) : null}
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={items}
        empty={c('listEmpty')}
        caption={c('listTitle')}
        columns={[c('colTitle'), c('colAgency'), c('colPeriod'), c('colStatus')]}
        row={(item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link href={paths.consultation(item.id)}>{item.title}</Link>
            </th>
            <td>{item.agencyName}</td>
            <td>
              {formatPeriod(item.opensAt)} – {formatPeriod(item.closesAt)}
              {item.shortPeriodWarning && settings ? (
                <>
                  {' '}
                  <StatusBadge
                    tone="problem"
                    label={c('shortPeriod', { days: settings.minimumPeriodDays })}
                  />
                </>
              ) : null}
            </td>
            <td>
              <StatusBadge
                tone={item.status === 'open' ? 'waiting' : 'neutral'}
                label={status(item.status)}
              />
            </td>
          </tr>
        )}
      />
    </>
  );
}

type Name =
  | 'title'
  | 'agencyId'
  | 'field'
  | 'documentKind'
  | 'draftText'
  | 'opensAt'
  | 'closesAt'
  | 'questions';
const ids: Record<Name, string> = {
  title: 'cs-title',
  agencyId: 'cs-agency',
  field: 'cs-field',
  documentKind: 'cs-kind',
  draftText: 'cs-draft',
  opensAt: 'cs-opens',
  closesAt: 'cs-closes',
  questions: 'cs-questions',
};
const labels: Record<Name, ConsultationKey> = {
  title: 'fieldTitle',
  agencyId: 'fieldAgency',
  field: 'fieldField',
  documentKind: 'fieldKind',
  draftText: 'fieldDraftText',
  opensAt: 'fieldOpensAt',
  closesAt: 'fieldClosesAt',
  questions: 'fieldQuestions',
};
const isName = (path: string): path is Name => Object.hasOwn(ids, path);

type Draft = Record<Name, string> & { summary: string };

export function NewConsultationPage() {
  const { c, kind, lang } = useConsultationWords();
  const { session } = useSession();
  useDocumentTitle(c('newConsultation'));
  const agencies = useAgencyList();
  const settings = useLoaded(consultationApi.settings);
  const scoped =
    Boolean(session.principal.agencyId) && session.principal.roles.every((role) => role === 'agency');
  const [draft, setDraft] = useState<Draft>({
    title: '',
    agencyId: session.principal.agencyId ?? '',
    field: '',
    documentKind: 'quyet-dinh',
    summary: '',
    draftText: '',
    opensAt: '',
    closesAt: '',
    questions: '',
  });
  const [files, setFiles] = useState<File[]>([]);
  const [structure, setStructure] = useState<string | undefined>();
  const failure = useFieldFailure<Name>();
  const [busy, setBusy] = useState(false);
  if (!can.postConsultations(session.principal)) return <Forbidden />;
  const fields: FormFields<Name> = {
    order: ['title', 'agencyId', 'field', 'documentKind', 'draftText', 'opensAt', 'closesAt', 'questions'],
    idOf: (name) => ids[name],
    labelOf: (name) => c(labels[name]),
  };
  const set = (name: keyof Draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((previous) => ({ ...previous, [name]: value }));
  };
  const short =
    settings && draft.opensAt && draft.closesAt
      ? isShortPeriod(`${draft.opensAt}:00+07:00`, `${draft.closesAt}:00+07:00`, settings.minimumPeriodDays)
      : false;
  const { check, readDocx } = structureChecks<Name>({
    lang,
    failure,
    fieldOf: (path) => (isName(path) ? path : undefined),
    draftTextField: 'draftText',
    onReset: () => setStructure(undefined),
    onRead: (parsed, docxText) => {
      if (docxText !== undefined) setDraft((previous) => ({ ...previous, draftText: docxText }));
      setStructure(
        c('structureOk', {
          chapters: parsed.chapters.length,
          articles: parsed.articles.length,
          clauses: parsed.articles.reduce((sum, article) => sum + article.clauses.length, 0),
        }),
      );
    },
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    failure.setFailure(undefined);
    try {
      const fileKeys = await uploadAll(files);
      const posted = await consultationApi.post({
        title: draft.title,
        ...(scoped ? {} : { agencyId: draft.agencyId }),
        field: draft.field,
        documentKind: documentKindSchema.parse(draft.documentKind),
        summary: draft.summary,
        draftText: draft.draftText,
        questions: draft.questions
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        opensAt: draft.opensAt,
        closesAt: draft.closesAt,
        fileKeys,
      });
      setFlash(c('posted'));
      navigate(paths.consultation(posted.id));
    } catch (error) {
      failure.setFailure(failureOf(error, lang, (path) => (isName(path) ? path : undefined)));
    } finally {
      setBusy(false);
    }
  };
  const text = (name: Name, type: 'text' | 'datetime-local' = 'text', hint?: ConsultationKey) => (
    <Field
      id={ids[name]}
      label={c(labels[name])}
      hint={hint ? c(hint) : undefined}
      error={failure.errorOf(name)}
    >
      {type === 'text' ? (
        <input
          {...controlOf(ids[name], Boolean(hint), failure.errorOf(name))}
          type="text"
          value={draft[name]}
          onInput={set(name)}
        />
      ) : (
        <input
          {...controlOf(ids[name], Boolean(hint), failure.errorOf(name))}
          type="datetime-local"
          value={draft[name]}
          onInput={set(name)}
        />
      )}
    </Field>
  );
  return (
    <>
      <PageTitle>{c('newConsultation')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <FormErrors
          state={failure}
          fields={fields}
          conflict={{ title: c('conflict'), detail: c('conflictDetail'), reloadLabel: c('reload') }}
          onReload={() => window.location.reload()}
        />
        {text('title')}
        {scoped ? null : (
          <Field id={ids.agencyId} label={c('fieldAgency')} error={failure.errorOf('agencyId')}>
            <select
              {...controlOf(ids.agencyId, false, failure.errorOf('agencyId'))}
              value={draft.agencyId}
              onChange={set('agencyId')}
            >
              <option value="">{c('none')}</option>
              {(agencies ?? []).map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {lang === 'en' ? agency.nameEn : agency.nameVi}
                </option>
              ))}
            </select>
          </Field>
        )}
        {text('field')}
        <Field id={ids.documentKind} label={c('fieldKind')} error={failure.errorOf('documentKind')}>
          <select
            {...controlOf(ids.documentKind, false, failure.errorOf('documentKind'))}
            value={draft.documentKind}
            onChange={set('documentKind')}
          >
            {documentKindSchema.options.map((option: DocumentKind) => (
              <option key={option} value={option}>
                {kind(option)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="cs-summary" label={c('fieldSummary')}>
          <textarea id="cs-summary" rows={3} value={draft.summary} onInput={set('summary')} />
        </Field>
        <DraftTextField
          id={ids.draftText}
          docxId="cs-docx"
          label={c('fieldDraftText')}
          hint={c('fieldDraftTextHint')}
          error={failure.errorOf('draftText')}
          value={draft.draftText}
          onInput={(value) => setDraft((previous) => ({ ...previous, draftText: value }))}
          onDocx={(file) => void readDocx(file)}
          onCheck={() => void check(draft.draftText)}
          structure={structure}
        />
        <div class="form-grid">
          {text('opensAt', 'datetime-local')}
          {text('closesAt', 'datetime-local')}
        </div>
        {short && settings ? (
          <p class="notice notice-warning" role="status">
            {c('periodWarning', { days: settings.minimumPeriodDays })}
          </p>
        ) : null}
        <Field id={ids.questions} label={c('fieldQuestions')} hint={c('fieldQuestionsHint')}>
          <textarea
            {...controlOf(ids.questions, true, failure.errorOf('questions'))}
            rows={3}
            value={draft.questions}
            onInput={set('questions')}
          />
        </Field>
        <FilesField id="cs-files" label={c('fieldFiles')} onChange={setFiles} />
        <p class="actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {c('post')}
          </ActionButton>
        </p>
      </form>
    </>
  );
}
