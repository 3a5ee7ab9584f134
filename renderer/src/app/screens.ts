/**
 * Rendering the code of screenModules.ts: directly once it is loaded. No React.lazy: a lazy
 * component suspends on its first render even when its code has arrived, and React then holds
 * the revealed screen back (its Suspense fallback throttle) for up to 300 ms.
 */
import { useEffect, useState } from 'react';
import type { Preloadable } from './screenModules';

/** The module when `wanted` (loading it if needed): null meanwhile; 'failed' when it could not be loaded. */
export function useModule<M>(source: Preloadable<M>, wanted: boolean): M | null | 'failed' {
  const [failed, setFailed] = useState(false);
  const [, setArrived] = useState(0);
  const module = source.loaded();
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    source.load().then(
      () => live && setArrived((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [source, wanted, module]);
  if (!wanted) return null;
  return module ?? (failed ? 'failed' : null);
}

/** Runs `task` when the window is idle after the first screen (or after `timeoutMs` at most). */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}
