import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules axe checks. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * What axe finds on the page as it is now that is critical or serious, one line per rule with
 * the first few elements it found it on (empty when nothing is).
 */
export async function accessibilityProblems(page: Page, where: string): Promise<string[]> {
  // Only violations are read: axe then skips describing every element that passed. Legacy mode
  // runs axe.run in the page itself; the default injects axe twice and finishes each run in a new
  // blank page, for cross-origin frames the portal does not have (2.0 s a page instead of 0.6).
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
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
}
