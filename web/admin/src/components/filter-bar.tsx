import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { Link } from './ui.tsx';

/**
 * One filter of a list, kept in the query string under `param`: a select (with an "all" option unless
 * `withAll` is false), a checkbox (`param=1` when ticked) or words to look for.
 */
export type Filter =
  | {
      kind: 'select';
      param: string;
      id: string;
      label: string;
      options: readonly { value: string; label: string }[];
      withAll?: boolean;
    }
  | { kind: 'checkbox'; param: string; id: string; label: string }
  /** Words to look for (`param=<words>`), up to `max` characters. */
  | { kind: 'text'; param: string; id: string; label: string; max: number };

/**
 * The filters above a list. They live in the URL, so back/forward and reload keep them: the screen reads
 * `applied` from its query string, and "apply" hands it the query to navigate to. What is chosen but not
 * applied yet is the bar's own; a new query string puts the choices back in line with it.
 */
export function FilterBar(props: {
  /** The form's accessible name. */
  label: string;
  filters: readonly Filter[];
  /** The applied value of each filter's param ('' for none, '1' for a ticked checkbox). */
  applied: Readonly<Record<string, string>>;
  applyLabel: string;
  /** A link that clears every filter, shown while some are applied. */
  clear?: { label: string; href: string };
  onApply: (query: URLSearchParams) => void;
}) {
  const { t } = useI18n();
  const appliedKey = JSON.stringify(props.applied);
  const [draft, setDraft] = useState(props.applied);
  // Dependencies: appliedKey stands for `applied`.
  useEffect(() => setDraft(props.applied), [appliedKey]);
  const choose = (param: string, value: string) => setDraft((previous) => ({ ...previous, [param]: value }));
  const filtered = Object.values(props.applied).some(Boolean);
  return (
    <form
      class="filters"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        const query = new URLSearchParams();
        for (const filter of props.filters) {
          const value = draft[filter.param];
          if (value) query.set(filter.param, value);
        }
        props.onApply(query);
      }}
    >
      {props.filters.map((filter) =>
        filter.kind === 'text' ? (
          <div class="field" key={filter.param}>
            <label for={filter.id}>{filter.label}</label>
            <input
              id={filter.id}
              type="search"
              maxLength={filter.max}
              value={draft[filter.param] ?? ''}
              onInput={(event) => choose(filter.param, event.currentTarget.value)}
            />
          </div>
        ) : filter.kind === 'select' ? (
          <div class="field" key={filter.param}>
            <label for={filter.id}>{filter.label}</label>
            <select
              id={filter.id}
              value={draft[filter.param] ?? ''}
              onChange={(event) => choose(filter.param, event.currentTarget.value)}
            >
              {filter.withAll === false ? null : <option value="">{t('filterAll')}</option>}
              {filter.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div class="field field-checkbox" key={filter.param}>
            <input
              id={filter.id}
              type="checkbox"
              checked={draft[filter.param] === '1'}
              onChange={(event) => choose(filter.param, event.currentTarget.checked ? '1' : '')}
            />
            <label for={filter.id}>{filter.label}</label>
          </div>
        ),
      )}
      <div class="filter-actions">
        <button type="submit" class="button button-secondary">
          {props.applyLabel}
        </button>
        {props.clear && filtered ? (
          <Link href={props.clear.href} class="button button-quiet">
            {props.clear.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
