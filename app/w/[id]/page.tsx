import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WorkshopLoader } from '../../_components/workshop/WorkshopLoader';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('meta.workshopTitle') };
}

export default async function WorkshopPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkshopLoader id={id} />;
}
