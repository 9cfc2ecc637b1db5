import type { FeedbackRoute } from '../router.ts';
import { CalendarPage } from './calendar.tsx';
import { FeedbackItemPage } from './item.tsx';
import { AgencyInboxPage, ApprovalsPage, FeedbackQueuePage } from './queue.tsx';
import { TopicsPage } from './topics.tsx';

/**
 * Citizens' feedback (phản ánh, kiến nghị) screens: one chunk, loaded when a feedback route is first opened
 * (and fetched ahead for the users whose roles have feedback screens). See web/admin/README.md.
 */
export function FeedbackScreen(props: { route: FeedbackRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'feedbackQueue':
      return <FeedbackQueuePage query={route.query} />;
    case 'feedbackInbox':
      return <AgencyInboxPage query={route.query} />;
    case 'feedbackApprovals':
      return <ApprovalsPage />;
    case 'feedbackItem':
      return <FeedbackItemPage key={route.id} id={route.id} />;
    case 'feedbackTopics':
      return <TopicsPage />;
    case 'feedbackCalendar':
      return <CalendarPage query={route.query} />;
  }
}
