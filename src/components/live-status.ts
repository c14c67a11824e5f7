/** Says a short message through the page's polite live region (in the Base layout). */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-live-status]');
  if (!region) return;
  region.textContent = '';
  // Emptying first makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (region.textContent = message));
}
