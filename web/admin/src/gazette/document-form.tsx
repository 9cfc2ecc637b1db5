import { useState } from 'preact/hooks';
import { z } from 'zod';
import {
  documentFieldSchema,
  documentMetadataOf,
  documentTypeSchema,
  type LegalDocument,
} from '#shared/domain/gazette.ts';
import {
  DOCX,
  documentContentType,
  gazetteApi,
  MAX_FILE_BYTES,
  PDF,
  type SubmissionBody,
  type UploadedFile,
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
 * The agency's submission: the document's details, its signed PDF and optional annexes. Files go to
 * storage as soon as they are chosen (presigned PUT); the submission refers to them by key. Whatever
 * the server says is wrong appears beside its field and in a summary at the top; what was typed stays —
 * in the form, and in sessionStorage until it is sent, so a reload or an expired session loses nothing.
 * Used for a new document and for resubmitting a returned one (PUT with expectedVersion).
 */

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
  attachments: z.array(uploadedFileSchema),
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
});

/** A stored document as the form edits it: the same fields, its files by key. */
const formOf = (document: LegalDocument): Form => ({
  ...documentMetadataOf(document),
  file: uploadedFileSchema.parse(document.file),
  attachments: document.attachments.map((file) => uploadedFileSchema.parse(file)),
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
    attachmentKeys: form.attachments.map((file) => file.key),
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
  | 'attachments';

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
  'attachments',
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
  attachments: 'doc-attachments',
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
  attachments: 'fieldAttachments',
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
    case 'attachmentKeys':
      return 'attachments';
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
  const [busy, setBusy] = useState<'submit' | 'file' | 'attachments' | undefined>();
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

  const onFile = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    if (!file || busy) return;
    const type = documentContentType(file);
    if (type !== PDF) {
      setLocalErrors({ file: g('fileNotPdf') });
      input.value = '';
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setLocalErrors({ file: g('fileTooLarge', { name: file.name }) });
      input.value = '';
      return;
    }
    setLocalErrors({});
    setBusy('file');
    setUploading(file.name);
    try {
      const uploaded = await gazetteApi.uploadFile(file, PDF);
      update({ file: uploaded });
      if (failure?.kind === 'validation') {
        const { file: _cleared, ...others } = failure.fields;
        setFailure({ ...failure, fields: others });
      }
      setMessage(g('uploadedFile', { name: file.name }));
    } catch (error) {
      setFailure(failureOf(error, lang, () => 'file'));
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
      } else if (name === 'attachments') {
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
        {input('issueDate', { type: 'date' })}
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
          onChange={onFile}
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
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-disabled={busy ? 'true' : undefined}
          onChange={onAttachments}
        />
      </Field>

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
