/**
 * "The glossary changed": the translation editor and the Glossary panel say so, and what shows
 * glossary terms (the reader's underlines) asks again. A window event, so the places that change the
 * glossary need not be wired through the app's component tree to the places that read it.
 */
import { useEffect, useState } from 'react';

const EVENT = 'tandai:glossary-changed';

export function notifyGlossaryChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** A number that grows each time the glossary changes; use it as an effect dependency. */
export function useGlossaryVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((n) => n + 1);
    window.addEventListener(EVENT, bump);
    return () => window.removeEventListener(EVENT, bump);
  }, []);
  return version;
}
