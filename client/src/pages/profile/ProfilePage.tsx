import { useQuery } from 'urql';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { ChangePassword } from './ChangePassword';
import { ProfileDetails } from './ProfileDetails';
import { Sessions } from './Sessions';
import { ProfileDocument } from './documents';

/** The signed-in user's own account: details, password and where it is signed in. */
export default function ProfilePage() {
  const { m } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ProfileDocument });
  const me = data?.me;
  return (
    <section className="narrow">
      <PageTitle title={m.accounts.profile.title}>{m.accounts.profile.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {me ? (
        <>
          <p className="lead">{me.email}</p>
          <ProfileDetails me={me} />
          <ChangePassword />
          <Sessions />
        </>
      ) : null}
    </section>
  );
}
