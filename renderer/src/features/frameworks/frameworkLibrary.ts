/**
 * Where the screens keep the firm's frameworks. One interface, so the store behind it is chosen on
 * one line (`frameworkLibrary` below); screens follow changes with useFrameworks().
 */
import { useSyncExternalStore } from 'react';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import { AppError, windowWords } from '../../platform/api';

export interface FrameworkLibrary {
  /** The firm's own frameworks (never the built-in one). */
  list(): Promise<Framework[]>;
  /** Saves a framework as a template (a new one, or a new revision of one saved before). */
  save(framework: Framework): Promise<void>;
  remove(id: string): Promise<void>;
  /** Writes it to a .rrframework file the person chooses; false when they cancelled. */
  exportFile(framework: Framework): Promise<boolean>;
  /** Reads a .rrframework file the person chooses into the library; null when they cancelled. */
  importFile(): Promise<Framework | null>;
}

/** Frameworks kept for this run of the window only. */
export function inMemoryFrameworkLibrary(): FrameworkLibrary {
  const stored = new Map<string, Framework>();
  const noFiles = () => Promise.reject(new AppError('unavailable', windowWords('frameworkEditor.error.filesUnavailable')));
  return {
    list: () => Promise.resolve([...stored.values()].map((framework) => structuredClone(framework))),
    save: (framework) => {
      stored.set(framework.id, structuredClone(framework));
      return Promise.resolve();
    },
    remove: (id) => {
      stored.delete(id);
      return Promise.resolve();
    },
    exportFile: noFiles,
    importFile: noFiles,
  };
}

const store: FrameworkLibrary = inMemoryFrameworkLibrary();

// ---------------------------------------------------------------------------------------------
// What screens see: the list, fetched once and again after every change made through here.

let current: Framework[] | undefined;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function refresh(): Promise<void> {
  loading = store.list().then(
    (list) => {
      current = list.sort((a, b) => b.updatedAt - a.updatedAt);
      listeners.forEach((listener) => listener());
    },
    () => {
      current = [];
      listeners.forEach((listener) => listener());
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (current === undefined && loading === null) void refresh();
  return () => listeners.delete(listener);
}

/** The firm's frameworks, newest first; undefined until first loaded. */
export function useFrameworks(): Framework[] | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

/** The library the screens use: every change is followed by a fresh list. */
export const frameworkLibrary: FrameworkLibrary = {
  list: () => store.list(),
  save: (framework) => store.save(framework).then(refresh),
  remove: (id) => store.remove(id).then(refresh),
  exportFile: (framework) => store.exportFile(framework),
  importFile: () =>
    store.importFile().then(async (framework) => {
      await refresh();
      return framework;
    }),
};
