/**
 * GraphiQL 5.4 marks its operation tabs up as a tablist whose tabs are list items holding two
 * buttons (select, close): interactive controls inside one another, and a tablist owning buttons
 * that are not tabs (axe: nested-interactive and aria-required-children; graphql/graphiql#3422).
 * Until that is fixed there, they become what they behave as: a list of buttons, the active
 * operation's marked with aria-current. Returns the function that stops watching.
 */
export function markTabsAsButtonList(root: HTMLElement): () => void {
  const repair = () => {
    for (const list of root.querySelectorAll('.graphiql-tabs[role="tablist"]'))
      list.removeAttribute('role');
    for (const item of root.querySelectorAll<HTMLElement>('.graphiql-tab')) {
      // React sets aria-selected on the item again whenever the active tab changes.
      const selected = item.getAttribute('aria-selected');
      if (item.hasAttribute('role')) item.removeAttribute('role');
      if (selected === null) continue;
      item.removeAttribute('aria-selected');
      const button = item.querySelector('.graphiql-tab-button');
      if (selected === 'true') button?.setAttribute('aria-current', 'true');
      else button?.removeAttribute('aria-current');
    }
  };
  const observer = new MutationObserver(repair);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'aria-selected'],
  });
  repair();
  return () => observer.disconnect();
}
