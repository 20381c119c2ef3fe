"use client";

import { useEffect, useRef } from "react";

/** If a pointer press produces no click (a drag, a cancelled tap), run the queue anyway after this long. */
const NO_CLICK_MS = 500;

/**
 * Defers work that changes the layout (a blur message appearing) until the
 * pointer press that caused the blur has produced its click. Otherwise the
 * button under the pointer moves between press and release, and the click is lost.
 * Keyboard focus changes run at once.
 */
export function useAfterClick(): (task: () => void) => void {
  const pressing = useRef(false);
  const queue = useRef<(() => void)[]>([]);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const flush = () => {
      window.clearTimeout(timer.current);
      pressing.current = false;
      const tasks = queue.current;
      queue.current = [];
      for (const t of tasks) t();
    };
    const onDown = () => {
      window.clearTimeout(timer.current);
      pressing.current = true;
    };
    const onUp = () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, NO_CLICK_MS);
    };
    const onClick = () => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, 0);
    };
    document.addEventListener("pointerdown", onDown, true);
    document.addEventListener("pointerup", onUp, true);
    document.addEventListener("pointercancel", onUp, true);
    document.addEventListener("click", onClick, true);
    return () => {
      window.clearTimeout(timer.current);
      document.removeEventListener("pointerdown", onDown, true);
      document.removeEventListener("pointerup", onUp, true);
      document.removeEventListener("pointercancel", onUp, true);
      document.removeEventListener("click", onClick, true);
    };
  }, []);

  return (task) => {
    if (pressing.current) queue.current.push(task);
    else task();
  };
}
