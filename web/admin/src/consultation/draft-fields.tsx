import type { DraftStructure } from '#shared/domain/consultation.ts';
import { consultationApi } from '../api/consultation.ts';
import { type FieldFailureState, failureOf } from '../components/form.tsx';
import { ActionButton, controlOf, Field } from '../components/ui.tsx';
import type { Lang } from '../i18n.ts';
import { useConsultationWords } from './i18n.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Uploads the files chosen, in order, and gives their keys. */
export async function uploadAll(files: File[]): Promise<string[]> {
  const keys: string[] = [];
  for (const file of files) keys.push(await consultationApi.uploadFile(file, file.type));
  return keys;
}

/**
 * Checks a pasted text, or reads a DOCX, with the parser the posting uses: `onRead` gets the structure (and
 * the DOCX's text); a problem goes to the form's failure, on the draft text's field.
 */
export function structureChecks<Name extends string>(options: {
  lang: Lang;
  failure: FieldFailureState<Name>;
  fieldOf: (path: string) => Name | undefined;
  draftTextField: Name;
  onReset: () => void;
  onRead: (structure: DraftStructure, docxText?: string) => void;
}) {
  const { lang } = options;
  const start = () => {
    options.failure.setFailure(undefined);
    options.onReset();
  };
  return {
    check: async (draftText: string) => {
      start();
      try {
        options.onRead(await consultationApi.structure(draftText));
      } catch (error) {
        options.failure.setFailure(failureOf(error, lang, options.fieldOf));
      }
    },
    readDocx: async (file: File) => {
      start();
      try {
        const read = await consultationApi.structureOfDocx(await consultationApi.uploadFile(file, DOCX));
        options.onRead(read.structure, read.draftText);
      } catch (error) {
        options.failure.setFailure(failureOf(error, lang, () => options.draftTextField));
      }
    },
  };
}

/** Files posted with a draft or a version of it: PDF or DOCX, uploaded on posting. */
export function FilesField(props: { id: string; label: string; onChange: (files: File[]) => void }) {
  return (
    <Field id={props.id} label={props.label}>
      <input
        id={props.id}
        type="file"
        multiple
        accept={`application/pdf,${DOCX}`}
        onChange={(event) => props.onChange([...(event.currentTarget.files ?? [])])}
      />
    </Field>
  );
}

/**
 * The full text of a draft, pasted or read from a DOCX, with the button that checks its structure and what the
 * check found: the form that posts a draft and the one that posts a new version of it share it.
 */
export function DraftTextField(props: {
  id: string;
  docxId: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onInput: (value: string) => void;
  onDocx: (file: File) => void;
  onCheck: () => void;
  structure: string | undefined;
}) {
  const { c } = useConsultationWords();
  return (
    <>
      <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
        <textarea
          {...controlOf(props.id, true, props.error)}
          rows={16}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Field>
      <Field id={props.docxId} label={c('fieldDocx')} hint={c('fieldDocxHint')}>
        <input
          id={props.docxId}
          type="file"
          accept={DOCX}
          aria-describedby={`${props.docxId}-hint`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) props.onDocx(file);
          }}
        />
      </Field>
      <p class="actions">
        <ActionButton emphasis="secondary" onClick={props.onCheck}>
          {c('checkStructure')}
        </ActionButton>
      </p>
      {props.structure ? (
        <p class="notice notice-success" role="status">
          {props.structure}
        </p>
      ) : null}
    </>
  );
}
