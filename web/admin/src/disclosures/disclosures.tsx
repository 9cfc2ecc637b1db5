import { useState } from 'preact/hooks';
import * as z from 'zod';
import {
  type Disclosure,
  type DisclosureCollection,
  disclosureCollectionSchema,
  disclosureStatusSchema,
} from '#shared/domain/disclosure.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { type DisclosureBody, disclosureFileType, disclosuresApi } from '../api/disclosures.ts';
import { type UploadedFile, uploadedFileSchema } from '../api/transport.ts';
import { DecisionPanel, type Outcome, useAction } from '../components/decision-panel.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import {
  FormErrors,
  failureOf,
  RestoredNotice,
  UploadedFileList,
  useFieldFailure,
  useFormStash,
} from '../components/form.tsx';
import { formatDate, formatSize } from '../components/format.ts';
import { HistorySection } from '../components/history.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  StatusMessage,
  setFlash,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { can, changedDisclosureLast } from '../permissions.ts';
import { type DisclosureRoute, navigate, paths } from '../router.ts';
import { statusTone, useDisclosureWords } from './i18n.ts';

/**
 * Disclosure screens (thông tin công khai): one chunk, loaded when a disclosure route is first opened. The
 * list with its filters, the form that prepares a draft with its files, and the record with the director's
 * decision and its history. The API decides (functions/content/disclosures.ts); these screens follow it.
 */
export function DisclosureScreen(props: { route: DisclosureRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'disclosureList':
      return <DisclosureListPage query={route.query} />;
    case 'disclosureNew':
      return <DisclosureFormPage key="new" />;
    case 'disclosureEdit':
      return <DisclosureFormPage key={route.id} id={route.id} />;
    case 'disclosureDetail':
      return <DisclosureDetailPage key={route.id} id={route.id} />;
  }
}

// ---------- The list ----------

const collections = disclosureCollectionSchema.options;
const statuses = disclosureStatusSchema.options;

function DisclosureListPage(props: { query: URLSearchParams }) {
  const { w, lang, status, collection } = useDisclosureWords();
  const { session } = useSession();
  const flash = useFlash();
  useDocumentTitle(w('listTitle'));
  const allowed = can.readDisclosures(session.principal);
  const list = useResource(() => (allowed ? disclosuresApi.list() : Promise.resolve([])), [allowed]);
  if (!allowed) return <Forbidden />;
  const all = list.resource.state === 'ready' ? list.resource.value : [];
  const applied = {
    collection: props.query.get('collection') ?? '',
    year: props.query.get('year') ?? '',
    status: props.query.get('status') ?? '',
  };
  // The API answers every record (a few hundred at most); the filters are the list's own.
  const items = all
    .filter((record) => !applied.collection || record.collection === applied.collection)
    .filter((record) => !applied.year || String(record.year) === applied.year)
    .filter((record) => !applied.status || record.status === applied.status)
    .sort((a, b) => b.date.localeCompare(a.date));
  const years = [...new Set(all.map((record) => record.year))].sort((a, b) => b - a);
  return (
    <>
      <PageTitle>{w('listTitle')}</PageTitle>
      <StatusMessage message={flash} />
      <p class="intro">{w('listIntro')}</p>
      {can.writeDisclosures(session.principal) ? (
        <p>
          <Link href={paths.disclosureNew()} class="button button-primary">
            {w('newDisclosure')}
          </Link>
        </p>
      ) : null}
      <FilterBar
        label={w('filters')}
        applied={applied}
        applyLabel={w('applyFilters')}
        clear={{ label: w('clearFilters'), href: paths.disclosures() }}
        onApply={(query) => navigate(paths.disclosures(query))}
        filters={[
          {
            kind: 'select',
            param: 'collection',
            id: 'filter-collection',
            label: w('filterCollection'),
            options: collections.map((value) => ({ value, label: collection(value) })),
          },
          {
            kind: 'select',
            param: 'year',
            id: 'filter-year',
            label: w('filterYear'),
            options: years.map((year) => ({ value: String(year), label: String(year) })),
          },
          {
            kind: 'select',
            param: 'status',
            id: 'filter-status',
            label: w('filterStatus'),
            options: statuses.map((value) => ({ value, label: status(value) })),
          },
        ]}
      />
      <ItemTable
        resource={list.resource}
        onRetry={list.reload}
        items={items}
        empty={w('listEmpty')}
        caption={w('listTitle')}
        count={w('count', { count: items.length })}
        columns={[w('colTitle'), w('colCollection'), w('colYear'), w('colDate'), w('colStatus')]}
        row={(record: Disclosure) => (
          <tr key={record.id}>
            <th scope="row">
              <Link href={paths.disclosure(record.id)}>
                {lang === 'vi' ? record.titleVi : record.titleEn}
              </Link>
            </th>
            <td>{collection(record.collection)}</td>
            <td>{record.year}</td>
            <td>{formatDate(record.date)}</td>
            <td>
              <StatusBadge tone={statusTone[record.status]} label={status(record.status)} />
            </td>
          </tr>
        )}
      />
    </>
  );
}

// ---------- The form ----------

type FieldName =
  | 'titleVi'
  | 'titleEn'
  | 'collection'
  | 'date'
  | 'year'
  | 'issuingBody'
  | 'summaryVi'
  | 'summaryEn'
  | 'fileKeys';
const fieldOrder: readonly FieldName[] = [
  'titleVi',
  'titleEn',
  'collection',
  'date',
  'year',
  'issuingBody',
  'summaryVi',
  'summaryEn',
  'fileKeys',
];
const fieldLabelKey = {
  titleVi: 'fieldTitleVi',
  titleEn: 'fieldTitleEn',
  collection: 'fieldCollection',
  date: 'fieldDate',
  year: 'fieldYear',
  issuingBody: 'fieldIssuingBody',
  summaryVi: 'fieldSummaryVi',
  summaryEn: 'fieldSummaryEn',
  fileKeys: 'fieldFiles',
} as const;
const fieldId = (name: FieldName) => `disclosure-${name}`;
const isField = (path: string): path is FieldName => (fieldOrder as readonly string[]).includes(path);
/** `fileKeys.2` is about the files too. */
const fieldOfPath = (path: string) => {
  const first = path.split('.')[0] ?? '';
  return isField(first) ? first : undefined;
};

type TextField = Exclude<FieldName, 'fileKeys'>;
/** The form's input, as it is kept in this tab until it is sent (components/form.tsx). */
const valuesSchema = z.object({
  titleVi: z.string(),
  titleEn: z.string(),
  collection: z.string(),
  date: z.string(),
  year: z.string(),
  issuingBody: z.string(),
  summaryVi: z.string(),
  summaryEn: z.string(),
  files: z.array(uploadedFileSchema),
});
type Values = z.infer<typeof valuesSchema>;
const stashKey = (id: string | undefined) => `qtp-admin:disclosure-unsaved:${id ?? 'new'}`;
const MAX_FILES = 10;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const valuesOf = (record: Disclosure | undefined): Values => ({
  titleVi: record?.titleVi ?? '',
  titleEn: record?.titleEn ?? '',
  collection: record?.collection ?? '',
  date: record?.date ?? '',
  year: record ? String(record.year) : '',
  issuingBody: record?.issuingBody ?? '',
  summaryVi: record?.summaryVi ?? '',
  summaryEn: record?.summaryEn ?? '',
  files: record?.files.map(({ key, fileName, size }) => ({ key, fileName, size })) ?? [],
});

function DisclosureFormPage(props: { id?: string }) {
  const { w } = useDisclosureWords();
  const { session } = useSession();
  const existing = useResource(
    () => (props.id ? disclosuresApi.get(props.id) : Promise.resolve(undefined)),
    [props.id],
  );
  const title = props.id ? w('formEditTitle') : w('formNewTitle');
  useDocumentTitle(title);
  if (!can.writeDisclosures(session.principal)) return <Forbidden />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {existing.resource.state === 'ready' ? (
        existing.resource.value?.status === 'published' ? (
          <p class="notice notice-info">{w('editPublishedNote')}</p>
        ) : (
          <DisclosureForm
            key={existing.resource.value?.version ?? 0}
            record={existing.resource.value}
            onReload={existing.reload}
          />
        )
      ) : (
        <ResourceStatus resource={existing.resource} onRetry={existing.reload} />
      )}
    </>
  );
}

function DisclosureForm(props: { record: Disclosure | undefined; onReload: () => void }) {
  const { w, lang, collection } = useDisclosureWords();
  const { t } = useI18n();
  const base = () => valuesOf(props.record);
  const stash = useFormStash({ key: stashKey(props.record?.id), schema: valuesSchema, initial: base });
  const values = stash.form;
  const setValues = stash.update;
  const [busy, setBusy] = useState<'save' | 'upload' | undefined>();
  const [uploading, setUploading] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const state = useFieldFailure<FieldName>();
  const set = (name: TextField) => (event: Event) => {
    const target = event.currentTarget;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement
    ) {
      const value = target.value;
      setValues((previous) => ({
        [name]: value,
        // The year the information is about is most often the date's: offered until typed.
        ...(name === 'date' && previous.year === '' && /^\d{4}-/.test(value)
          ? { year: value.slice(0, 4) }
          : {}),
      }));
    }
  };

  const onFiles = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0 || busy) return;
    const wrong = files.find((file) => !disclosureFileType(file));
    const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
    if (wrong || tooLarge || values.files.length + files.length > MAX_FILES) {
      state.invalid({
        fileKeys: wrong
          ? w('fileWrongType', { name: wrong.name })
          : tooLarge
            ? w('fileTooLarge', { name: tooLarge.name })
            : w('tooManyFiles'),
      });
      input.value = '';
      return;
    }
    state.setFailure(undefined);
    setBusy('upload');
    setMessage(undefined);
    const added: UploadedFile[] = [];
    try {
      for (const file of files) {
        const type = disclosureFileType(file);
        if (!type) continue;
        setUploading(file.name);
        added.push(await disclosuresApi.uploadFile(file, type));
      }
      setMessage(w('uploadedFile', { name: files.map((file) => file.name).join(', ') }));
    } catch (error) {
      // The ticket's field errors are about the chosen file.
      state.setFailure(failureOf(error, lang, () => 'fileKeys'));
    } finally {
      if (added.length > 0) setValues((previous) => ({ files: [...previous.files, ...added] }));
      setBusy(undefined);
      setUploading(undefined);
      input.value = '';
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy('save');
    setMessage(undefined);
    state.setFailure(undefined);
    const { files, ...fields } = values;
    const body: DisclosureBody = { ...fields, fileKeys: files.map((file) => file.key) };
    try {
      const saved = props.record
        ? await disclosuresApi.update(props.record.id, { ...body, expectedVersion: props.record.version })
        : await disclosuresApi.create(body);
      stash.sent();
      setFlash(w('saved', { title: lang === 'vi' ? saved.titleVi : saved.titleEn }));
      navigate(paths.disclosure(saved.id));
    } catch (error) {
      state.setFailure(failureOf(error, lang, fieldOfPath));
    } finally {
      setBusy(undefined);
    }
  };

  const field = (name: TextField, control: 'input' | 'textarea' | 'date', hint?: string) => {
    const error = state.errorOf(name);
    const common = { ...controlOf(fieldId(name), Boolean(hint), error), name, value: values[name] };
    return (
      <Field id={fieldId(name)} label={w(fieldLabelKey[name])} hint={hint} error={error}>
        {control === 'textarea' ? (
          <textarea {...common} rows={4} maxLength={2000} onInput={set(name)} />
        ) : control === 'date' ? (
          <input {...common} type="date" onInput={set(name)} />
        ) : (
          <input {...common} type="text" onInput={set(name)} />
        )}
      </Field>
    );
  };
  const filesError = state.errorOf('fileKeys');
  return (
    <form onSubmit={submit} noValidate>
      {stash.restored ? (
        <RestoredNotice
          text={t('restoredUnsaved')}
          discardLabel={t('discardRestored')}
          onDiscard={() => stash.discard(base())}
        />
      ) : null}
      <FormErrors
        state={state}
        fields={{ order: fieldOrder, idOf: fieldId, labelOf: (name) => w(fieldLabelKey[name]) }}
        conflict={{ title: w('conflictTitle'), detail: w('conflictDetail'), reloadLabel: w('reload') }}
        onReload={props.onReload}
      />
      {field('titleVi', 'input')}
      {field('titleEn', 'input')}
      <Field id={fieldId('collection')} label={w('fieldCollection')} error={state.errorOf('collection')}>
        <select
          {...controlOf(fieldId('collection'), false, state.errorOf('collection'))}
          name="collection"
          value={values.collection}
          onChange={set('collection')}
        >
          <option value="">{w('chooseCollection')}</option>
          {collections.map((value: DisclosureCollection) => (
            <option key={value} value={value}>
              {collection(value)}
            </option>
          ))}
        </select>
      </Field>
      {field('date', 'date', w('fieldDateHint'))}
      {field('year', 'input', w('fieldYearHint'))}
      {field('issuingBody', 'input')}
      {field('summaryVi', 'textarea')}
      {field('summaryEn', 'textarea')}
      <Field id={fieldId('fileKeys')} label={w('fieldFiles')} hint={w('fieldFilesHint')} error={filesError}>
        <input
          {...controlOf(fieldId('fileKeys'), true, filesError)}
          type="file"
          multiple
          accept=".pdf,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-disabled={busy ? 'true' : undefined}
          onChange={onFiles}
        />
      </Field>
      <UploadedFileList
        files={values.files}
        removeLabel={(name) => w('removeFile', { name })}
        onRemove={(key) =>
          setValues((previous) => ({ files: previous.files.filter((file) => file.key !== key) }))
        }
      />
      <div class="form-actions">
        <div class="status-region" role="status" aria-live="polite">
          {uploading ? <p class="notice notice-info">{w('uploadingFile', { name: uploading })}</p> : null}
        </div>
        <StatusMessage message={uploading ? undefined : message} />
        <ActionButton emphasis="primary" type="submit" busy={Boolean(busy)}>
          {busy === 'save' ? w('saving') : w('save')}
        </ActionButton>
      </div>
    </form>
  );
}

// ---------- The record: facts, files, the decision, the history ----------

function DisclosureDetailPage(props: { id: string }) {
  const words = useDisclosureWords();
  const { w, lang, status, collection } = words;
  const { session } = useSession();
  const { principal } = session;
  const flash = useFlash();
  const [message, setMessage] = useState<string | undefined>(flash);
  const allowed = can.readDisclosures(principal);
  const record = useResource(
    () => (allowed ? disclosuresApi.get(props.id) : Promise.resolve(undefined)),
    [props.id, allowed],
  );
  const history = useResource(
    () => (allowed ? disclosuresApi.history(props.id) : Promise.resolve([])),
    [props.id, allowed],
  );
  const download = useAction();
  const value = record.resource.state === 'ready' ? record.resource.value : undefined;
  const title = value ? (lang === 'vi' ? value.titleVi : value.titleEn) : w('listTitle');
  useDocumentTitle(title);
  if (!allowed) return <Forbidden />;
  if (!value)
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <ResourceStatus resource={record.resource} onRetry={record.reload} />
      </>
    );
  const reload = () => {
    record.reload();
    history.reload();
  };
  const titleOf = (disclosure: Disclosure) => (lang === 'vi' ? disclosure.titleVi : disclosure.titleEn);
  const note = (id: string) => ({ id, label: w('noteLabel'), hint: w('noteHint'), rows: 2, path: 'note' });
  const decide = (action: 'publish' | 'withdraw', input: { note: string }) =>
    disclosuresApi.decide(value.id, {
      action,
      expectedVersion: value.version,
      ...(input.note ? { note: input.note } : {}),
    });
  const outcomes: Outcome<Disclosure>[] = [];
  const mayDecide = can.decideDisclosures(principal);
  const ownChange = changedDisclosureLast(principal, value);
  if (mayDecide && value.status !== 'published' && !ownChange)
    outcomes.push({
      label: w('publish'),
      emphasis: 'primary',
      note: note('publish-note'),
      decide: (input) => decide('publish', input),
      done: (result) => w('published', { title: titleOf(result) }),
    });
  if (mayDecide && value.status === 'published')
    outcomes.push({
      label: w('withdraw'),
      emphasis: 'warning',
      note: note('withdraw-note'),
      decide: (input) => decide('withdraw', input),
      done: (result) => w('withdrawn', { title: titleOf(result) }),
    });
  const openFile = (index: number) =>
    void download.run(async () => {
      window.location.assign(await disclosuresApi.fileLink(value.id, index));
    });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <StatusMessage message={message} />
      <p>
        <Link href={paths.disclosures()}>{w('listTitle')}</Link>
        {can.writeDisclosures(principal) && value.status !== 'published' ? (
          <>
            {' · '}
            <Link href={paths.disclosureEdit(value.id)}>{w('edit')}</Link>
          </>
        ) : null}
        {value.status === 'published' ? (
          <>
            {' · '}
            {/* The public page (outside the SPA: a plain link). */}
            <a href={sitePaths.disclosure(lang, value.slug)}>{w('publicPage')}</a>
          </>
        ) : null}
      </p>
      <section aria-labelledby="disclosure-facts">
        <h2 id="disclosure-facts">{w('detailFacts')}</h2>
        <MetaList
          grid
          items={[
            [
              w('metaStatus'),
              <StatusBadge key="status" tone={statusTone[value.status]} label={status(value.status)} />,
            ],
            [w('metaCollection'), collection(value.collection)],
            [w('metaDate'), formatDate(value.date)],
            [w('metaYear'), String(value.year)],
            [w('metaIssuingBody'), value.issuingBody],
            [w('metaUpdatedBy'), value.updatedBy.name],
            value.publishedAt ? [w('metaPublishedAt'), formatDateTime(value.publishedAt, lang)] : false,
            [
              lang === 'vi' ? w('fieldTitleEn') : w('fieldTitleVi'),
              lang === 'vi' ? value.titleEn : value.titleVi,
            ],
            [w('summaryVi'), value.summaryVi],
            [w('summaryEn'), value.summaryEn],
          ]}
        />
      </section>
      <section aria-labelledby="disclosure-files">
        <h2 id="disclosure-files">{w('filesTitle')}</h2>
        {download.error ? <ErrorNotice error={download.error} /> : null}
        <ul class="attachment-list">
          {value.files.map((file, index) => (
            <li key={file.key}>
              <span>
                {file.fileName} ({formatSize(file.size, lang)})
              </span>
              <ActionButton emphasis="quiet" busy={download.busy} onClick={() => openFile(index)}>
                {w('openFile', { name: file.fileName })}
              </ActionButton>
            </li>
          ))}
        </ul>
      </section>
      {mayDecide ? (
        <section aria-labelledby="disclosure-decision">
          <h2 id="disclosure-decision">{w('decisionTitle')}</h2>
          {ownChange && value.status !== 'published' ? <p>{w('ownChangeNote')}</p> : null}
          <DecisionPanel
            key={value.version}
            outcomes={outcomes}
            conflictTitle={w('decisionConflict')}
            reloadLabel={w('reload')}
            onReload={reload}
            onDecided={(_result, said) => {
              setMessage(said);
              reload();
            }}
          />
        </section>
      ) : null}
      <HistorySection
        history={history.resource}
        onRetry={history.reload}
        actionLabel={words.action}
        statusLabel={(text) => {
          const known = disclosureStatusSchema.safeParse(text);
          return known.success ? status(known.data) : text;
        }}
      />
    </>
  );
}
