import { gazetteLabels as text } from '../../i18n.ts';

/** In force or not, said in words (colour only adds to it: WCAG 2.1 SC 1.4.1). */
export function StatusBadge({ inForce }: { inForce: boolean }) {
  return (
    <span class={inForce ? 'doc-status doc-status--in' : 'doc-status doc-status--out'}>
      {inForce ? text.inForce : text.notInForce}
    </span>
  );
}
