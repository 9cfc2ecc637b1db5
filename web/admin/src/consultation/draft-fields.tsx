import { ActionButton, controlOf, Field } from '../components/ui.tsx';
import { useConsultationWords } from './i18n.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
