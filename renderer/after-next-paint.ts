/**
 * Runs work once the next frame is on screen (the task after its animation frame), so start-up work
 * that can wait — the rest of the list, the table's overscan — does not delay the first paint.
 * Returns a cancel function.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
