import type { ConsultationRoute } from '../router.ts';
import { ConsultationDetailPage } from './detail.tsx';
import { ConsultationListPage, NewConsultationPage } from './list.tsx';

/**
 * Consultations on draft regulations (lấy ý kiến dự thảo văn bản): one chunk, loaded when a consultation
 * route is first opened.
 */
export function ConsultationScreen(props: { route: ConsultationRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'consultationList':
      return <ConsultationListPage />;
    case 'consultationNew':
      return <NewConsultationPage />;
    case 'consultationDetail':
      return <ConsultationDetailPage key={route.id} id={route.id} />;
  }
}
