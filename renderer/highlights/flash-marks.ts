/**
 * "Show in the text": scrolls a highlight's first mark into view and flashes all its marks, so the
 * eye finds the passage. The flash is a CSS animation (styles.css: .is-flashing), which reduced-motion
 * settings shorten to nothing.
 */
import { marksOf } from './paint-highlights.js';

const FLASH_MS = 1600;

export function flashMarks(root: HTMLElement, id: string): boolean {
  const marks = marksOf(root, id);
  if (marks.length === 0) return false;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  marks[0].scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
  for (const mark of marks) {
    mark.classList.remove('is-flashing');
    // Reading the layout restarts the animation when the same card is clicked twice.
    void mark.offsetWidth;
    mark.classList.add('is-flashing');
  }
  window.setTimeout(() => marks.forEach((mark) => mark.classList.remove('is-flashing')), FLASH_MS);
  return true;
}
