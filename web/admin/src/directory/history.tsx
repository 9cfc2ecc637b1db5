import type { AuditEntry } from '#shared/domain/audit.ts';
import { HistorySection } from '../components/history.tsx';
import { useResource } from '../components/resource.tsx';
import { useDirectoryWords } from './i18n.ts';

/** The audit trail of one category or agency, shown under the list when its "history" button is pressed. */
export function ItemHistory(props: { name: string; load: () => Promise<AuditEntry[]> }) {
  const { d, action } = useDirectoryWords();
  const { resource, reload } = useResource(props.load, [props.load]);
  return (
    <div class="panel">
      <p class="intro">{d('historyOf', { name: props.name })}</p>
      <HistorySection
        history={resource}
        onRetry={reload}
        actionLabel={action}
        statusLabel={(status) => status}
      />
    </div>
  );
}
