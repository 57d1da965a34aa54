/**
 * Links inside article bodies and notes never navigate the app's window: http(s) opens in the
 * user's browser (Electron hands window.open to the system browser), anything else does nothing.
 */
import type { MouseEvent } from 'react';

export function openExternal(href: string | null): void {
  if (!href) return;
  let url: URL;
  try {
    url = new URL(href, window.location.href);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') window.open(url.href, '_blank', 'noopener,noreferrer');
}

/** A click handler for a container of rendered HTML: a link click opens outside instead. */
export function onLinkActivate(event: MouseEvent<HTMLElement>): void {
  const link = (event.target as Element).closest('a');
  if (!link || !event.currentTarget.contains(link)) return;
  event.preventDefault();
  openExternal(link.getAttribute('href'));
}
