import type { Page } from 'playwright-core';

export interface LayoutOptions {
  /** Smallest width and height of a touch target in CSS px (phones: 44); 0 skips the check. */
  minTarget: number;
}

/**
 * Layout faults a person would see, found in the rendered page: a line of text or a form control
 * crossing another, crossing the edge of the box drawn around it (border, background or clipping),
 * or running off the page sideways; and, on a phone, a control smaller than a fingertip. Each
 * fault is one line naming the text and where it is.
 */
export function layoutProblems(page: Page, options: LayoutOptions): Promise<string[]> {
  return page.evaluate(findLayoutProblems, options);
}

// Runs inside the page: self-contained (Playwright sends the function's source).
function findLayoutProblems({ minTarget }: LayoutOptions): string[] {
  const TOLERANCE = 1.5;
  const problems: string[] = [];
  interface Box {
    owner: Element;
    rect: DOMRect;
    label: string;
  }
  const visible = (element: Element) => {
    for (let e: Element | null = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
        return false;
      // Screen-reader-only text (.visually-hidden clips itself to 1 px).
      if (style.position === 'absolute' && e.getBoundingClientRect().width <= 1) return false;
    }
    return true;
  };
  const describe = (element: Element) => {
    const path: string[] = [];
    for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
      const name = e.tagName.toLowerCase();
      const cls =
        typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : '';
      path.unshift(`${name}${cls}`);
      if (path.length === 4) break;
    }
    return path.join(' > ');
  };
  const snippet = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 40));

  // Text: one box per line of every text node; controls: their border box.
  const boxes: Box[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || !node.textContent?.trim() || ['SCRIPT', 'STYLE', 'TITLE'].includes(owner.tagName))
      continue;
    if (!visible(owner)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects()))
      if (rect.width > 0 && rect.height > 0 && rect.right > 0)
        boxes.push({ owner, rect, label: `text ${snippet(node.textContent)}` });
  }
  const controls = Array.from(document.querySelectorAll('input, select, textarea, button')).filter(
    (c) => (c as HTMLInputElement).type !== 'hidden' && visible(c),
  );
  for (const control of controls) {
    const rect = control.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0)
      boxes.push({ owner: control, rect, label: `${control.tagName.toLowerCase()} control` });
  }

  // 1. Two boxes crossing each other (not a box and one inside it, e.g. a button's own text).
  const crossing = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
  const sorted = [...boxes].sort((a, b) => a.rect.top - b.rect.top);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.rect.top < a.rect.bottom; j++) {
      const b = sorted[j]!;
      if (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner)) continue;
      if (crossing(a.rect, b.rect))
        problems.push(
          `overlap: ${a.label} (${describe(a.owner)}) crosses ${b.label} (${describe(b.owner)})`,
        );
    }
  }

  // 2. A box crossing the edge of a box drawn around it, or of the page.
  const drawn = (e: Element) => {
    const style = getComputedStyle(e);
    return (
      ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      ) ||
      (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && e !== document.body) ||
      style.overflowX === 'hidden' ||
      style.overflowX === 'clip'
    );
  };
  const pageWidth = document.documentElement.clientWidth;
  const scrolling = (e: Element) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  for (const box of boxes) {
    let scroller: Element | null = box.owner.parentElement;
    while (scroller && scroller !== document.body && !scrolling(scroller))
      scroller = scroller.parentElement;
    const scrolled = scroller !== null && scroller !== document.body;
    if (!scrolled && box.rect.right > pageWidth + TOLERANCE) {
      problems.push(
        `off the page: ${box.label} (${describe(box.owner)}) ends at x=${Math.round(box.rect.right)} of ${pageWidth}`,
      );
      continue;
    }
    for (let e = box.owner.parentElement; e && e !== document.body; e = e.parentElement) {
      // A scrolling box (a wide table's wrapper) shows the rest when scrolled: its edge is no limit.
      if (scrolling(e)) break;
      if (e === box.owner || !drawn(e)) continue;
      const edge = e.getBoundingClientRect();
      if (
        box.rect.left < edge.left - TOLERANCE ||
        box.rect.right > edge.right + TOLERANCE ||
        box.rect.top < edge.top - TOLERANCE ||
        box.rect.bottom > edge.bottom + TOLERANCE
      ) {
        problems.push(
          `outside its box: ${box.label} (${describe(box.owner)}) crosses the edge of ${describe(e)}`,
        );
        break;
      }
    }
  }
  if (document.documentElement.scrollWidth > pageWidth + TOLERANCE) {
    // Name the element reaching furthest right (outside any scrolling box): the one to fix.
    let widest: Element | null = null;
    let right = 0;
    for (const e of Array.from(document.body.querySelectorAll('*'))) {
      let inScroller = false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (scrolling(a)) inScroller = true;
      // An absolutely placed box inside a scrolling one may be placed against the page instead.
      const placed = ['absolute', 'fixed'].includes(getComputedStyle(e).position);
      const edge = e.getBoundingClientRect().right;
      if ((!inScroller || placed) && edge > right) [widest, right] = [e, edge];
    }
    problems.push(
      `sideways scrolling: the page is ${document.documentElement.scrollWidth} px wide in a ${pageWidth} px window (${widest ? describe(widest) : '?'} ends at x=${Math.round(right)})`,
    );
  }

  // 3. Touch targets: a link inside a sentence is exempt (it cannot be bigger than its text).
  if (minTarget > 0) {
    const targets = document.querySelectorAll(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]',
    );
    for (const target of Array.from(targets)) {
      if (!visible(target)) continue;
      const input = target as HTMLInputElement;
      // A checkbox or radio button is reached through its label.
      const measured =
        target.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')
          ? (input.labels?.[0] ?? target)
          : target;
      if (target.tagName === 'A') {
        const parentText = target.parentElement?.textContent?.trim() ?? '';
        if (parentText.length > (target.textContent?.trim().length ?? 0)) continue;
      }
      const rect = measured.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.width < minTarget - 0.5 || rect.height < minTarget - 0.5)
        problems.push(
          `small target: ${snippet(measured.textContent || target.getAttribute('aria-label') || target.tagName)} (${describe(measured)}) is ${Math.round(rect.width)}×${Math.round(rect.height)} px`,
        );
    }
  }
  return [...new Set(problems)];
}
