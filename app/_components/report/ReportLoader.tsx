'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { FullPageMessage } from '../workshop/FullPageMessage';

// The report page reads the key from the browser (the link's #key= or localStorage), so it is never
// rendered on the server, like the workshop page.
const ReportApp = dynamic(() => import('./ReportApp'), {
  ssr: false,
  loading: () => <Opening />,
});

function Opening() {
  const t = useTranslations();
  return <FullPageMessage text={t('report.opening')} />;
}

export function ReportLoader({ id }: { id: string }) {
  return <ReportApp id={id} />;
}
