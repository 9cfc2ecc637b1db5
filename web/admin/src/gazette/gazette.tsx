import type { GazetteRoute } from '../router.ts';
import { ComposePage } from './compose.tsx';
import { DistributionPage } from './distribution.tsx';
import { AgencyDocumentsPage, DocumentPage, ReviewQueuePage, SubmitDocumentPage } from './documents.tsx';
import { ApprovalsPage, IssuePage, IssuesPage } from './issues.tsx';

/**
 * The Official Gazette (Công báo) screens: one chunk, loaded when a gazette route is first opened (and
 * fetched ahead for the users whose roles have gazette screens). See web/admin/README.md.
 */
export function GazetteScreen(props: { route: GazetteRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'gazetteDocuments':
      return <AgencyDocumentsPage query={route.query} />;
    case 'gazetteSubmit':
      return <SubmitDocumentPage />;
    case 'gazetteDocument':
      return <DocumentPage key={route.id} id={route.id} via="documents" />;
    case 'gazetteReviewQueue':
      return <ReviewQueuePage query={route.query} />;
    case 'gazetteReviewItem':
      return <DocumentPage key={route.id} id={route.id} via="review" />;
    case 'gazetteIssues':
      return <IssuesPage query={route.query} />;
    case 'gazetteCompose':
      return <ComposePage />;
    case 'gazetteIssue':
      return <IssuePage key={route.id} id={route.id} />;
    case 'gazetteApprovals':
      return <ApprovalsPage />;
    case 'gazetteDistribution':
      return <DistributionPage />;
  }
}
