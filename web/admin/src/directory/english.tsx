import { type EnglishState, englishStatus } from '#shared/domain/english-versions.ts';
import type { FieldTimes } from '#shared/domain/organisation.ts';
import { useDirectoryWords } from './i18n.ts';

/** Which English of a record is missing or older than its Vietnamese (shared/domain/english-versions.ts). */
export function EnglishIndicator(props: {
  record: Record<string, unknown>;
  pairs: readonly string[];
  times: FieldTimes;
}) {
  const { d } = useDirectoryWords();
  const states = englishStatus(props.record, props.pairs, props.times);
  if (states.length === 0) return <span class="badge badge-ok">{d('englishOk')}</span>;
  const named = (state: EnglishState['state']) =>
    states
      .filter((entry) => entry.state === state)
      .map((entry) => d(`field_${entry.field}` as Parameters<typeof d>[0]))
      .join(', ');
  const missing = named('missing');
  const stale = named('stale');
  return (
    <span class="badge badge-warning" data-english="needs-work">
      {missing ? d('englishMissing', { fields: missing }) : null}
      {missing && stale ? <br /> : null}
      {stale ? d('englishStale', { fields: stale }) : null}
    </span>
  );
}
