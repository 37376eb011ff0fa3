import { Landing } from './_components/landing/Landing';

export default function HomePage() {
  return <Landing />;
}
