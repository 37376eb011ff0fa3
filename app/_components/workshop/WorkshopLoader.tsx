'use client';

import dynamic from 'next/dynamic';

// The workshop needs the browser (Cytoscape, localStorage, the socket), so it is never rendered on the server.
const WorkshopApp = dynamic(() => import('./WorkshopApp'), {
  ssr: false,
  loading: () => <FullPageMessage text="Opening the workshop…" />,
});

export function WorkshopLoader({ id }: { id: string }) {
  return <WorkshopApp id={id} />;
}

export function FullPageMessage({ text }: { text: string }) {
  return (
    <div className="flex h-dvh items-center justify-center text-lg text-slate-500" data-testid="loading">
      <span className="cc-pulse">{text}</span>
    </div>
  );
}
