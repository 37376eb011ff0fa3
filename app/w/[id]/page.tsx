import type { Metadata } from 'next';
import { WorkshopLoader } from '../../_components/workshop/WorkshopLoader';

export const metadata: Metadata = { title: 'Workshop · ClusterCanvas' };

export default async function WorkshopPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkshopLoader id={id} />;
}
