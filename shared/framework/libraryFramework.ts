/**
 * A framework as the library keeps it: the framework itself and when it was deleted (deleting is
 * soft, so "Undo" can bring it back and the copy on disk never resurrects it). The rules for saving
 * and importing live here, shared by the window and main.
 */
import type { Framework } from './frameworkSchema';
import type { LibraryFramework } from './libraryFrameworkSchema';

// The schema lives apart (with zod), so these rules load without it at start.
export type { LibraryFramework };

/** The framework's name in `language` when it holds that language, else in the first one it was written in that names it, else its id. */
export function frameworkName(framework: Framework, language?: string): string {
  const named = (lang: string) => framework.text[lang]?.name?.trim();
  if (language && named(language)) return named(language)!;
  for (const lang of framework.languages) if (named(lang)) return named(lang)!;
  return framework.id;
}

/** The framework without the library's bookkeeping: what a session copies and a file carries. */
export function frameworkOf(entry: LibraryFramework): Framework {
  const { deletedAt: _deletedAt, ...framework } = entry;
  return framework;
}

/**
 * A framework saved as a template: one revision more than the library's copy (a new one keeps
 * its own), stamped with a time that never goes backwards.
 */
export function savedRevision(framework: Framework, stored: Framework | undefined, now: number): LibraryFramework {
  return {
    ...framework,
    revision: stored ? stored.revision + 1 : framework.revision,
    createdAt: stored ? stored.createdAt : framework.createdAt,
    updatedAt: Math.max(now, (stored?.updatedAt ?? 0) + 1, framework.updatedAt),
    deletedAt: null,
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Same content, whatever the order of keys, when it was last stamped and whether either is deleted. */
export function sameFramework(a: Framework, b: Framework): boolean {
  const strip = (f: Framework) => canonical({ ...f, updatedAt: undefined, deletedAt: undefined });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

/**
 * How a framework from a file joins the library:
 * 'add' — its id is new here; 'same' — the library holds exactly it (nothing to do);
 * 'replace' — the library's copy with its id is deleted, so the file's takes its place;
 * 'new-id' — the library holds different content under its id: the file's becomes a separate framework.
 */
export type FrameworkImportPlan = 'add' | 'same' | 'replace' | 'new-id';

export function planFrameworkImport(incoming: Framework, existing: LibraryFramework | undefined): FrameworkImportPlan {
  if (!existing) return 'add';
  if (sameFramework(frameworkOf(existing), incoming)) return existing.deletedAt === null ? 'same' : 'replace';
  return existing.deletedAt === null ? 'new-id' : 'replace';
}

/** The framework of a file as it enters the library under `plan` (a new id when its own is taken). */
export function importedFramework(incoming: Framework, plan: Exclude<FrameworkImportPlan, 'same'>, newId: () => string, now: number): LibraryFramework {
  if (plan === 'new-id') return { ...incoming, id: newId(), createdAt: now, updatedAt: now, deletedAt: null };
  // Replacing a deleted copy is a change like any other: its time moves on, so every copy agrees.
  if (plan === 'replace') return { ...incoming, updatedAt: Math.max(incoming.updatedAt, now), deletedAt: null };
  return { ...incoming, deletedAt: null };
}
