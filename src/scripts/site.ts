// The only script every page loads: "/" to focus search, copy-on-click for section links, the
// citation's date and section. Kept tiny on purpose (the budget for JS before interaction is 2 KB).
import { briefCitation } from '../lib/brief-data.ts';

const liveRegion = document.getElementById('live-status');

function announce(message: string): void {
  if (!liveRegion) return;
  liveRegion.textContent = '';
  // Emptying first makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (liveRegion.textContent = message));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
  const search = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.getElementById('site-search');
  if (search instanceof HTMLInputElement) {
    event.preventDefault();
    search.focus();
    search.select();
  }
});

document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.anchor-link');
  // Middle-click, ctrl/cmd-click and shift-click keep their usual meaning.
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const url = new URL(link.href);
  history.pushState(null, '', url.hash);
  updateCitation();
  document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
  navigator.clipboard?.writeText(url.href).then(
    () => announce('Link copied'),
    () => announce('Link to this section is in the address bar'),
  ) ?? announce('Link to this section is in the address bar');
});

// Arriving from a search result: mark the words searched for. Pagefind's highlighter (a module
// that also sets window.PagefindHighlight) is fetched only then, so reading a brief loads no search
// code; a script element rather than import() keeps the bundler's preload helper off every page.
if (new URLSearchParams(location.search).has('pagefind-highlight')) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${document.documentElement.dataset['base'] ?? '/'}pagefind/pagefind-highlight.js`;
  script.addEventListener('load', () => {
    const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
    if (Highlight) new Highlight({ highlightParam: 'pagefind-highlight' });
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  });
  document.head.append(script);
}

// Cite this brief: today's date as the date accessed, and the linked section's title, if any.
const cite = document.getElementById('cite-text');
function updateCitation(): void {
  if (!cite) return;
  const { title, url, updated } = cite.dataset;
  const id = decodeURIComponent(location.hash.slice(1));
  // A former id is an empty anchor just before its section's heading.
  const target = id ? document.getElementById(id) : null;
  const heading = target?.matches('h2, h3') ? target : target?.classList.contains('former-anchor') ? target.parentElement?.querySelector(`#${CSS.escape(target.dataset['formerOf'] ?? '')}`) : null;
  const accessed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  cite.textContent = briefCitation({
    title: title ?? '',
    section: heading?.textContent ?? undefined,
    url: `${url}${heading ? location.hash : ''}`,
    updated: updated ?? '',
    accessed,
  });
}
updateCitation();
addEventListener('hashchange', updateCitation);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () =>
    navigator.clipboard?.writeText(document.getElementById(button.dataset['copy']!)?.textContent ?? '').then(() => announce('Citation copied')),
  );
}

export {};
