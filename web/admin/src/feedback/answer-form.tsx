import { useState } from 'preact/hooks';
import * as z from 'zod';
import type { FeedbackItem } from '#shared/domain/feedback.ts';
import { feedbackApi, MAX_PDF_BYTES, PDF } from '../api/feedback.ts';
import { uploadedFileSchema } from '../api/transport.ts';
import {
  FormErrors,
  type FormFields,
  failureOf,
  RestoredNotice,
  UploadedFileList,
  useFieldFailure,
  useFormStash,
} from '../components/form.tsx';
import { RichText } from '../components/rich-text.tsx';
import { ActionButton, describedBy, StatusMessage } from '../components/ui.tsx';
import { useFeedbackWords } from './i18n.ts';

/**
 * The agency's answer: rich text (the article editor's TipTap component, without images) and PDFs, each
 * uploaded to storage as soon as it is chosen (presigned PUT) and named by its key in the answer. A chunk of
 * its own with TipTap (shared with the article editor), loaded when an agency opens an item to answer. What
 * was typed and uploaded stays in this tab until it is sent.
 */

const formSchema = z.object({ html: z.string(), attachments: z.array(uploadedFileSchema) });
type Form = z.infer<typeof formSchema>;
type Name = 'html' | 'attachments';

const ids: Record<Name, string> = { html: 'answer-html', attachments: 'answer-files' };
const MAX_FILES = 5;

export function AnswerForm(props: {
  item: FeedbackItem;
  onAnswered: (item: FeedbackItem) => void;
  onReload: () => void;
}) {
  const { f, lang } = useFeedbackWords();
  const { item } = props;
  const empty = (): Form => ({ html: '', attachments: [] });
  const stash = useFormStash({
    key: `qtp-admin:feedback-answer:${item.id}`,
    schema: formSchema,
    initial: empty,
  });
  const failure = useFieldFailure<Name>();
  const [busy, setBusy] = useState<'send' | 'upload' | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  // Remounting the editor puts restored or discarded content into it.
  const [editorKey, setEditorKey] = useState(0);

  const fields: FormFields<Name> = {
    order: ['html', 'attachments'],
    idOf: (name) => ids[name],
    labelOf: (name) => f(name === 'html' ? 'fieldAnswer' : 'fieldAnswerFiles'),
  };
  const fieldOf = (path: string): Name | undefined =>
    path === 'html' ? 'html' : path.startsWith('attachmentKeys') ? 'attachments' : undefined;

  const onFiles = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const files = [...(input.files ?? [])];
    if (files.length === 0 || busy) return;
    const notPdf = files.find((file) => file.type !== PDF && !/\.pdf$/i.test(file.name));
    const tooLarge = files.find((file) => file.size > MAX_PDF_BYTES);
    if (notPdf || tooLarge || stash.form.attachments.length + files.length > MAX_FILES) {
      setFileError(
        notPdf
          ? f('fileNotPdf', { name: notPdf.name })
          : tooLarge
            ? f('fileTooLarge', { name: tooLarge.name })
            : f('tooManyFiles', { n: MAX_FILES }),
      );
      input.value = '';
      return;
    }
    setFileError(undefined);
    setBusy('upload');
    setMessage(f('uploadingFiles'));
    const added: Form['attachments'] = [];
    try {
      for (const file of files) added.push(await feedbackApi.uploadPdf(file));
      setMessage(f('uploadedFiles', { names: files.map((file) => file.name).join(', ') }));
    } catch (error) {
      setMessage(undefined);
      failure.setFailure(failureOf(error, lang, () => 'attachments'));
    } finally {
      if (added.length > 0)
        stash.update((previous) => ({ attachments: [...previous.attachments, ...added] }));
      setBusy(undefined);
      input.value = '';
    }
  };

  const send = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (stash.form.html.trim() === '') {
      failure.invalid({ html: f('answerRequired') });
      return;
    }
    setBusy('send');
    failure.setFailure(undefined);
    try {
      const answered = await feedbackApi.answer(item.id, {
        html: stash.form.html,
        attachmentKeys: stash.form.attachments.map((file) => file.key),
        expectedVersion: item.version,
      });
      stash.sent();
      props.onAnswered(answered);
    } catch (error) {
      failure.setFailure(failureOf(error, lang, fieldOf));
    } finally {
      setBusy(undefined);
    }
  };

  const htmlError = failure.errorOf('html');
  const filesError = fileError ?? failure.errorOf('attachments');
  return (
    <form class="answer-form" onSubmit={send} noValidate>
      {stash.restored ? (
        <RestoredNotice
          text={f('restoredUnsaved')}
          discardLabel={f('discardRestored')}
          onDiscard={() => {
            stash.discard(empty());
            setEditorKey((previous) => previous + 1);
          }}
        />
      ) : null}
      <FormErrors
        state={failure}
        fields={fields}
        conflict={{ title: f('conflict'), detail: f('conflictDetail'), reloadLabel: f('reload') }}
        onReload={props.onReload}
      />
      <div class={`field${htmlError ? ' field-invalid' : ''}`}>
        <span class="label" id="answer-html-label">
          {f('fieldAnswer')}
        </span>
        <p class="hint" id="answer-html-hint">
          {f('fieldAnswerHint')}
        </p>
        {htmlError ? (
          <p class="field-error" id="answer-html-error">
            {htmlError}
          </p>
        ) : null}
        <RichText
          key={editorKey}
          id={ids.html}
          labelId="answer-html-label"
          describedBy={describedBy(ids.html, true, htmlError)}
          invalid={Boolean(htmlError)}
          initialHtml={stash.form.html}
          onChange={(html) => stash.update({ html })}
        />
      </div>
      <div class={`field${filesError ? ' field-invalid' : ''}`}>
        <label for={ids.attachments}>{f('fieldAnswerFiles')}</label>
        <p class="hint" id={`${ids.attachments}-hint`}>
          {f('fieldAnswerFilesHint', { n: MAX_FILES })}
        </p>
        {filesError ? (
          <p class="field-error" id={`${ids.attachments}-error`}>
            {filesError}
          </p>
        ) : null}
        <UploadedFileList
          files={stash.form.attachments}
          removeLabel={(name) => f('removeFile', { name })}
          onRemove={(key) =>
            stash.update((previous) => ({
              attachments: previous.attachments.filter((other) => other.key !== key),
            }))
          }
        />
        <input
          id={ids.attachments}
          type="file"
          multiple
          accept="application/pdf,.pdf"
          aria-invalid={filesError ? true : undefined}
          aria-describedby={describedBy(ids.attachments, true, filesError)}
          aria-disabled={busy ? 'true' : undefined}
          onChange={onFiles}
        />
        <StatusMessage message={message} />
      </div>
      <p class="actions">
        <ActionButton type="submit" emphasis="primary" busy={busy !== undefined}>
          {busy === 'send' ? f('sending') : f('sendAnswer')}
        </ActionButton>
      </p>
    </form>
  );
}
