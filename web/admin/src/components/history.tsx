import type { AuditEntry } from '#shared/domain/audit.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { useI18n } from '../context.ts';
import type { Resource } from './resource.tsx';
import { ItemTable } from './table.tsx';

/**
 * An item's audit trail: who did what, when, from which status to which, with the note. Each context
 * names its actions and statuses (unknown ones are shown as they are).
 */
export function HistorySection(props: {
  history: Resource<AuditEntry[]>;
  onRetry: () => void;
  actionLabel: (action: string) => string;
  statusLabel: (status: string) => string;
}) {
  const { t, lang } = useI18n();
  const { history } = props;
  const status = (value: string | undefined) => (value ? props.statusLabel(value) : '—');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history')}</h2>
      <ItemTable
        resource={history}
        onRetry={props.onRetry}
        items={history.state === 'ready' ? history.value : []}
        empty={t('historyEmpty')}
        caption={t('history')}
        columns={[t('colWhen'), t('colWho'), t('colAction'), t('colTransition'), t('colNote')]}
        row={(entry, index) => (
          <tr key={`${entry.at}-${entry.action}-${index}`}>
            <td>{formatDateTime(entry.at, lang)}</td>
            <td>{entry.actorName}</td>
            <td>{props.actionLabel(entry.action)}</td>
            <td>
              {entry.fromStatus || entry.toStatus
                ? `${status(entry.fromStatus)} → ${status(entry.toStatus)}`
                : '—'}
            </td>
            <td class="wrap-anywhere">{entry.note ?? ''}</td>
          </tr>
        )}
      />
    </section>
  );
}
