import { useState } from 'preact/hooks';
import type { HolidayCalendarRecord } from '#shared/domain/calendar.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import { feedbackApi } from '../api/feedback.ts';
import { ActionError } from '../components/decision-panel.tsx';
import { fieldErrorsOf } from '../components/form.tsx';
import { formatDate } from '../components/format.ts';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { DataTable } from '../components/table.tsx';
import {
  ActionButton,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
  useFocusOn,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { paths } from '../router.ts';
import { LinkTabs } from './common.tsx';
import { useFeedbackWords } from './i18n.ts';

/**
 * The holiday calendar every working-day deadline is counted on: per year, the public holidays (Tết moves
 * every year) and the weekend days worked in exchange for a bridge day off. The screen says which years have
 * no calendar yet (their deadlines count weekends only). Saved whole per year (PUT, with expectedVersion once
 * the year exists); the administrator's alone.
 */

type Holiday = { date: string; nameVi: string; nameEn: string };
type Swap = { date: string; note: string };
type Draft = { holidays: Holiday[]; workingWeekends: Swap[] };

/** The years a deadline may fall in (this one and the next), and every year that has a calendar. */
function yearsShown(calendars: HolidayCalendarRecord[], thisYear: number): number[] {
  return [...new Set([thisYear, thisYear + 1, ...calendars.map((calendar) => calendar.year)])].sort(
    (a, b) => a - b,
  );
}

/** An input's id from its API path: `holidays.2.nameEn` → `holidays-2-nameEn` (so server errors find it). */
const idOf = (path: string) => path.replace(/\./g, '-');

/**
 * One list of days (holidays, or swapped working days) as a table of inputs, a row per day: each input
 * labelled for screen readers by its column and row, its server error above it; rows added and removed.
 */
function DayTable<Row extends { date: string }>(props: {
  path: 'holidays' | 'workingWeekends';
  title: string;
  hint?: string;
  empty: string;
  addLabel: string;
  removeLabel: (date: string) => string;
  columns: readonly { key: keyof Row & string; label: string }[];
  blank: Row;
  rows: Row[];
  year: number;
  editable: boolean;
  errors: Partial<Record<string, string>>;
  onChange: (rows: Row[]) => void;
}) {
  const { f } = useFeedbackWords();
  const { rows } = props;
  const rowName = (index: number) => f('calendarRow', { n: index + 1 });
  const cell = (row: Row, index: number, column: { key: keyof Row & string; label: string }) => {
    const id = idOf(`${props.path}.${index}.${column.key}`);
    const message = props.errors[id];
    const value = row[column.key];
    const common = {
      id,
      readOnly: !props.editable,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-error` : undefined,
      value: typeof value === 'string' ? value : '',
      onInput: (event: Event) => {
        if (!(event.currentTarget instanceof HTMLInputElement)) return;
        const typed = event.currentTarget.value;
        props.onChange(rows.map((other, at) => (at === index ? { ...other, [column.key]: typed } : other)));
      },
    };
    return (
      <td key={column.key} class={message ? 'field-invalid' : undefined}>
        <label class="visually-hidden" for={id}>
          {`${column.label}, ${rowName(index)}`}
        </label>
        {message ? (
          <p class="field-error" id={`${id}-error`}>
            {message}
          </p>
        ) : null}
        {column.key === 'date' ? (
          <input {...common} type="date" min={`${props.year}-01-01`} max={`${props.year}-12-31`} />
        ) : (
          <input {...common} type="text" maxLength={200} />
        )}
      </td>
    );
  };
  return (
    <>
      <h3>{props.title}</h3>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      {rows.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <DataTable
          caption={props.title}
          columns={[
            ...props.columns.map((column) => column.label),
            ...(props.editable ? [{ label: f('colActions'), hidden: true as const }] : []),
          ]}
        >
          {rows.map((row, index) => (
            <tr key={`${props.path}-${index}`}>
              {props.columns.map((column) => cell(row, index, column))}
              {props.editable ? (
                <td>
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => props.onChange(rows.filter((_, at) => at !== index))}
                  >
                    {props.removeLabel(row.date ? formatDate(row.date) : rowName(index))}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {props.editable ? (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => props.onChange([...rows, { ...props.blank }])}
          >
            {props.addLabel}
          </button>
        </p>
      ) : null}
    </>
  );
}

function YearEditor(props: {
  year: number;
  calendar: HolidayCalendarRecord | undefined;
  editable: boolean;
  onSaved: (calendar: HolidayCalendarRecord) => void;
  onReload: () => void;
}) {
  const { f, lang } = useFeedbackWords();
  const { year, calendar } = props;
  const [draft, setDraft] = useState<Draft>(() => ({
    holidays: calendar?.holidays.map((holiday) => ({ ...holiday })) ?? [],
    workingWeekends: calendar?.workingWeekends.map((day) => ({ ...day })) ?? [],
  }));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const errorRef = useFocusOn(error);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setErrors({});
    try {
      props.onSaved(
        await feedbackApi.saveCalendar(year, {
          holidays: draft.holidays,
          workingWeekends: draft.workingWeekends,
          ...(calendar ? { expectedVersion: calendar.version } : {}),
        }),
      );
    } catch (caught) {
      setErrors(fieldErrorsOf(caught, lang, idOf).fields);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="calendar-year-heading">
      <h2 id="calendar-year-heading">{f('calendarYearTitle', { year })}</h2>
      {calendar ? null : <p class="notice notice-warning">{f('calendarMissingYear', { year })}</p>}
      <div ref={errorRef} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={f('calendarConflict')}
          reloadLabel={f('reload')}
          onReload={props.onReload}
        />
      </div>
      <DayTable<Holiday>
        path="holidays"
        title={f('holidaysTitle')}
        empty={f('holidaysEmpty')}
        addLabel={f('addHoliday')}
        removeLabel={(date) => f('removeHoliday', { date })}
        columns={[
          { key: 'date', label: f('colDate') },
          { key: 'nameVi', label: f('colHolidayVi') },
          { key: 'nameEn', label: f('colHolidayEn') },
        ]}
        blank={{ date: '', nameVi: '', nameEn: '' }}
        rows={draft.holidays}
        year={year}
        editable={props.editable}
        errors={errors}
        onChange={(holidays) => setDraft((previous) => ({ ...previous, holidays }))}
      />
      <DayTable<Swap>
        path="workingWeekends"
        title={f('swapsTitle')}
        hint={f('swapsHint')}
        empty={f('swapsEmpty')}
        addLabel={f('addSwap')}
        removeLabel={(date) => f('removeSwap', { date })}
        columns={[
          { key: 'date', label: f('colDate') },
          { key: 'note', label: f('colSwapNote') },
        ]}
        blank={{ date: '', note: '' }}
        rows={draft.workingWeekends}
        year={year}
        editable={props.editable}
        errors={errors}
        onChange={(workingWeekends) => setDraft((previous) => ({ ...previous, workingWeekends }))}
      />
      {props.editable ? (
        <p class="actions">
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {f('saveCalendar', { year })}
          </ActionButton>
        </p>
      ) : null}
    </form>
  );
}

export function CalendarPage(props: { query: URLSearchParams }) {
  const { f } = useFeedbackWords();
  const { session } = useSession();
  useDocumentTitle(f('calendarTitle'));
  const allowed = can.readCalendars(session.principal);
  const { resource, refresh, set } = useResource(
    () => (allowed ? feedbackApi.calendars() : Promise.resolve([])),
    [allowed],
  );
  const [message, setMessage] = useState<string | undefined>();
  if (!allowed) return <Forbidden />;
  const thisYear = yearInVietnam(new Date());
  const asked = Number(props.query.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2200 ? asked : thisYear;
  const calendars = resource.state === 'ready' ? resource.value : [];
  const years = yearsShown(calendars, thisYear);
  if (!years.includes(year)) years.push(year);
  const has = (candidate: number) => calendars.some((calendar) => calendar.year === candidate);
  const missing = years.filter((candidate) => candidate >= thisYear && !has(candidate));
  const calendar = calendars.find((candidate) => candidate.year === year);
  return (
    <>
      <PageTitle>{f('calendarTitle')}</PageTitle>
      <p class="intro">{f('calendarIntro')}</p>
      <ResourceStatus resource={resource} onRetry={() => void refresh()} />
      {resource.state === 'ready' ? (
        <>
          {missing.length > 0 ? (
            <div class="notice notice-warning">
              <p class="notice-title">{f('calendarMissing', { years: missing.join(', ') })}</p>
              <p>{f('calendarMissingDetail')}</p>
            </div>
          ) : null}
          <LinkTabs
            label={f('calendarYears')}
            tabs={years.map((candidate) => ({
              key: String(candidate),
              label: has(candidate) ? String(candidate) : f('calendarYearMissing', { year: candidate }),
              href: paths.feedbackCalendar(new URLSearchParams({ year: String(candidate) })),
              current: candidate === year,
            }))}
          />
          <StatusMessage message={message} />
          <YearEditor
            key={`${year}-${calendar?.version ?? 0}`}
            year={year}
            calendar={calendar}
            editable={can.editCalendars(session.principal)}
            onReload={() => void refresh()}
            onSaved={(saved) => {
              set([...calendars.filter((candidate) => candidate.year !== saved.year), saved]);
              setMessage(f('calendarSaved', { year: saved.year }));
            }}
          />
        </>
      ) : null}
    </>
  );
}
