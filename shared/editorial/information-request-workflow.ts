import type {
  DeadlineState,
  InformationRequest,
  InformationRequestStatus,
} from '#shared/domain/information-request.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays, type HolidayCalendar } from '#shared/time/working-days.ts';

/**
 * The decisions about requests for information, pure (docs/decisions.md 185–190): which action moves a
 * request where, when a due date is acceptable, and where a request stands against its due date. Days are
 * Vietnam's (Asia/Ho_Chi_Minh): a request due on the 20th is answered on time until 23:59:59 of the 20th
 * there, and is overdue from 00:00 of the 21st.
 */
export type InformationRequestAction = 'answer' | 'cancel' | 'start-article';

/** `answer` from `answered` is a supplement: the request stays answered (decision 186). */
export const informationRequestTransitions: Record<
  InformationRequestAction,
  {
    from: readonly InformationRequestStatus[];
    to: (from: InformationRequestStatus) => InformationRequestStatus;
  }
> = {
  answer: { from: ['open', 'answered'], to: () => 'answered' },
  cancel: { from: ['open'], to: () => 'cancelled' },
  'start-article': { from: ['answered'], to: (from) => from },
};

export type InformationRequestRefusal = 'invalid-transition' | 'article-exists';

/** The status an action leads to, or why it is refused. */
export function decideInformationRequest(
  request: Pick<InformationRequest, 'status' | 'articleId'>,
  action: InformationRequestAction,
): { to: InformationRequestStatus } | { refused: InformationRequestRefusal } {
  const transition = informationRequestTransitions[action];
  if (!transition.from.includes(request.status)) return { refused: 'invalid-transition' };
  // One article per request: a second start would make a second draft of the same answer.
  if (action === 'start-article' && request.articleId) return { refused: 'article-exists' };
  return { to: transition.to(request.status) };
}

/** Today in Vietnam. */
export const todayInVietnam = (now: Date): string => dateInVietnam(now);

/** A due date is today or later (in Vietnam); an earlier one is refused. */
export const isAcceptableDueDate = (dueDate: string, now: Date): boolean => dueDate >= todayInVietnam(now);

/** The due date `workingDays` working days from today (today does not count: shared/time/working-days.ts). */
export const dueDateInWorkingDays = (workingDays: number, now: Date, calendar: HolidayCalendar): string =>
  addWorkingDays(todayInVietnam(now), workingDays, calendar);

/** An answer given at `at` is late when its day in Vietnam is after the due day. */
export const isLate = (dueDate: string, at: Date | string): boolean => dateInVietnam(at) > dueDate;

/** Where the request stands at `now`: overdue is an open request whose due day has passed. */
export function deadlineState(
  request: Pick<InformationRequest, 'status' | 'dueDate' | 'answeredLate'>,
  now: Date,
): DeadlineState {
  switch (request.status) {
    case 'cancelled':
      return 'cancelled';
    case 'answered':
      return request.answeredLate ? 'answered-late' : 'answered-on-time';
    case 'open':
      return isLate(request.dueDate, now) ? 'overdue' : 'due';
  }
}

/** The dimension the reports count a first answer under. */
export const timelinessOf = (late: boolean): 'on-time' | 'late' => (late ? 'late' : 'on-time');
