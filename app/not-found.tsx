import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ProblemPage } from './_components/problems/ProblemPage';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())('meta.notFoundTitle') };
}

/** Next.js shows this for every path nothing else answers (with status 404), in the reader's language. */
export default async function NotFound() {
  const t = await getTranslations();
  return <ProblemPage kind="not_found" title={t('notFound.title')} text={t('notFound.text')} />;
}
