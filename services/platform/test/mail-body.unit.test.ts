import { lines, link, mailBody } from '@portal/platform';

// What someone typed goes into mails to addresses someone else may have typed: it must stay text.
it('escapes typed text in the HTML part, so it can carry no markup, links or tracking pixels', () => {
  const name = '<img src="https://tracker.example/p.gif">Eve & "Co" \'Ltd\'';
  const body = mailBody`Hello ${name},\n\nBye`;
  expect(body.html).toContain(
    'Hello &lt;img src=&quot;https://tracker.example/p.gif&quot;&gt;Eve &amp; &quot;Co&quot; &#39;Ltd&#39;,',
  );
  expect(body.html).not.toContain('<img');
  expect(body.text).toBe(`Hello ${name},\n\nBye`);
});

it('keeps typed text to one line in both parts, so it cannot forge lines of the mail', () => {
  const body = mailBody`Hello ${'Eve\r\n\r\nYour account is locked.\u2028Call us\tnow'},\n`;
  expect(body.text).toBe('Hello Eve Your account is locked. Call us now,\n');
  expect(body.html).not.toMatch(/Eve<br>|Eve<\/p>/);
});

it('makes anchors only of the portal’s own links, and keeps the lines of multi-line text', () => {
  const body = mailBody`Confirm:\n\n${link('https://portal.example/confirm?token=a&b=<c>')}\n\nNote: ${lines('Roller replaced.\n<b>Test</b> again')}`;
  expect(body.html).toContain(
    '<a href="https://portal.example/confirm?token=a&amp;b=&lt;c&gt;">https://portal.example/confirm?token=a&amp;b=&lt;c&gt;</a>',
  );
  expect(body.html).toContain('Note: Roller replaced.<br>\n&lt;b&gt;Test&lt;/b&gt; again');
  expect(body.text).toContain('Note: Roller replaced.\n<b>Test</b> again');
  expect(body.text).toContain('https://portal.example/confirm?token=a&b=<c>');
});
