import { useState } from 'preact/hooks';
import type { InformationRequestView } from '#shared/domain/information-request.ts';
import { dateInVietnam, formatDateTime } from '#shared/time/vietnam.ts';
import {
  type InformationFileType,
  informationFileType,
  informationRequestsApi,
} from '../api/information-requests.ts';
import type { UploadedFile } from '../api/transport.ts';
import { ActionError, DecisionPanel, useAction } from '../components/decision-panel.tsx';
import { categoryName, useAgencyList, useAgencyName, useCategories } from '../components/directory.ts';
import { FormErrors, failureOf, UploadedFileList, useFieldFailure } from '../components/form.tsx';
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
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { type InfoRequestRoute, navigate, paths } from '../router.ts';
import { deadlineTone, useInformationRequestWords } from './i18n.ts';

/**
 * Requests for information to agencies (issue 15): one chunk. Staff see every request and send new ones;
 * an agency sees its own queue and answers. Overdue and answered late come from the API (computed from the
 * due day in Vietnam at read time). The API decides (functions/content/information-requests.ts).
 */
export function InformationRequestScreen(props: { route: InfoRequestRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'infoRequestList':
      return <ListPage />;
    case 'infoRequestNew':
      return <NewRequestPage />;
    case 'infoRequestDetail':
      return <DetailPage key={route.id} id={route.id} />;
  }
}

/** The news categories as a select's options, after the empty choice. */
function CategoryOptions(props: { none: string }) {
  const { lang } = useInformationRequestWords();
  const categories = useCategories();
  return (
    <>
      <option value="">{props.none}</option>
      {(categories.state === 'ready' ? categories.value : []).map((category) => (
        <option key={category.slug} value={category.slug}>
          {lang === 'en' ? category.nameEn : category.nameVi}
        </option>
      ))}
    </>
  );
}

function DeadlineBadge(props: { request: InformationRequestView }) {
  const { deadline } = useInformationRequestWords();
  return <StatusBadge tone={deadlineTone[props.request.deadline]} label={deadline(props.request.deadline)} />;
}

// ---------- The list (the staff's, or an agency's queue) ----------

function ListPage() {
  const { w } = useInformationRequestWords();
  const { session } = useSession();
  const { principal } = session;
  const flash = useFlash();
  const agencyName = useAgencyName();
  useDocumentTitle(w('listTitle'));
  const allowed = can.readInformationRequests(principal);
  const list = useResource(() => (allowed ? informationRequestsApi.list() : Promise.resolve([])), [allowed]);
  if (!allowed) return <Forbidden />;
  const items = list.resource.state === 'ready' ? list.resource.value : [];
  const asks = can.askForInformation(principal);
  return (
    <>
      <PageTitle>{w('listTitle')}</PageTitle>
      <StatusMessage message={flash} />
      <p class="intro">{asks ? w('listIntroStaff') : w('listIntroAgency')}</p>
      {asks ? (
        <p>
          <Link href={paths.informationRequestNew()} class="button button-primary">
            {w('newRequest')}
          </Link>
        </p>
      ) : null}
      <ItemTable
        resource={list.resource}
        onRetry={list.reload}
        items={items}
        empty={w('listEmpty')}
        caption={w('listTitle')}
        count={w('count', { count: items.length })}
        columns={[w('colTitle'), w('colAgency'), w('colDueDate'), w('colState')]}
        row={(request: InformationRequestView) => (
          <tr key={request.id}>
            <th scope="row">
              <Link href={paths.informationRequest(request.id)}>{request.title}</Link>
            </th>
            <td>{agencyName(request.agencyId)}</td>
            <td>{formatDate(request.dueDate)}</td>
            <td>
              <DeadlineBadge request={request} />
            </td>
          </tr>
        )}
      />
    </>
  );
}

// ---------- A new request ----------

type RequestField = 'agencyId' | 'title' | 'details' | 'dueDate' | 'workingDays' | 'categorySlug';
const requestFields: readonly RequestField[] = [
  'agencyId',
  'title',
  'details',
  'dueDate',
  'workingDays',
  'categorySlug',
];
const requestLabel = {
  agencyId: 'fieldAgency',
  title: 'fieldTitle',
  details: 'fieldDetails',
  dueDate: 'fieldDueDate',
  workingDays: 'fieldWorkingDays',
  categorySlug: 'fieldCategory',
} as const;
const requestFieldId = (name: RequestField) => `request-${name}`;
const isRequestField = (path: string): path is RequestField =>
  (requestFields as readonly string[]).includes(path);

function NewRequestPage() {
  const { w, lang } = useInformationRequestWords();
  const { session } = useSession();
  const agencies = useAgencyList();
  const [values, setValues] = useState<Record<RequestField, string>>({
    agencyId: '',
    title: '',
    details: '',
    dueDate: '',
    workingDays: '',
    categorySlug: '',
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const state = useFieldFailure<RequestField>();
  useDocumentTitle(w('formTitle'));
  if (!can.askForInformation(session.principal)) return <Forbidden />;
  const set = (name: RequestField) => (event: Event) => {
    const target = event.currentTarget;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement
    ) {
      const value = target.value;
      setValues((previous) => ({ ...previous, [name]: value }));
    }
  };
  const computeDueDate = async () => {
    if (busy) return;
    const days = Number(values.workingDays);
    setBusy(true);
    setMessage(undefined);
    state.setFailure(undefined);
    try {
      const dueDate = await informationRequestsApi.dueDateIn(days);
      setValues((previous) => ({ ...previous, dueDate }));
      setMessage(w('dueDateComputed', { date: formatDate(dueDate) }));
    } catch (error) {
      state.setFailure(failureOf(error, lang, () => 'workingDays'));
    } finally {
      setBusy(false);
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    state.setFailure(undefined);
    try {
      const created = await informationRequestsApi.create({
        agencyId: values.agencyId,
        title: values.title,
        details: values.details,
        // The day is what is sent (empty: refused by its field); the working days only fill it in.
        dueDate: values.dueDate,
        ...(values.categorySlug ? { categorySlug: values.categorySlug } : {}),
      });
      setFlash(w('sent', { title: created.title }));
      navigate(paths.informationRequest(created.id));
    } catch (error) {
      state.setFailure(failureOf(error, lang, (path) => (isRequestField(path) ? path : undefined)));
    } finally {
      setBusy(false);
    }
  };
  const field = (name: RequestField, hint?: string) => ({
    id: requestFieldId(name),
    label: w(requestLabel[name]),
    hint,
    error: state.errorOf(name),
  });
  const control = (name: RequestField, hint: boolean) => ({
    ...controlOf(requestFieldId(name), hint, state.errorOf(name)),
    name,
    value: values[name],
  });
  return (
    <>
      <PageTitle>{w('formTitle')}</PageTitle>
      <form onSubmit={submit} noValidate>
        <FormErrors
          state={state}
          fields={{ order: requestFields, idOf: requestFieldId, labelOf: (name) => w(requestLabel[name]) }}
          conflict={{ title: w('conflictTitle'), detail: w('conflictDetail'), reloadLabel: w('reload') }}
          onReload={() => window.location.reload()}
        />
        <Field {...field('agencyId')}>
          <select {...control('agencyId', false)} onChange={set('agencyId')}>
            <option value="">{w('chooseAgency')}</option>
            {(agencies ?? []).map((agency) => (
              <option key={agency.id} value={agency.id}>
                {lang === 'en' ? agency.nameEn : agency.nameVi}
              </option>
            ))}
          </select>
        </Field>
        <Field {...field('title')}>
          <input {...control('title', false)} type="text" maxLength={250} onInput={set('title')} />
        </Field>
        <Field {...field('details', w('fieldDetailsHint'))}>
          <textarea {...control('details', true)} rows={6} maxLength={10_000} onInput={set('details')} />
        </Field>
        <Field {...field('dueDate', w('fieldDueDateHint'))}>
          <input
            {...control('dueDate', true)}
            type="date"
            min={dateInVietnam(new Date())}
            onInput={set('dueDate')}
          />
        </Field>
        <Field {...field('workingDays', w('fieldWorkingDaysHint'))}>
          <input
            {...control('workingDays', true)}
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            onInput={set('workingDays')}
          />
        </Field>
        <p>
          <ActionButton emphasis="secondary" busy={busy} onClick={() => void computeDueDate()}>
            {w('computeDueDate')}
          </ActionButton>
        </p>
        <StatusMessage message={message} />
        <Field {...field('categorySlug')}>
          <select {...control('categorySlug', false)} onChange={set('categorySlug')}>
            <CategoryOptions none={w('noCategory')} />
          </select>
        </Field>
        <div class="form-actions">
          <ActionButton emphasis="primary" type="submit" busy={busy}>
            {busy ? w('sending') : w('send')}
          </ActionButton>
        </div>
      </form>
    </>
  );
}

// ---------- A request: facts, answers, the agency's answer, cancelling, the article ----------

function DetailPage(props: { id: string }) {
  const words = useInformationRequestWords();
  const { w, lang } = words;
  const { session } = useSession();
  const { principal } = session;
  const [message, setMessage] = useState<string | undefined>(useFlash());
  const agencyName = useAgencyName();
  const categories = useCategories();
  const allowed = can.readInformationRequests(principal);
  const record = useResource(
    () => (allowed ? informationRequestsApi.get(props.id) : Promise.resolve(undefined)),
    [props.id, allowed],
  );
  const history = useResource(
    () => (allowed ? informationRequestsApi.history(props.id) : Promise.resolve([])),
    [props.id, allowed],
  );
  const download = useAction();
  const value = record.resource.state === 'ready' ? record.resource.value : undefined;
  useDocumentTitle(value?.title ?? w('listTitle'));
  if (!allowed) return <Forbidden />;
  if (!value)
    return (
      <>
        <PageTitle>{w('listTitle')}</PageTitle>
        <ResourceStatus resource={record.resource} onRetry={record.reload} />
      </>
    );
  const reload = () => {
    record.reload();
    history.reload();
  };
  const said = (text: string) => {
    setMessage(text);
    reload();
  };
  const openFile = (answer: number, index: number) =>
    void download.run(async () => {
      window.location.assign(await informationRequestsApi.fileLink(value.id, answer, index));
    });
  const mayAnswer = can.answerInformationRequests(principal) && value.status !== 'cancelled';
  const mayCancel = can.cancelInformationRequests(principal) && value.status === 'open';
  const mayStartArticle =
    can.startArticleFromAnswers(principal) && value.status === 'answered' && !value.articleId;
  return (
    <>
      <PageTitle>{value.title}</PageTitle>
      <StatusMessage message={message} />
      <p>
        <Link href={paths.informationRequests()}>{w('listTitle')}</Link>
      </p>
      <section aria-labelledby="request-facts">
        <h2 id="request-facts">{w('detailFacts')}</h2>
        <MetaList
          grid
          items={[
            [w('metaState'), <DeadlineBadge key="state" request={value} />],
            [w('metaAgency'), agencyName(value.agencyId)],
            [w('metaDueDate'), formatDate(value.dueDate)],
            [w('metaAskedBy'), value.createdBy.name],
            [w('metaCreatedAt'), formatDateTime(value.createdAt, lang)],
            value.categorySlug
              ? [w('metaCategory'), categoryName(categories, value.categorySlug, lang)]
              : false,
            value.cancelReason ? [w('metaCancelReason'), value.cancelReason] : false,
            value.articleId && can.readArticles(principal)
              ? [
                  w('metaArticle'),
                  <Link key="article" href={paths.detail(value.articleId)}>
                    {w('openArticle')}
                  </Link>,
                ]
              : false,
          ]}
        />
        <div class="plain-text">
          {value.details.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </section>
      <section aria-labelledby="request-answers">
        <h2 id="request-answers">{w('answersTitle')}</h2>
        {download.error ? <ErrorNotice error={download.error} /> : null}
        {value.answers.length === 0 ? <p class="empty">{w('noAnswers')}</p> : null}
        {value.answers.map((answer, answerIndex) => (
          <article key={answer.id} aria-labelledby={`answer-${answer.id}`} class="answer">
            <h3 id={`answer-${answer.id}`}>
              {w(answerIndex === 0 ? 'answerHeading' : 'supplementHeading', {
                at: formatDateTime(answer.answeredAt, lang),
                name: answer.answeredBy.name,
              })}
            </h3>
            {answer.late ? <StatusBadge tone="problem" label={w('answerLate')} /> : null}
            {answer.text.split(/\n{2,}/).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {answer.files.length > 0 ? (
              <ul class="attachment-list">
                {answer.files.map((file, index) => (
                  <li key={file.key}>
                    <span>
                      {file.fileName} ({formatSize(file.size, lang)})
                    </span>
                    <ActionButton
                      emphasis="quiet"
                      busy={download.busy}
                      onClick={() => openFile(answerIndex, index)}
                    >
                      {w('openFile', { name: file.fileName })}
                    </ActionButton>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </section>
      {mayAnswer ? (
        <AnswerForm
          key={value.version}
          request={value}
          onAnswered={(result) => said(result.answeredLate ? w('answeredLate') : w('answered'))}
          onReload={reload}
        />
      ) : null}
      {mayCancel ? (
        <section aria-labelledby="request-cancel">
          <h2 id="request-cancel">{w('cancelTitle')}</h2>
          <DecisionPanel
            key={value.version}
            outcomes={[
              {
                label: w('cancel'),
                emphasis: 'warning',
                note: {
                  id: 'cancel-reason',
                  label: w('cancelReason'),
                  hint: w('cancelReasonHint'),
                  rows: 2,
                  path: 'reason',
                  required: { minLength: 3, message: w('cancelReasonRequired') },
                },
                decide: (input) =>
                  informationRequestsApi.cancel(value.id, {
                    reason: input.note,
                    expectedVersion: value.version,
                  }),
                done: (result) => w('cancelled', { title: result.title }),
              },
            ]}
            conflictTitle={w('conflictTitle')}
            reloadLabel={w('reload')}
            onReload={reload}
            onDecided={(_result, text) => said(text)}
          />
        </section>
      ) : null}
      {mayStartArticle ? <StartArticle key={value.version} request={value} onReload={reload} /> : null}
      <HistorySection
        history={history.resource}
        onRetry={history.reload}
        actionLabel={words.action}
        statusLabel={words.status}
      />
    </>
  );
}

const MAX_FILES = 10;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
type AnswerField = 'text' | 'fileKeys';
const answerFields: readonly AnswerField[] = ['text', 'fileKeys'];
const answerFieldId = (name: AnswerField) => `answer-${name}`;
const answerFieldOf = (path: string): AnswerField | undefined => {
  const first = path.split('.')[0];
  return first === 'text' || first === 'fileKeys' ? first : undefined;
};

/** The agency's answer (or supplement): text and files uploaded by ticket, then sent together. */
function AnswerForm(props: {
  request: InformationRequestView;
  onAnswered: (result: InformationRequestView) => void;
  onReload: () => void;
}) {
  const { w, lang } = useInformationRequestWords();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const state = useFieldFailure<AnswerField>();
  const heading = props.request.answers.length === 0 ? w('answerFormTitle') : w('supplementFormTitle');
  const label = (name: AnswerField) => (name === 'text' ? w('fieldAnswer') : w('fieldFiles'));

  const onFiles = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement) || busy) return;
    const chosen = [...(input.files ?? [])];
    const typed = chosen.map((file) => [file, informationFileType(file)] as const);
    const wrong = typed.find(([, type]) => !type)?.[0];
    const tooLarge = chosen.find((file) => file.size > MAX_FILE_BYTES);
    if (wrong || tooLarge || files.length + chosen.length > MAX_FILES) {
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
    setBusy(true);
    setMessage(undefined);
    try {
      for (const [file, type] of typed) {
        setUploading(file.name);
        const uploaded = await informationRequestsApi.uploadFile(file, type as InformationFileType);
        setFiles((previous) => [...previous, uploaded]);
      }
      setMessage(w('uploadedFile', { name: chosen.map((file) => file.name).join(', ') }));
    } catch (error) {
      state.setFailure(failureOf(error, lang, () => 'fileKeys'));
    } finally {
      setBusy(false);
      setUploading(undefined);
      input.value = '';
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    state.setFailure(undefined);
    try {
      const result = await informationRequestsApi.answer(props.request.id, {
        text,
        fileKeys: files.map((file) => file.key),
        expectedVersion: props.request.version,
      });
      props.onAnswered(result);
    } catch (error) {
      state.setFailure(failureOf(error, lang, answerFieldOf));
    } finally {
      setBusy(false);
    }
  };
  const textError = state.errorOf('text');
  const filesError = state.errorOf('fileKeys');
  return (
    <section aria-labelledby="request-answer-form">
      <h2 id="request-answer-form">{heading}</h2>
      <form onSubmit={submit} noValidate>
        <FormErrors
          state={state}
          fields={{ order: answerFields, idOf: answerFieldId, labelOf: label }}
          conflict={{ title: w('conflictTitle'), detail: w('conflictDetail'), reloadLabel: w('reload') }}
          onReload={props.onReload}
        />
        <Field
          id={answerFieldId('text')}
          label={w('fieldAnswer')}
          hint={w('fieldAnswerHint')}
          error={textError}
        >
          <textarea
            {...controlOf(answerFieldId('text'), true, textError)}
            rows={8}
            maxLength={20_000}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </Field>
        <Field
          id={answerFieldId('fileKeys')}
          label={w('fieldFiles')}
          hint={w('fieldFilesHint')}
          error={filesError}
        >
          <input
            {...controlOf(answerFieldId('fileKeys'), true, filesError)}
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx"
            aria-disabled={busy ? 'true' : undefined}
            onChange={onFiles}
          />
        </Field>
        <UploadedFileList
          files={files}
          removeLabel={(name) => w('removeFile', { name })}
          onRemove={(key) => setFiles((previous) => previous.filter((file) => file.key !== key))}
        />
        <div class="form-actions">
          <div class="status-region" role="status" aria-live="polite">
            {uploading ? <p class="notice notice-info">{w('uploadingFile', { name: uploading })}</p> : null}
          </div>
          <StatusMessage message={uploading ? undefined : message} />
          <ActionButton emphasis="primary" type="submit" busy={busy}>
            {w('sendAnswer')}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}

/** An editor starts the article draft from the answers, then edits it in the article editor. */
function StartArticle(props: { request: InformationRequestView; onReload: () => void }) {
  const { w, lang } = useInformationRequestWords();
  const [categorySlug, setCategorySlug] = useState(props.request.categorySlug ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const action = useAction();
  const start = () =>
    void action.run(
      async () => {
        const { articleId } = await informationRequestsApi.startArticle(props.request.id, {
          expectedVersion: props.request.version,
          ...(categorySlug ? { categorySlug } : {}),
        });
        navigate(paths.edit(articleId));
      },
      (error) => {
        const failure = failureOf(error, lang, (path) => (path === 'categorySlug' ? path : undefined));
        setFieldError(failure.kind === 'validation' ? failure.fields.categorySlug : undefined);
      },
    );
  return (
    <section aria-labelledby="request-article">
      <h2 id="request-article">{w('articleTitle')}</h2>
      <p>{w('articleIntro')}</p>
      <ActionError
        error={action.error}
        conflictTitle={w('conflictTitle')}
        reloadLabel={w('reload')}
        onReload={props.onReload}
      />
      <Field id="article-category" label={w('articleCategory')} error={fieldError}>
        <select
          {...controlOf('article-category', false, fieldError)}
          value={categorySlug}
          onChange={(event) => setCategorySlug(event.currentTarget.value)}
        >
          <CategoryOptions none={w('chooseCategory')} />
        </select>
      </Field>
      <ActionButton emphasis="primary" busy={action.busy} onClick={start}>
        {w('startArticle')}
      </ActionButton>
    </section>
  );
}
