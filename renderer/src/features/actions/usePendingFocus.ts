/**
 * Moves the focus to an element that may only appear (or stay) after the next database refresh,
 * e.g. to the next action's title once the deleted one is gone, so keyboard users keep their place.
 */
import { useCallback, useEffect, useRef } from 'react';

export function usePendingFocus(): (selector: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const selector = pending.current;
    if (!selector) return;
    const target = document.querySelector<HTMLElement>(selector);
    if (target && target.isConnected) {
      pending.current = null;
      target.focus();
    }
  });
  return useCallback((selector: string) => {
    pending.current = selector;
  }, []);
}
