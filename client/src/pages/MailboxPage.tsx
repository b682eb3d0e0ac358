import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TextField } from '../components/forms';
import { Loading, PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { parseMail, portalLinks, type ParsedMail } from './mailbox/eml';

interface Entry {
  file: string;
  receivedAt: string;
  mail: ParsedMail | null;
}

const SHOWN = 30;
/** New mail arrives a moment after the action that sends it: look again every few seconds. */
const POLL_MS = 2000;

async function readMailbox(
  known: Map<string, ParsedMail | null>,
  to: string,
): Promise<Entry[] | null> {
  const query = to ? `?to=${encodeURIComponent(to)}` : '';
  const response = await fetch(`/dev/mailbox${query}`, { headers: { accept: 'application/json' } });
  if (!response.ok || !response.headers.get('content-type')?.includes('application/json'))
    return null;
  const { mails } = (await response.json()) as { mails: { file: string; receivedAt: string }[] };
  return Promise.all(
    mails.slice(0, SHOWN).map(async ({ file, receivedAt }) => {
      if (!known.has(file)) {
        const raw = await fetch(`/dev/mailbox/${encodeURIComponent(file)}`).then((r) =>
          r.ok ? r.text() : null,
        );
        known.set(file, raw === null ? null : parseMail(raw));
      }
      return { file, receivedAt, mail: known.get(file) ?? null };
    }),
  );
}

/** Demo mode: the mails the portal sent, so registration can be finished without a mail server. */
export default function MailboxPage() {
  const { m, format } = useI18n();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  // Every demo user's mail lands here: one person's alone, when asked for (?to= from a link).
  const [params] = useSearchParams();
  const [to, setTo] = useState(params.get('to') ?? '');

  useEffect(() => {
    const known = new Map<string, ParsedMail | null>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const poll = () => {
      readMailbox(known, to.trim())
        .then((loaded) => {
          if (!current) return;
          if (loaded === null) return setUnavailable(true);
          setEntries(loaded);
          timer = setTimeout(poll, POLL_MS);
        })
        .catch(() => current && setUnavailable(true));
    };
    poll();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [to]);

  // The newest mail is open until another is chosen.
  const shown = open ?? entries?.[0]?.file;
  const opened = entries?.find((e) => e.file === shown);
  return (
    <section>
      <PageTitle title={m.mailbox.title}>{m.mailbox.title}</PageTitle>
      <p className="lead">{m.mailbox.intro}</p>
      <p className="muted">{m.mailbox.polling}</p>
      <form className="inline-form" role="search" noValidate onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={m.mailbox.onlyTo}
          type="search"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </form>
      {unavailable ? (
        <div className="alert alert--error" role="alert">
          <p>{m.mailbox.unavailable}</p>
        </div>
      ) : entries === null ? (
        <Loading />
      ) : (
        <>
          {entries.length === 0 ? <p>{m.mailbox.empty}</p> : null}
          <div className="mailbox">
            <ul className="mailbox__list" aria-label={m.mailbox.title}>
              {entries.map((entry) => (
                <li key={entry.file}>
                  <button
                    type="button"
                    className="mailbox__item"
                    aria-pressed={entry.file === shown}
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
                        : link.startsWith('/reset-password')
                          ? m.accounts.mailbox.resetLink
                          : link.startsWith('/forgot-password')
                            ? m.accounts.mailbox.forgotLink
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
