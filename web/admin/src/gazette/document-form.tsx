import { useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { documentFieldSchema, documentTypeSchema, type LegalDocument } from '#shared/domain/gazette.ts';
import { describedBy, FieldFrame, StatusMessage } from '../components/ui.tsx';
import {
  DOCX,
  documentContentType,
  gazetteApi,
  MAX_FILE_BYTES,
  PDF,
  type SubmissionBody,
  type UploadedFile,
} from './api.ts';
import { FailureNotice, type FieldFailure, failureOf, formatSize, useFocusOn } from './common.tsx';
import { type GazetteKey, useGazetteWords } from './i18n.ts';

/**
 * The agency's submission: the document's details, its signed PDF and optional annexes. Files go to
 * storage as soon as they are chosen (presigned PUT); the submission refers to them by key. Whatever
 * the server says is wrong appears beside its field and in a summary at the top; what was typed stays —
 * in the form, and in sessionStorage until it is sent, so a reload or an expired session loses nothing.
 * Used for a new document and for resubmitting a returned one (PUT with expectedVersion).
 */

const uploadedSchema = z.object({ key: z.string(), fileName: z.string(), size: z.number() });
const formSchema = z.object({
  numberSymbol: z.string(),
  documentType: z.string(),
  issuingBody: z.string(),
  signer: z.string(),
  issueDate: z.string(),
  effectiveDate: z.string(),
  abstract: z.string(),
  field: z.string(),
  file: uploadedSchema.optional(),
  attachments: z.array(uploadedSchema),
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

function formOf(document: LegalDocument): Form {
  const uploaded = (file: LegalDocument['file']): UploadedFile => ({
    key: file.key,
    fileName: file.fileName,
    size: file.size,
  });
  return {
    numberSymbol: document.numberSymbol,
    documentType: document.documentType,
    issuingBody: document.issuingBody,
    signer: document.signer,
    issueDate: document.issueDate,
    effectiveDate: document.effectiveDate,
    abstract: document.abstract,
    field: document.field,
    file: uploaded(document.file),
    attachments: document.attachments.map(uploaded),
  };
}

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

// ---- Unsaved input kept in this tab ----
const stashKey = (documentId: string | undefined) => `qtp-admin:gazette-unsaved:${documentId ?? 'new'}`;
function readStash(documentId: string | undefined): Form | undefined {
  try {
    const raw = sessionStorage.getItem(stashKey(documentId));
    if (!raw) return undefined;
    const parsed = formSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
function writeStash(documentId: string | undefined, form: Form) {
  try {
    sessionStorage.setItem(stashKey(documentId), JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still holds the input.
  }
}
const clearStash = (documentId: string | undefined) => sessionStorage.removeItem(stashKey(documentId));

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
  const [initial] = useState(() => {
    const base = props.document ? formOf(props.document) : emptyForm();
    const stash = readStash(documentId);
    const restored = stash !== undefined && JSON.stringify(stash) !== JSON.stringify(base);
    return { form: restored && stash ? stash : base, restored };
  });
  const [form, setForm] = useState<Form>(initial.form);
  const [restored, setRestored] = useState(initial.restored);
  const [busy, setBusy] = useState<'submit' | 'file' | 'attachments' | undefined>();
  const [uploading, setUploading] = useState<string | undefined>();
  const [failure, setFailure] = useState<FieldFailure<FieldName> | undefined>();
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<string | undefined>();
  const summaryRef = useFocusOn(failure);
  const fileInput = useRef<HTMLInputElement>(null);

  const update = (changes: Partial<Form> | ((previous: Form) => Partial<Form>)) => {
    setForm((previous) => {
      const next = { ...previous, ...(typeof changes === 'function' ? changes(previous) : changes) };
      writeStash(documentId, next);
      return next;
    });
    setMessage(undefined);
  };

  const errorOf = (name: FieldName): string | undefined =>
    localErrors[name] ?? (failure?.kind === 'validation' ? failure.fields[name] : undefined);

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
      clearStash(documentId);
      setRestored(false);
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

  const discardRestored = () => {
    clearStash(documentId);
    setRestored(false);
    setForm(props.document ? formOf(props.document) : emptyForm());
  };

  /** A text or date input inside its labelled field, with its hint and its error. */
  const input = (
    name: 'numberSymbol' | 'issuingBody' | 'signer' | 'issueDate' | 'effectiveDate',
    options: { hint?: GazetteKey; max?: number; type?: 'text' | 'date' },
  ) => {
    const id = fieldIds[name];
    const error = errorOf(name);
    const common = {
      id,
      value: form[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, Boolean(options.hint), error),
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
      <FieldFrame
        id={id}
        label={g(fieldLabels[name])}
        hint={options.hint ? g(options.hint) : undefined}
        error={error}
      >
        {options.type === 'date' ? (
          <input type="date" {...common} />
        ) : (
          <input type="text" maxLength={options.max} {...common} />
        )}
      </FieldFrame>
    );
  };

  const fileError = errorOf('file');
  const attachmentsError = errorOf('attachments');

  return (
    <form class="gazette-form" onSubmit={onSubmit} noValidate>
      {restored ? (
        <div class="notice notice-info">
          <p>{g('restoredUnsaved')}</p>
          <button type="button" class="button button-quiet" onClick={discardRestored}>
            {g('discardRestored')}
          </button>
        </div>
      ) : null}
      <div ref={summaryRef} tabIndex={-1} class="error-anchor">
        <FailureNotice
          failure={failure}
          order={fieldOrder}
          idOf={(name) => fieldIds[name]}
          labelOf={(name) => g(fieldLabels[name])}
          onReload={() => props.onReload?.()}
        />
      </div>

      <div class="form-grid">
        {input('numberSymbol', { hint: 'fieldNumberSymbolHint', max: 60 })}
        <FieldFrame id={fieldIds.documentType} label={g('fieldDocumentType')} error={errorOf('documentType')}>
          <select
            id={fieldIds.documentType}
            value={form.documentType}
            aria-invalid={errorOf('documentType') ? true : undefined}
            aria-describedby={describedBy(fieldIds.documentType, false, errorOf('documentType'))}
            onChange={(event) => update({ documentType: event.currentTarget.value })}
          >
            <option value="">{g('chooseDocumentType')}</option>
            {documentTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {words.documentType(type)}
              </option>
            ))}
          </select>
        </FieldFrame>
        {input('issuingBody', { max: 200 })}
        {input('signer', { max: 120 })}
        {input('issueDate', { type: 'date' })}
        {input('effectiveDate', { type: 'date' })}
      </div>

      <FieldFrame
        id={fieldIds.abstract}
        label={g('fieldAbstract')}
        hint={g('fieldAbstractHint')}
        error={errorOf('abstract')}
      >
        <textarea
          id={fieldIds.abstract}
          rows={4}
          maxLength={2000}
          value={form.abstract}
          aria-invalid={errorOf('abstract') ? true : undefined}
          aria-describedby={describedBy(fieldIds.abstract, true, errorOf('abstract'))}
          onInput={(event) => update({ abstract: event.currentTarget.value })}
        />
      </FieldFrame>

      <FieldFrame id={fieldIds.field} label={g('fieldField')} error={errorOf('field')}>
        <select
          id={fieldIds.field}
          value={form.field}
          aria-invalid={errorOf('field') ? true : undefined}
          aria-describedby={describedBy(fieldIds.field, false, errorOf('field'))}
          onChange={(event) => update({ field: event.currentTarget.value })}
        >
          <option value="">{g('chooseField')}</option>
          {documentFieldSchema.options.map((field) => (
            <option key={field} value={field}>
              {words.field(field)}
            </option>
          ))}
        </select>
      </FieldFrame>

      <FieldFrame id={fieldIds.file} label={g('fieldFile')} hint={g('fieldFileHint')} error={fileError}>
        <p class="file-current" id={`${fieldIds.file}-current`}>
          {form.file
            ? g('currentFile', { name: form.file.fileName, size: formatSize(form.file.size, lang) })
            : g('noFileYet')}
        </p>
        <input
          ref={fileInput}
          id={fieldIds.file}
          type="file"
          accept="application/pdf,.pdf"
          aria-disabled={busy ? 'true' : undefined}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[describedBy(fieldIds.file, true, fileError), `${fieldIds.file}-current`]
            .filter(Boolean)
            .join(' ')}
          onChange={onFile}
        />
      </FieldFrame>

      <FieldFrame
        id={fieldIds.attachments}
        label={g('fieldAttachments')}
        hint={g('fieldAttachmentsHint')}
        error={attachmentsError}
      >
        {form.attachments.length > 0 ? (
          <ul class="attachment-list">
            {form.attachments.map((file) => (
              <li key={file.key}>
                <span>
                  {file.fileName} ({formatSize(file.size, lang)})
                </span>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() =>
                    update((previous) => ({
                      attachments: previous.attachments.filter((other) => other.key !== file.key),
                    }))
                  }
                >
                  {g('removeAttachment', { name: file.fileName })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={fieldIds.attachments}
          type="file"
          multiple
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-disabled={busy ? 'true' : undefined}
          aria-invalid={attachmentsError ? true : undefined}
          aria-describedby={describedBy(fieldIds.attachments, true, attachmentsError)}
          onChange={onAttachments}
        />
      </FieldFrame>

      <div class="form-actions">
        <div class="status-region" role="status" aria-live="polite">
          {uploading ? <p class="notice notice-info">{g('uploadingFile', { name: uploading })}</p> : null}
        </div>
        <StatusMessage message={uploading ? undefined : message} />
        <button type="submit" class="button button-primary" aria-disabled={busy ? 'true' : undefined}>
          {busy === 'submit' ? g('submitting') : props.document ? g('resubmitButton') : g('submitDocument')}
        </button>
      </div>
    </form>
  );
}
