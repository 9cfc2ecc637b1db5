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

  const setHoliday = (index: number, changes: Partial<Holiday>) =>
    setDraft((previous) => ({
      ...previous,
      holidays: previous.holidays.map((holiday, at) => (at === index ? { ...holiday, ...changes } : holiday)),
    }));
  const setSwap = (index: number, changes: Partial<Swap>) =>
    setDraft((previous) => ({
      ...previous,
      workingWeekends: previous.workingWeekends.map((day, at) =>
        at === index ? { ...day, ...changes } : day,
      ),
    }));

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
      // `holidays.2.nameEn` → the input of that row and column (its id is the path with dashes).
      setErrors(fieldErrorsOf(caught, lang, (path) => path.replace(/\./g, '-')).fields);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  /** A cell's input, labelled for screen readers by its column and row. */
  const cell = (
    path: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    type: 'date' | 'text' = 'text',
  ) => {
    const id = path.replace(/\./g, '-');
    const message = errors[id];
    const common = {
      id,
      readOnly: !props.editable,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-error` : undefined,
      value,
      onInput: (event: Event) => {
        if (event.currentTarget instanceof HTMLInputElement) onInput(event.currentTarget.value);
      },
    };
    return (
      <td class={message ? 'field-invalid' : undefined}>
        <label class="visually-hidden" for={id}>
          {label}
        </label>
        {message ? (
          <p class="field-error" id={`${id}-error`}>
            {message}
          </p>
        ) : null}
        {type === 'date' ? (
          <input {...common} type="date" min={`${year}-01-01`} max={`${year}-12-31`} />
        ) : (
          <input {...common} type="text" maxLength={200} />
        )}
      </td>
    );
  };

  const row = (index: number) => f('calendarRow', { n: index + 1 });
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

      <h3 id="holidays-heading">{f('holidaysTitle')}</h3>
      {draft.holidays.length === 0 ? <p class="empty">{f('holidaysEmpty')}</p> : null}
      {draft.holidays.length > 0 ? (
        <DataTable
          caption={f('holidaysTitle')}
          columns={[
            f('colDate'),
            f('colHolidayVi'),
            f('colHolidayEn'),
            ...(props.editable ? [{ label: f('colActions'), hidden: true as const }] : []),
          ]}
        >
          {draft.holidays.map((holiday, index) => (
            <tr key={`holiday-${index}`}>
              {cell(
                `holidays.${index}.date`,
                `${f('colDate')}, ${row(index)}`,
                holiday.date,
                (date) => setHoliday(index, { date }),
                'date',
              )}
              {cell(
                `holidays.${index}.nameVi`,
                `${f('colHolidayVi')}, ${row(index)}`,
                holiday.nameVi,
                (nameVi) => setHoliday(index, { nameVi }),
              )}
              {cell(
                `holidays.${index}.nameEn`,
                `${f('colHolidayEn')}, ${row(index)}`,
                holiday.nameEn,
                (nameEn) => setHoliday(index, { nameEn }),
              )}
              {props.editable ? (
                <td>
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() =>
                      setDraft((previous) => ({
                        ...previous,
                        holidays: previous.holidays.filter((_, at) => at !== index),
                      }))
                    }
                  >
                    {f('removeHoliday', { date: holiday.date ? formatDate(holiday.date) : row(index) })}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      ) : null}
      {props.editable ? (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() =>
              setDraft((previous) => ({
                ...previous,
                holidays: [...previous.holidays, { date: '', nameVi: '', nameEn: '' }],
              }))
            }
          >
            {f('addHoliday')}
          </button>
        </p>
      ) : null}

      <h3 id="swaps-heading">{f('swapsTitle')}</h3>
      <p class="hint">{f('swapsHint')}</p>
      {draft.workingWeekends.length === 0 ? <p class="empty">{f('swapsEmpty')}</p> : null}
      {draft.workingWeekends.length > 0 ? (
        <DataTable
          caption={f('swapsTitle')}
          columns={[
            f('colDate'),
            f('colSwapNote'),
            ...(props.editable ? [{ label: f('colActions'), hidden: true as const }] : []),
          ]}
        >
          {draft.workingWeekends.map((day, index) => (
            <tr key={`swap-${index}`}>
              {cell(
                `workingWeekends.${index}.date`,
                `${f('colDate')}, ${row(index)}`,
                day.date,
                (date) => setSwap(index, { date }),
                'date',
              )}
              {cell(`workingWeekends.${index}.note`, `${f('colSwapNote')}, ${row(index)}`, day.note, (note) =>
                setSwap(index, { note }),
              )}
              {props.editable ? (
                <td>
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() =>
                      setDraft((previous) => ({
                        ...previous,
                        workingWeekends: previous.workingWeekends.filter((_, at) => at !== index),
                      }))
                    }
                  >
                    {f('removeSwap', { date: day.date ? formatDate(day.date) : row(index) })}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      ) : null}
      {props.editable ? (
        <>
          <p>
            <button
              type="button"
              class="button button-secondary"
              onClick={() =>
                setDraft((previous) => ({
                  ...previous,
                  workingWeekends: [...previous.workingWeekends, { date: '', note: '' }],
                }))
              }
            >
              {f('addSwap')}
            </button>
          </p>
          <p class="actions">
            <ActionButton type="submit" emphasis="primary" busy={busy}>
              {f('saveCalendar', { year })}
            </ActionButton>
          </p>
        </>
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
