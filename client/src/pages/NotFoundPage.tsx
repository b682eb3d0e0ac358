import { Link } from 'react-router';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';

export default function NotFoundPage() {
  const { m } = useI18n();
  return (
    <section>
      <PageTitle title={m.notFound.title}>{m.notFound.title}</PageTitle>
      <p>{m.notFound.text}</p>
      <Link to="/">{m.notFound.home}</Link>
    </section>
  );
}
