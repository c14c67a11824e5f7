let clearing: ReturnType<typeof setTimeout> | undefined;

/**
 * Says a short message through the page's polite live region (in the Base layout), which shows
 * it on screen too, for a few seconds: a note that stayed ("Link copied") would cover the text.
 */
export function announce(message: string, seconds = 4): void {
  const region = document.querySelector<HTMLElement>('[data-live-status]');
  if (!region) return;
  region.textContent = '';
  clearTimeout(clearing);
  // Emptying first makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (region.textContent = message));
  clearing = setTimeout(() => (region.textContent = ''), seconds * 1000);
}
