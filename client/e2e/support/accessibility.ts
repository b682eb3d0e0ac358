import { readFileSync } from 'node:fs';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's minified build (640 KB; the package's `source` is its 1.5 MB unminified one). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules axe checks. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What axe finds on the page as it is now that is critical or serious, one line per rule with
 * the first few elements it found it on (empty when nothing is).
 *
 * axe-core runs in the page itself, injected once per document (a string evaluated through the
 * DevTools protocol, which the portal's content security policy does not apply to), and only
 * those lines come back. @axe-core/playwright's builder injected 1.5 MB twice a page and sent
 * back axe's whole result, which Playwright serialised and validated field by field: a third of
 * the test process's CPU in the menu test (navigation.test.ts).
 */
export async function accessibilityProblems(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, where }) => {
      const { violations } = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return violations
        .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
        .map(
          (violation) =>
            `${where}: ${violation.id} (${violation.impact}) ${violation.help}: ` +
            violation.nodes
              .slice(0, 3)
              .map((node) => node.target.join(' '))
              .join(', '),
        );
    },
    { tags: WCAG, where },
  );
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
