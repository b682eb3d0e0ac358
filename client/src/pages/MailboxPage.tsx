import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Loading, PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { parseMail, portalLinks, type ParsedMail } from './mailbox/eml';

interface Entry {
  file: string;
  receivedAt: string;
  mail: ParsedMail | null;
}

const SHOWN = 30;

/** Demo and development: the mails the portal sent, so registration can be finished without a mail server. */
export default function MailboxPage() {
  const { m, format } = useI18n();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const response = await fetch('/dev/mailbox', { headers: { accept: 'application/json' } });
        if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) {
          if (current) setUnavailable(true);
          return;
        }
        const { mails } = (await response.json()) as {
          mails: { file: string; receivedAt: string }[];
        };
        const loaded = await Promise.all(
          mails.slice(0, SHOWN).map(async ({ file, receivedAt }) => {
            const raw = await fetch(`/dev/mailbox/${encodeURIComponent(file)}`).then((r) =>
              r.ok ? r.text() : null,
            );
            return { file, receivedAt, mail: raw === null ? null : parseMail(raw) };
          }),
        );
        if (current) {
          setEntries(loaded);
          setOpen((was) => was ?? loaded[0]?.file ?? null);
        }
      } catch {
        if (current) setUnavailable(true);
      }
    })();
    return () => {
      current = false;
    };
  }, [reloads]);

  const opened = entries?.find((e) => e.file === open);
  return (
    <section>
      <PageTitle title={m.mailbox.title}>{m.mailbox.title}</PageTitle>
      <p className="lead">{m.mailbox.intro}</p>
      {unavailable ? (
        <div className="alert alert--error" role="alert">
          <p>{m.mailbox.unavailable}</p>
        </div>
      ) : entries === null ? (
        <Loading />
      ) : (
        <>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setReloads((n) => n + 1)}
          >
            {m.mailbox.reload}
          </button>
          {entries.length === 0 ? <p>{m.mailbox.empty}</p> : null}
          <div className="mailbox">
            <ul className="mailbox__list" aria-label={m.mailbox.title}>
              {entries.map((entry) => (
                <li key={entry.file}>
                  <button
                    type="button"
                    className="mailbox__item"
                    aria-pressed={entry.file === open}
                    onClick={() => setOpen(entry.file)}
                  >
                    <span className="mailbox__subject">{entry.mail?.subject || entry.file}</span>
                    <span className="muted">
                      {m.mailbox.to} {entry.mail?.to} · {format.dateTime(entry.receivedAt)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {opened?.mail ? (
              <article className="mailbox__mail panel" aria-labelledby="mail-subject">
                <h2 id="mail-subject">{opened.mail.subject}</h2>
                <p className="muted">
                  {m.mailbox.to} {opened.mail.to}
                </p>
                {portalLinks(opened.mail.text).map((link) => (
                  <p key={link}>
                    <Link className="button" to={link}>
                      {link.startsWith('/confirm-email')
                        ? m.mailbox.confirmLink
                        : m.mailbox.invitationLink}
                    </Link>
                  </p>
                ))}
                <pre className="mailbox__text">{opened.mail.text}</pre>
              </article>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
