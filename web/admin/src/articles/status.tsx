import type { ArticleStatus } from '#shared/domain/article.ts';
import { type BadgeTone, StatusBadge } from '../components/status-badge.tsx';
import { useI18n } from '../context.ts';
import { statusKey } from '../i18n.ts';

const articleTones: Record<ArticleStatus, BadgeTone> = {
  draft: 'neutral',
  in_review: 'waiting',
  returned: 'problem',
  scheduled: 'planned',
  published: 'done',
  unpublished: 'withdrawn',
  archived: 'closed',
};

export function ArticleStatusBadge(props: { status: ArticleStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={articleTones[props.status]} label={t(statusKey(props.status))} />;
}
