import { useEffect, useRef } from 'preact/hooks';
import type { AuditEntry } from '#shared/domain/audit.ts';
import type { DocumentStatus, IssueStatus, StoredFile } from '#shared/domain/gazette.ts';
import { formatSize } from '../components/format.ts';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { type BadgeTone, StatusBadge } from '../components/status-badge.tsx';
import { DataTable } from '../components/table.tsx';
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

export { formatDate, formatSize } from '../components/format.ts';

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
