/**
 * What a command changed, as a small patch between the session before and after it: values set
 * at a path, and items inserted into or removed from a list that names its items (by `id`, or by
 * `participantId` for votes). Undo applies the inverse patch to the session as it is *now*, so a
 * phone vote or a stage move that came in meanwhile is left alone; a patch whose "before" no
 * longer matches is refused instead of overwriting what someone did since.
 */
import { done, refuse, type OpResult } from '../../../shared/model/opResult';
import type { Session } from '../../../shared/model/session';
import { msg, type Message } from '../../../shared/i18n';
import { quotedMessage } from '../../../shared/scoring/words';

/** A property name, or the item of a named list with this key. */
export type Segment = string | { key: string };

export type PatchStep =
  /** `from`/`to` undefined means the property is absent. */
  | { op: 'set'; path: Segment[]; from: unknown; to: unknown }
  | { op: 'insert'; path: Segment[]; key: string; index: number; item: unknown }
  | { op: 'remove'; path: Segment[]; key: string; index: number; item: unknown };

export type SessionPatch = PatchStep[];

/** Fields stamped by storage, never part of what a command did. */
const IGNORED_TOP_LEVEL = new Set(['updatedAt']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const keysA = Object.keys(a).filter((k) => (a as Json)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Json)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Json)[k], (b as Json)[k]));
}

/** The key an item of a named list goes by, or null when it has none. */
function itemKey(item: unknown): string | null {
  if (!isObject(item)) return null;
  if (typeof item.id === 'string') return item.id;
  if (typeof item.participantId === 'string') return item.participantId;
  return null;
}

/** Keys of a list whose every item has a distinct key; null when the list is a plain value. */
function keysOf(list: readonly unknown[]): string[] | null {
  const keys = list.map(itemKey);
  if (keys.some((k) => k === null)) return null;
  return new Set(keys).size === keys.length ? (keys as string[]) : null;
}

function diffLists(before: unknown[], after: unknown[], path: Segment[], steps: PatchStep[]): void {
  const keysBefore = keysOf(before);
  const keysAfter = keysOf(after);
  if (!keysBefore || !keysAfter) {
    steps.push({ op: 'set', path, from: before, to: after });
    return;
  }
  const inAfter = new Set(keysAfter);
  const inBefore = new Set(keysBefore);
  const keptBefore = keysBefore.filter((k) => inAfter.has(k));
  const keptAfter = keysAfter.filter((k) => inBefore.has(k));
  if (keptBefore.some((k, i) => k !== keptAfter[i])) {
    // Reordered: the whole list is the change.
    steps.push({ op: 'set', path, from: before, to: after });
    return;
  }
  // Removals from the last, then insertions from the first: indexes stay true as they apply.
  for (let i = before.length - 1; i >= 0; i--) {
    if (!inAfter.has(keysBefore[i]!)) steps.push({ op: 'remove', path, key: keysBefore[i]!, index: i, item: before[i] });
  }
  for (let i = 0; i < after.length; i++) {
    if (!inBefore.has(keysAfter[i]!)) steps.push({ op: 'insert', path, key: keysAfter[i]!, index: i, item: after[i] });
  }
  for (let i = 0; i < after.length; i++) {
    const key = keysAfter[i]!;
    if (inBefore.has(key)) diffValues(before[keysBefore.indexOf(key)], after[i], [...path, { key }], steps);
  }
}

function diffValues(before: unknown, after: unknown, path: Segment[], steps: PatchStep[]): void {
  if (before === after) return;
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      if (path.length === 0 && IGNORED_TOP_LEVEL.has(key)) continue;
      diffValues(before[key], after[key], [...path, key], steps);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffLists(before, after, path, steps);
    return;
  }
  if (!sameValue(before, after)) steps.push({ op: 'set', path, from: before, to: after });
}

/** The steps that turn `before` into `after` (empty when nothing a person did changed). */
export function diffSessions(before: Session, after: Session): SessionPatch {
  const steps: PatchStep[] = [];
  diffValues(before, after, [], steps);
  return steps;
}

/** The patch that takes a session back: steps reversed, each turned around. */
export function invertPatch(patch: SessionPatch): SessionPatch {
  return [...patch].reverse().map((step): PatchStep => {
    if (step.op === 'set') return { ...step, from: step.to, to: step.from };
    return { ...step, op: step.op === 'insert' ? 'remove' : 'insert' };
  });
}

/** Reads a child of an object or the keyed item of a list; undefined when absent. */
function child(container: unknown, segment: Segment): unknown {
  if (typeof segment === 'string') return isObject(container) ? container[segment] : undefined;
  return Array.isArray(container) ? container.find((item) => itemKey(item) === segment.key) : undefined;
}

function resolve(root: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, segment) => child(node, segment), root);
}

const CHANGED_SINCE = 'changed-since';

/**
 * Applies a patch to a copy of the session. Refused (nothing applied) when the session no longer
 * holds what the patch expects to find: something changed it since.
 */
export function applyPatch(session: Session, patch: SessionPatch, what: Message): OpResult {
  const draft = structuredClone(session) as unknown as Json;
  const conflict = refuse(CHANGED_SINCE, msg('refusal.changedSince', { what: quotedMessage(what) }));
  for (const step of patch) {
    const parentPath = step.op === 'set' ? step.path.slice(0, -1) : step.path;
    const parent = resolve(draft, parentPath);
    if (step.op === 'set') {
      const last = step.path[step.path.length - 1];
      if (last === undefined) return conflict;
      if (!sameValue(child(parent, last), step.from)) return conflict;
      if (typeof last === 'string') {
        if (!isObject(parent)) return conflict;
        if (step.to === undefined) delete parent[last];
        else parent[last] = structuredClone(step.to);
      } else {
        if (!Array.isArray(parent) || step.to === undefined) return conflict;
        const at = parent.findIndex((item) => itemKey(item) === last.key);
        parent[at] = structuredClone(step.to);
      }
      continue;
    }
    if (!Array.isArray(parent)) return conflict;
    const at = parent.findIndex((item) => itemKey(item) === step.key);
    if (step.op === 'insert') {
      if (at >= 0) return conflict;
      parent.splice(Math.min(step.index, parent.length), 0, structuredClone(step.item));
    } else {
      if (at < 0 || !sameValue(parent[at], step.item)) return conflict;
      parent.splice(at, 1);
    }
  }
  return done(draft as unknown as Session);
}

function samePath(a: readonly Segment[], b: readonly Segment[]): boolean {
  return a.length === b.length && a.every((s, i) => (typeof s === 'string' ? s === b[i] : typeof b[i] === 'object' && (b[i] as { key: string }).key === s.key));
}

/**
 * Folds a newer patch into an older one when both only set the same fields (someone typing on in
 * one field), so one Undo takes the whole edit back. Null when they do not fold.
 */
export function mergePatches(older: SessionPatch, newer: SessionPatch): SessionPatch | null {
  if (older.length !== newer.length || older.length === 0) return null;
  const merged: PatchStep[] = [];
  for (let i = 0; i < older.length; i++) {
    const a = older[i]!;
    const b = newer[i]!;
    if (a.op !== 'set' || b.op !== 'set' || !samePath(a.path, b.path)) return null;
    if (!sameValue(a.to, b.from)) return null;
    if (!sameValue(a.from, b.to)) merged.push({ op: 'set', path: a.path, from: a.from, to: b.to });
  }
  return merged;
}
