/**
 * The colours a status can take (styles.css, dark text on light tints, all above 7:1). Each context maps its
 * statuses onto them (`Record<Status, BadgeTone>`): a deadline badge is a status too (overdue: `problem`).
 */
export type BadgeTone = 'neutral' | 'waiting' | 'problem' | 'planned' | 'done' | 'withdrawn' | 'closed';

/** A status in words, coloured by its tone; the words carry the meaning, the colour only repeats it. */
export function StatusBadge(props: { tone: BadgeTone; label: string }) {
  return <span class={`badge badge-${props.tone}`}>{props.label}</span>;
}
