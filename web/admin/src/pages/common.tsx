import type { PageStatus } from '#shared/domain/page.ts';
import { type BadgeTone, StatusBadge } from '../components/status-badge.tsx';
import { usePagesWords } from './i18n.ts';

const tones: Record<PageStatus, BadgeTone> = {
  draft: 'neutral',
  in_review: 'waiting',
  returned: 'problem',
  published: 'done',
  unpublished: 'withdrawn',
  archived: 'closed',
};

export function PageStatusBadge(props: { status: PageStatus }) {
  const { p } = usePagesWords();
  return <StatusBadge tone={tones[props.status]} label={p(`status_${props.status}`)} />;
}
