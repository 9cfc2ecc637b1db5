import { useEffect, useRef } from 'preact/hooks';
import type { AuditEntry } from '#shared/domain/audit.ts';
import type { DocumentStatus, IssueStatus, StoredFile } from '#shared/domain/gazette.ts';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { type BadgeTone, StatusBadge } from '../components/status-badge.tsx';
import { DataTable } from '../components/table.tsx';
import type { Lang } from '../i18n.ts';
import { type GazetteKey, useGazetteWords } from './i18n.ts';

/** What the gazette screens share beyond the admin kit (src/components/): badges, history, files. */

const documentTones: Record<DocumentStatus, BadgeTone> = {
  submitted: 'waiting',
  in_review: 'waiting',
  returned: 'problem',
  accepted: 'done',
  in_issue: 'planned',
  published: 'done',
  failed: 'problem',
};
const issueTones: Record<IssueStatus, BadgeTone> = {
  composing: 'neutral',
  awaiting_approval: 'waiting',
  scheduled: 'planned',
  publishing: 'planned',
  published: 'done',
  failed: 'problem',
};

export function DocumentStatusBadge(props: { status: DocumentStatus }) {
  const words = useGazetteWords();
  return <StatusBadge tone={documentTones[props.status]} label={words.documentStatus(props.status)} />;
}

export function IssueStatusBadge(props: { status: IssueStatus }) {
  const words = useGazetteWords();
  return <StatusBadge tone={issueTones[props.status]} label={words.issueStatus(props.status)} />;
}

/**
 * A document's or an issue's history, loaded on its own and refreshed in the background whenever the
 * subject changed (`refreshKey`), so the entries the workflow adds show up.
 */
export function GazetteHistory(props: {
  entity: 'document' | 'issue';
  load: () => Promise<AuditEntry[]>;
  refreshKey: unknown;
}) {
  const words = useGazetteWords();
  const { resource, refresh } = useResource(props.load, []);
  const first = useRef(true);
  // Dependencies: a new state of the subject means new history entries.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refresh();
  }, [props.refreshKey]);
  return (
    <HistorySection
      history={resource}
      onRetry={() => void refresh()}
      actionLabel={words.action}
      statusLabel={(status) => words.historyStatus(props.entity, status)}
    />
  );
}

/** `2026-11-20` → `20/11/2026` (a calendar date: no time zone involved). */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

export function formatSize(bytes: number, lang: Lang): string {
  const format = (value: number) =>
    value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} kB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

export function FileTable(props: { files: { role: GazetteKey; file: StoredFile; href?: string }[] }) {
  const { g, lang } = useGazetteWords();
  return (
    <DataTable
      class="file-table"
      columns={[g('colFileRole'), g('colFile'), g('colSize'), g('colSha256'), g('colKey')]}
    >
      {props.files.map(({ role, file, href }) => (
        <tr key={file.key}>
          <td>{g(role)}</td>
          <td class="file-name">{href ? <a href={href}>{file.fileName}</a> : file.fileName}</td>
          <td>{formatSize(file.size, lang)}</td>
          <td>
            <code class="hash">{file.sha256}</code>
          </td>
          <td>
            <code class="wrap-anywhere">{file.key}</code>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
