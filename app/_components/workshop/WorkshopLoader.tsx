'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { FullPageMessage } from './FullPageMessage';

// The workshop needs the browser (Cytoscape, localStorage, the socket), so it is never rendered on the server.
const WorkshopApp = dynamic(() => import('./WorkshopApp'), {
  ssr: false,
  loading: () => <Opening />,
});

function Opening() {
  const t = useTranslations();
  return <FullPageMessage text={t('workshop.opening')} />;
}

export function WorkshopLoader({ id }: { id: string }) {
  return <WorkshopApp id={id} />;
}
