import type { UploadedFile } from '../api/transport.ts';
import { useI18n } from '../context.ts';
import { formatSize } from './format.ts';

/** The files a form has uploaded already (name and size), each with its button to take it off again. */
export function UploadedFileList(props: {
  files: readonly UploadedFile[];
  removeLabel: (fileName: string) => string;
  onRemove: (key: string) => void;
}) {
  const { lang } = useI18n();
  if (props.files.length === 0) return null;
  return (
    <ul class="attachment-list">
      {props.files.map((file) => (
        <li key={file.key}>
          <span>
            {file.fileName} ({formatSize(file.size, lang)})
          </span>
          <button type="button" class="button button-quiet" onClick={() => props.onRemove(file.key)}>
            {props.removeLabel(file.fileName)}
          </button>
        </li>
      ))}
    </ul>
  );
}
