import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportLoader } from '../../../_components/report/ReportLoader';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('meta.reportTitle') };
}

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReportLoader id={id} />;
}
