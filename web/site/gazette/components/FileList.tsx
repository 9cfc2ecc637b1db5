import type { StoredFile } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { fileFormatName, formatFileSize } from '../../format.ts';
import { gazetteLabels as text } from '../../i18n.ts';

/**
 * Archived files with their format, size and SHA-256. The link text names the format and size, so people
 * know what they will get before following it; the checksum is shown in full, never shortened, because
 * a citizen compares it character for character with what `sha256sum` prints.
 */
export function FileList({ files }: { files: { label: string; file: StoredFile }[] }) {
  return (
    <ul class="file-list">
      {files.map(({ label, file }) => (
        <li class="file">
          <a class="file__link" href={sitePaths.archiveFile(file.key)} type={file.contentType}>
            {label}{' '}
            <span class="file__meta">
              ({fileFormatName(file)}, {formatFileSize(file.size)})
            </span>
          </a>
          <p class="file__hash">
            <span class="file__hash-label">{text.sha256}:</span> <code>{file.sha256}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One sentence on how to check a download against its published SHA-256. */
export function VerifyNote() {
  return (
    <p class="verify-note">
      {text.verifyBefore} <code>{text.verifyCommand}</code> {text.verifyWindows}{' '}
      <code>{text.verifyWindowsCommand}</code>
      {text.verifyAfter}
    </p>
  );
}
