import { useEffect, useState } from 'preact/hooks';
import { type PeriodKind, parsePeriod } from '#shared/domain/reports.ts';

/**
 * Chooses a period of the Vietnam calendar: a month, a quarter or a year (`2026-07`, `2026-Q3`, `2026`).
 * The kind is a group of radio buttons, then the year and, for a month or a quarter, which one; "apply"
 * hands the period's id to the screen (which keeps it in its URL).
 */
export type PeriodPickerWords = {
  legend: string;
  kinds: Record<PeriodKind, string>;
  year: string;
  month: string;
  quarter: string;
  monthName: (month: number) => string;
  quarterName: (quarter: number) => string;
  apply: string;
};

export function PeriodPicker(props: {
  id: string;
  /** The period shown now. */
  value: string;
  years: readonly number[];
  words: PeriodPickerWords;
  onApply: (period: string) => void;
}) {
  const current = parsePeriod(props.value);
  const initial = {
    kind: current?.kind ?? 'month',
    year: current?.year ?? props.years[0] ?? 2026,
    month: Number(current?.months[0]?.slice(5) ?? 1),
  };
  const [draft, setDraft] = useState(initial);
  useEffect(() => setDraft(initial), [props.value]);
  const { words } = props;
  const periodOf = () =>
    draft.kind === 'year'
      ? String(draft.year)
      : draft.kind === 'quarter'
        ? `${draft.year}-Q${Math.ceil(draft.month / 3)}`
        : `${draft.year}-${String(draft.month).padStart(2, '0')}`;
  return (
    <form
      class="filters period-picker"
      aria-label={words.legend}
      onSubmit={(event) => {
        event.preventDefault();
        props.onApply(periodOf());
      }}
    >
      <fieldset class="field period-kinds">
        <legend>{words.legend}</legend>
        {(['month', 'quarter', 'year'] as const).map((kind) => (
          <label key={kind} class="period-kind">
            <input
              type="radio"
              name={`${props.id}-kind`}
              value={kind}
              checked={draft.kind === kind}
              onChange={() => setDraft({ ...draft, kind })}
            />
            {words.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${props.id}-year`}>{words.year}</label>
        <select
          id={`${props.id}-year`}
          value={String(draft.year)}
          onChange={(event) => setDraft({ ...draft, year: Number(event.currentTarget.value) })}
        >
          {props.years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'month' ? (
        <div class="field">
          <label for={`${props.id}-month`}>{words.month}</label>
          <select
            id={`${props.id}-month`}
            value={String(draft.month)}
            onChange={(event) => setDraft({ ...draft, month: Number(event.currentTarget.value) })}
          >
            {Array.from({ length: 12 }, (_, index) => (
              <option key={index} value={String(index + 1)}>
                {words.monthName(index + 1)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {draft.kind === 'quarter' ? (
        <div class="field">
          <label for={`${props.id}-quarter`}>{words.quarter}</label>
          <select
            id={`${props.id}-quarter`}
            value={String(Math.ceil(draft.month / 3))}
            onChange={(event) =>
              setDraft({ ...draft, month: (Number(event.currentTarget.value) - 1) * 3 + 1 })
            }
          >
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={String(quarter)}>
                {words.quarterName(quarter)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="filter-actions">
        <button type="submit" class="button button-primary">
          {words.apply}
        </button>
      </div>
    </form>
  );
}
