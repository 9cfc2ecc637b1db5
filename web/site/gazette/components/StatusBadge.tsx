import { type StatusInForce, statusInForceLabels } from '#shared/domain/gazette.ts';

/** The status in force, said in words (colour only adds to it: WCAG 2.1 SC 1.4.1). */
export function StatusBadge({ status }: { status: StatusInForce }) {
  const inForce = status === 'in_force';
  const partly = status === 'partly_in_force' || status === 'not_yet_in_force';
  return (
    <span
      class={
        inForce
          ? 'doc-status doc-status--in'
          : partly
            ? 'doc-status doc-status--partly'
            : 'doc-status doc-status--out'
      }
    >
      {statusInForceLabels[status].vi}
    </span>
  );
}
