import { useState } from 'preact/hooks';
import * as z from 'zod';
import {
  documentFieldSchema,
  documentMetadataOf,
  documentTypeSchema,
  type LegalDocument,
  type PublishedDocument,
  relationKindSchema,
} from '#shared/domain/gazette.ts';
import {
  DOCX,
  documentContentType,
  gazetteApi,
  MAX_FILE_BYTES,
  PDF,
  type SubmissionBody,
  type UploadedFile,
  XLSX,
} from '../api/gazette.ts';
import { uploadedFileSchema } from '../api/transport.ts';
import {
  type FieldFailure,
  FormErrors,
  type FormFields,
  failureOf,
  RestoredNotice,
  UploadedFileList,
  useFieldFailure,
  useFormStash,
} from '../components/form.tsx';
import { ActionButton, controlOf, Field, StatusMessage } from '../components/ui.tsx';
import { formatSize } from './common.tsx';
import { type GazetteKey, useGazetteWords } from './i18n.ts';

/**
 * The agency's submission: the document's details, its signed original (PDF), its editable copy (DOCX or
 * XLSX), optional annexes, and the earlier documents it acts on, picked from the legal-document database. Files go to
 * storage as soon as they are chosen (presigned PUT); the submission refers to them by key. Whatever
 * the server says is wrong appears beside its field and in a summary at the top; what was typed stays —
 * in the form, and in sessionStorage until it is sent, so a reload or an expired session loses nothing.
 * Used for a new document and for resubmitting a returned one (PUT with expectedVersion).
 */

const chosenRelationSchema = z.object({
  kind: relationKindSchema,
  target: z.object({ id: z.string(), numberSymbol: z.string(), abstract: z.string().default('') }),
  partial: z.boolean(),
  note: z.string(),
});
type ChosenRelation = z.infer<typeof chosenRelationSchema>;
const formSchema = z.object({
  numberSymbol: z.string(),
  documentType: z.string(),
  issuingBody: z.string(),
  signer: z.string(),
  issueDate: z.string(),
  effectiveDate: z.string(),
  abstract: z.string(),
  field: z.string(),
  file: uploadedFileSchema.optional(),
  editable: uploadedFileSchema.optional(),
  attachments: z.array(uploadedFileSchema),
  relations: z.array(chosenRelationSchema).default([]),
});
type Form = z.infer<typeof formSchema>;

const emptyForm = (): Form => ({
  numberSymbol: '',
  documentType: '',
  issuingBody: '',
  signer: '',
  issueDate: '',
  effectiveDate: '',
  abstract: '',
  field: '',
  attachments: [],
  relations: [],
});

/** A stored document as the form edits it: the same fields, its files by key. */
const formOf = (document: LegalDocument): Form => ({
  ...documentMetadataOf(document),
  file: uploadedFileSchema.parse(document.file),
  ...(document.editableFile ? { editable: uploadedFileSchema.parse(document.editableFile) } : {}),
  attachments: document.attachments.map((file) => uploadedFileSchema.parse(file)),
  relations: document.relations.map((relation) => ({
    kind: relation.kind,
    target: { id: relation.target.id, numberSymbol: relation.target.numberSymbol, abstract: '' },
    partial: relation.partial,
    note: relation.note,
  })),
});

/** What goes to the API. Empty selects and dates go as they are: the server lists every problem at once. */
function submissionOf(form: Form): SubmissionBody {
  return {
    numberSymbol: form.numberSymbol,
    documentType: form.documentType,
    issuingBody: form.issuingBody,
    signer: form.signer,
    issueDate: form.issueDate,
    effectiveDate: form.effectiveDate,
    abstract: form.abstract,
    field: form.field,
    fileKey: form.file?.key ?? '',
    editableKey: form.editable?.key ?? '',
    attachmentKeys: form.attachments.map((file) => file.key),
    relations: form.relations.map((relation) => ({
      kind: relation.kind,
      targetId: relation.target.id,
      partial: relation.kind === 'repeals' && relation.partial,
      note: relation.note,
    })),
  };
}

/** Unsaved input is kept in this tab (sessionStorage) under this key until it is sent. */
const stashKey = (documentId: string | undefined) => `qtp-admin:gazette-unsaved:${documentId ?? 'new'}`;

// ---- Fields and the API's error paths ----
type FieldName =
  | 'numberSymbol'
  | 'documentType'
  | 'issuingBody'
  | 'signer'
  | 'issueDate'
  | 'effectiveDate'
  | 'abstract'
  | 'field'
  | 'file'
  | 'editable'
  | 'attachments'
  | 'relations';

const fieldOrder: readonly FieldName[] = [
  'numberSymbol',
  'documentType',
  'issuingBody',
  'signer',
  'issueDate',
  'effectiveDate',
  'abstract',
  'field',
  'file',
  'editable',
  'attachments',
  'relations',
];

const fieldIds: Record<FieldName, string> = {
  numberSymbol: 'doc-number-symbol',
  documentType: 'doc-type',
  issuingBody: 'doc-issuing-body',
  signer: 'doc-signer',
  issueDate: 'doc-issue-date',
  effectiveDate: 'doc-effective-date',
  abstract: 'doc-abstract',
  field: 'doc-field',
  file: 'doc-file',
  editable: 'doc-editable',
  attachments: 'doc-attachments',
  relations: 'doc-relation-search',
};

const fieldLabels: Record<FieldName, GazetteKey> = {
  numberSymbol: 'fieldNumberSymbol',
  documentType: 'fieldDocumentType',
  issuingBody: 'fieldIssuingBody',
  signer: 'fieldSigner',
  issueDate: 'fieldIssueDate',
  effectiveDate: 'fieldEffectiveDate',
  abstract: 'fieldAbstract',
  field: 'fieldField',
  file: 'fieldFile',
  editable: 'fieldEditable',
  attachments: 'fieldAttachments',
  relations: 'relationsTitle',
};

function fieldOfPath(path: string): FieldName | undefined {
  const [head] = path.split('.');
  switch (head) {
    case 'numberSymbol':
    case 'documentType':
    case 'issuingBody':
    case 'signer':
    case 'issueDate':
    case 'effectiveDate':
    case 'abstract':
    case 'field':
      return head;
    // The upload ticket's fields are about the chosen file too.
    case 'fileKey':
    case 'fileName':
    case 'contentType':
    case 'size':
      return 'file';
    case 'editableKey':
      return 'editable';
    case 'attachmentKeys':
      return 'attachments';
    case 'relations':
      return 'relations';
    default:
      return undefined;
  }
}

export function DocumentForm(props: {
  /** The returned document being corrected; a new submission when absent. */
  document?: LegalDocument;
  onSubmitted: (document: LegalDocument) => void;
  /** After a conflict: load the document again (the form keeps what was typed). */
  onReload?: () => void;
}) {
  const words = useGazetteWords();
  const { g, lang } = words;
  const documentId = props.document?.id;
  const baseForm = () => (props.document ? formOf(props.document) : emptyForm());
  const stash = useFormStash({ key: stashKey(documentId), schema: formSchema, initial: baseForm });
  const { form } = stash;
  const [busy, setBusy] = useState<'submit' | 'file' | 'editable' | 'attachments' | undefined>();
  const [uploading, setUploading] = useState<string | undefined>();
  const failureState = useFieldFailure<FieldName>();
  const { failure, setFailure } = failureState;
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<string | undefined>();

  const update = (changes: Partial<Form> | ((previous: Form) => Partial<Form>)) => {
    stash.update(changes);
    setMessage(undefined);
  };

  const errorOf = (name: FieldName): string | undefined => localErrors[name] ?? failureState.errorOf(name);

  /** The signed original (PDF) or the editable copy (DOCX, XLSX): one file each, uploaded when chosen. */
  const onSingleFile = (slot: 'file' | 'editable') => async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    if (!file || busy) return;
    const type = documentContentType(file);
    const acceptable = slot === 'file' ? type === PDF : type === DOCX || type === XLSX;
    if (!type || !acceptable) {
      setLocalErrors({ [slot]: g(slot === 'file' ? 'fileNotPdf' : 'editableWrongType') });
      input.value = '';
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setLocalErrors({ [slot]: g('fileTooLarge', { name: file.name }) });
      input.value = '';
      return;
    }
    setLocalErrors({});
    setBusy(slot);
    setUploading(file.name);
    try {
      const uploaded = await gazetteApi.uploadFile(file, type);
      update(slot === 'file' ? { file: uploaded } : { editable: uploaded });
      if (failure?.kind === 'validation') {
        const { [slot]: _cleared, ...others } = failure.fields;
        setFailure({ ...failure, fields: others });
      }
      setMessage(g('uploadedFile', { name: file.name }));
    } catch (error) {
      setFailure(failureOf(error, lang, () => slot));
    } finally {
      setBusy(undefined);
      setUploading(undefined);
      input.value = '';
    }
  };

  const onAttachments = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0 || busy) return;
    const problem = files.find((file) => !documentContentType(file));
    const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
    if (problem || tooLarge || form.attachments.length + files.length > 10) {
      setLocalErrors({
        attachments: problem
          ? g('attachmentWrongType', { name: problem.name })
          : tooLarge
            ? g('fileTooLarge', { name: tooLarge.name })
            : g('tooManyAttachments'),
      });
      input.value = '';
      return;
    }
    setLocalErrors({});
    setBusy('attachments');
    const added: UploadedFile[] = [];
    try {
      for (const file of files) {
        setUploading(file.name);
        added.push(await gazetteApi.uploadFile(file, documentContentType(file) ?? DOCX));
      }
      setMessage(g('uploadedFile', { name: files.map((file) => file.name).join(', ') }));
    } catch (error) {
      setFailure(failureOf(error, lang, () => 'attachments'));
    } finally {
      if (added.length > 0) update((previous) => ({ attachments: [...previous.attachments, ...added] }));
      setBusy(undefined);
      setUploading(undefined);
      input.value = '';
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy('submit');
    setFailure(undefined);
    setLocalErrors({});
    setMessage(undefined);
    try {
      const body = submissionOf(form);
      const saved = props.document
        ? await gazetteApi.resubmitDocument(props.document.id, {
            ...body,
            expectedVersion: props.document.version,
          })
        : await gazetteApi.submitDocument(body);
      stash.sent();
      props.onSubmitted(saved);
    } catch (error) {
      setFailure(friendlier(failureOf(error, lang, fieldOfPath), form));
    } finally {
      setBusy(undefined);
    }
  };

  /**
   * The schema's generic messages for an empty field ("Quá nhỏ: mong đợi string có >=1 ký tự") or a
   * missing file mean little to a person: for those, say what to do instead.
   */
  const friendlier = (found: FieldFailure<FieldName>, sent: Form): FieldFailure<FieldName> => {
    if (found.kind !== 'validation') return found;
    const fields = { ...found.fields };
    for (const name of fieldOrder) {
      if (!fields[name]) continue;
      if (name === 'file') {
        if (!sent.file) fields.file = g('fileRequired');
      } else if (name === 'editable') {
        if (!sent.editable) fields.editable = g('editableRequired');
      } else if (name === 'attachments' || name === 'relations') {
        // Their messages are about a particular upload: keep them.
      } else if (sent[name].trim() === '') {
        const label = g(fieldLabels[name]);
        const select = name === 'documentType' || name === 'field';
        fields[name] = g(select ? 'chooseRequired' : 'enterRequired', {
          field: lang === 'vi' ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : label,
        });
      } else if (name === 'abstract' && sent.abstract.trim().length < 10) {
        fields.abstract = g('abstractTooShort');
      }
    }
    return { ...found, fields };
  };

  const fields: FormFields<FieldName> = {
    order: fieldOrder,
    idOf: (name) => fieldIds[name],
    labelOf: (name) => g(fieldLabels[name]),
  };

  /** The <Field> of one of the form's fields: its id, label, hint and error. */
  const frame = (name: FieldName, hint?: GazetteKey) => ({
    id: fieldIds[name],
    label: g(fieldLabels[name]),
    hint: hint ? g(hint) : undefined,
    error: errorOf(name),
  });
  const control = (name: FieldName, hint: boolean) => controlOf(fieldIds[name], hint, errorOf(name));

  /** A text or date input inside its labelled field, with its hint and its error. */
  const input = (
    name: 'numberSymbol' | 'issuingBody' | 'signer' | 'issueDate' | 'effectiveDate',
    options: { hint?: GazetteKey; max?: number; type?: 'text' | 'date' },
  ) => {
    const common = {
      ...control(name, Boolean(options.hint)),
      value: form[name],
      onInput: (event: Event) => {
        const target = event.currentTarget;
        if (!(target instanceof HTMLInputElement)) return;
        const value = target.value;
        update(() => {
          const changes: Partial<Form> = {};
          changes[name] = value;
          return changes;
        });
      },
    };
    return (
      <Field {...frame(name, options.hint)}>
        {options.type === 'date' ? (
          <input type="date" {...common} />
        ) : (
          <input type="text" maxLength={options.max} {...common} />
        )}
      </Field>
    );
  };

  /** A select of the schema's values with a "choose…" first option ('' until chosen). */
  const select = <Value extends string>(
    name: 'documentType' | 'field',
    choose: GazetteKey,
    values: readonly Value[],
    label: (value: Value) => string,
  ) => (
    <Field {...frame(name)}>
      <select
        {...control(name, false)}
        value={form[name]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          update(name === 'field' ? { field: value } : { documentType: value });
        }}
      >
        <option value="">{g(choose)}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {label(value)}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form class="gazette-form" onSubmit={onSubmit} noValidate>
      {stash.restored ? (
        <RestoredNotice
          text={g('restoredUnsaved')}
          discardLabel={g('discardRestored')}
          onDiscard={() => stash.discard(baseForm())}
        />
      ) : null}
      <FormErrors
        state={failureState}
        fields={fields}
        conflict={{ title: g('conflict'), detail: g('conflictDetail'), reloadLabel: g('reload') }}
        onReload={() => props.onReload?.()}
      />

      <div class="form-grid">
        {input('numberSymbol', { hint: 'fieldNumberSymbolHint', max: 60 })}
        {select('documentType', 'chooseDocumentType', documentTypeSchema.options, words.documentType)}
        {input('issuingBody', { max: 200 })}
        {input('signer', { max: 120 })}
        {input('issueDate', { type: 'date', hint: 'fieldIssueDateHint' })}
        {input('effectiveDate', { type: 'date' })}
      </div>

      <Field {...frame('abstract', 'fieldAbstractHint')}>
        <textarea
          {...control('abstract', true)}
          rows={4}
          maxLength={2000}
          value={form.abstract}
          onInput={(event) => update({ abstract: event.currentTarget.value })}
        />
      </Field>

      {select('field', 'chooseField', documentFieldSchema.options, words.field)}

      <Field {...frame('file', 'fieldFileHint')}>
        <p class="file-current" id={`${fieldIds.file}-current`}>
          {form.file
            ? g('currentFile', { name: form.file.fileName, size: formatSize(form.file.size, lang) })
            : g('noFileYet')}
        </p>
        <input
          {...control('file', true)}
          type="file"
          accept="application/pdf,.pdf"
          aria-disabled={busy ? 'true' : undefined}
          aria-describedby={`${control('file', true)['aria-describedby']} ${fieldIds.file}-current`}
          onChange={onSingleFile('file')}
        />
      </Field>

      <Field {...frame('editable', 'fieldEditableHint')}>
        <p class="file-current" id={`${fieldIds.editable}-current`}>
          {form.editable
            ? g('currentFile', { name: form.editable.fileName, size: formatSize(form.editable.size, lang) })
            : g('noFileYet')}
        </p>
        <input
          {...control('editable', true)}
          type="file"
          accept=".docx,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-disabled={busy ? 'true' : undefined}
          aria-describedby={`${control('editable', true)['aria-describedby']} ${fieldIds.editable}-current`}
          onChange={onSingleFile('editable')}
        />
      </Field>

      <Field {...frame('attachments', 'fieldAttachmentsHint')}>
        <UploadedFileList
          files={form.attachments}
          removeLabel={(name) => g('removeAttachment', { name })}
          onRemove={(key) =>
            update((previous) => ({ attachments: previous.attachments.filter((other) => other.key !== key) }))
          }
        />
        <input
          {...control('attachments', true)}
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-disabled={busy ? 'true' : undefined}
          onChange={onAttachments}
        />
      </Field>

      <RelationPicker
        relations={form.relations}
        error={errorOf('relations')}
        onChange={(relations) => update({ relations })}
      />

      <div class="form-actions">
        <div class="status-region" role="status" aria-live="polite">
          {uploading ? <p class="notice notice-info">{g('uploadingFile', { name: uploading })}</p> : null}
        </div>
        <StatusMessage message={uploading ? undefined : message} />
        <ActionButton type="submit" emphasis="primary" busy={Boolean(busy)}>
          {busy === 'submit' ? g('submitting') : props.document ? g('resubmitButton') : g('submitDocument')}
        </ActionButton>
      </div>
    </form>
  );
}

/**
 * The earlier documents a submission acts on: a search of the legal-document database (the public search
 * API), a "choose" button per result, and the chosen ones with their kind of relation, a "partly" box for
 * a repeal and the articles concerned. The server checks each target again.
 */
function RelationPicker(props: {
  relations: ChosenRelation[];
  error: string | undefined;
  onChange: (relations: ChosenRelation[]) => void;
}) {
  const words = useGazetteWords();
  const { g } = words;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PublishedDocument[] | undefined>();
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | undefined>();
  const chosen = new Set(props.relations.map((relation) => relation.target.id));
  const change = (index: number, changes: Partial<ChosenRelation>) =>
    props.onChange(
      props.relations.map((relation, at) => (at === index ? { ...relation, ...changes } : relation)),
    );

  const search = async () => {
    if (searching) return;
    setSearching(true);
    setSearchError(undefined);
    try {
      setResults(await gazetteApi.searchPublished(query.trim()));
    } catch {
      setSearchError(g('relationNoResults'));
      setResults([]);
    } finally {
      setSearching(false);
    }
  };

  return (
    <fieldset class="relation-picker" aria-describedby="doc-relations-hint">
      <legend>{g('relationsTitle')}</legend>
      <p class="hint" id="doc-relations-hint">
        {g('relationsHint')}
      </p>
      {props.error ? (
        <p class="field-error" id="doc-relation-search-error">
          {props.error}
        </p>
      ) : null}
      <div class="relation-search">
        <label for="doc-relation-search">{g('relationSearch')}</label>
        <p class="hint" id="doc-relation-search-hint">
          {g('relationSearchHint')}
        </p>
        <input
          id="doc-relation-search"
          type="search"
          value={query}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={
            props.error ? 'doc-relation-search-hint doc-relation-search-error' : 'doc-relation-search-hint'
          }
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" class="button" onClick={() => void search()} aria-disabled={searching}>
          {searching ? g('relationSearching') : g('relationSearchButton')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {results && results.length === 0 ? <p>{searchError ?? g('relationNoResults')}</p> : null}
      </div>
      {results && results.length > 0 ? (
        <ul class="relation-results" aria-label={g('relationResults')}>
          {results.slice(0, 10).map((document) => (
            <li key={document.id}>
              <span>
                <strong>{document.numberSymbol}</strong> — {document.abstract}
              </span>
              <button
                type="button"
                class="button button-quiet"
                aria-label={g('relationChooseLabel', { numberSymbol: document.numberSymbol })}
                disabled={chosen.has(document.id)}
                onClick={() =>
                  props.onChange([
                    ...props.relations,
                    {
                      kind: 'amends',
                      target: {
                        id: document.id,
                        numberSymbol: document.numberSymbol,
                        abstract: document.abstract,
                      },
                      partial: false,
                      note: '',
                    },
                  ])
                }
              >
                {g('relationChoose')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <h3 class="relation-chosen-title">{g('relationChosen')}</h3>
      {props.relations.length === 0 ? <p>{g('relationNone')}</p> : null}
      <ul class="relation-chosen">
        {props.relations.map((relation, index) => (
          <li key={relation.target.id}>
            <p>
              <strong>{relation.target.numberSymbol}</strong>
              {relation.target.abstract ? ` — ${relation.target.abstract}` : ''}
            </p>
            <div class="relation-fields">
              <label for={`doc-relation-kind-${index}`}>{g('relationKind')}</label>
              <select
                id={`doc-relation-kind-${index}`}
                value={relation.kind}
                onChange={(event) => {
                  const kind = relationKindSchema.safeParse(event.currentTarget.value);
                  if (kind.success) change(index, { kind: kind.data });
                }}
              >
                {relationKindSchema.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {words.relationKind(kind)}
                  </option>
                ))}
              </select>
              {relation.kind === 'repeals' ? (
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={relation.partial}
                    onChange={(event) => change(index, { partial: event.currentTarget.checked })}
                  />{' '}
                  {g('relationPartial')}
                </label>
              ) : null}
              <label for={`doc-relation-note-${index}`}>{g('relationNote')}</label>
              <input
                id={`doc-relation-note-${index}`}
                type="text"
                maxLength={500}
                value={relation.note}
                onInput={(event) => change(index, { note: event.currentTarget.value })}
              />
              <button
                type="button"
                class="button button-quiet"
                aria-label={g('relationRemoveLabel', { numberSymbol: relation.target.numberSymbol })}
                onClick={() => props.onChange(props.relations.filter((_, at) => at !== index))}
              >
                {g('relationRemove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
