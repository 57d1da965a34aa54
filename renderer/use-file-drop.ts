/**
 * Files or folders dragged over any part of the window can be dropped to import them. Listens on
 * the window, not on one element, so the whole window is the drop target; `dragging` drives the
 * visible (and announced) drop target. Counting enters and leaves tells a real exit from the window
 * apart from moving between child elements; and since the browser sends dragover every few dozen
 * milliseconds while a drag is over the page, their stopping also ends the target, should a leave get lost.
 */
import { useEffect, useRef, useState } from 'react';
import { collectDroppedFiles, dragHasFiles, type DroppedFile } from './collect-dropped-files.js';

/** No dragover for this long: the drag has gone (browsers send one every few hundred ms, more while moving). */
const STALE_DRAG_MS = 2500;

export interface FileDropHandlers {
  onFiles: (files: DroppedFile[]) => void;
  onFailed: (error: unknown) => void;
}

export function useFileDrop(handlers: FileDropHandlers, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (!enabled) {
      setDragging(false);
      return undefined;
    }
    let depth = 0;
    let watchdog = 0;
    function end() {
      depth = 0;
      window.clearTimeout(watchdog);
      setDragging(false);
    }
    function stillHere() {
      window.clearTimeout(watchdog);
      watchdog = window.setTimeout(end, STALE_DRAG_MS);
    }
    function onDragEnter(event: DragEvent) {
      if (!dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
      stillHere();
    }
    function onDragOver(event: DragEvent) {
      if (!dragHasFiles(event.dataTransfer) || !event.dataTransfer) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
      stillHere();
    }
    function onDragLeave() {
      if (depth === 0) return;
      // Every element entered is left again; back at zero, the drag has left the window.
      depth -= 1;
      if (depth === 0) end();
    }
    function onDrop(event: DragEvent) {
      end();
      if (!dragHasFiles(event.dataTransfer) || !event.dataTransfer) return;
      event.preventDefault();
      // The items can only be read now, while the event is being dispatched; the walk goes on afterwards.
      collectDroppedFiles(event.dataTransfer).then(
        (files) => handlersRef.current.onFiles(files),
        (error: unknown) => handlersRef.current.onFailed(error),
      );
    }
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.clearTimeout(watchdog);
    };
  }, [enabled]);

  return dragging;
}
