/** The one keymap: no key serves two commands where their contexts meet; the menu reads it whole. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { availableLanguages, translatorNow } from '../../../../shared/i18n';
import { acceleratorOf, formatAccelerator, keyClashes, KEYMAP, keyId, parseAccelerator, type KeyBinding } from '../../../../shared/commands/keymap';

describe('keymap', () => {
  it('no two commands share a key in the same context (nor in one nested inside it)', () => {
    expect(keyClashes()).toEqual([]);
  });

  it('the clash check catches a shared key, also across nested contexts, and allows it apart', () => {
    const a: KeyBinding = { id: 'a', labelId: 'keymap.history.undo.label', keys: ['CmdOrCtrl+Z'], context: 'workshop' };
    const globalZ: KeyBinding = { id: 'b', labelId: 'keymap.history.undo.label', keys: ['CommandOrControl+z'], context: 'global' };
    expect(keyClashes([a, globalZ])).toEqual([{ key: 'mod+z', ids: ['a', 'b'] }]);
    const roundR: KeyBinding = { id: 'c', labelId: 'keymap.history.undo.label', keys: ['R'], context: 'round' };
    const workshopR: KeyBinding = { id: 'd', labelId: 'keymap.history.undo.label', keys: ['R'], context: 'workshop' };
    expect(keyClashes([roundR, workshopR])).toHaveLength(1);
    expect(keyClashes([roundR, { ...roundR, id: 'e', keys: ['Shift+R'] }])).toEqual([]);
  });

  it('ids are unique and every command has a label and search words in every language', () => {
    const ids = KEYMAP.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tag of availableLanguages()) {
      const i18n = translatorNow(tag);
      for (const b of KEYMAP) {
        expect(i18n.has(b.labelId), `${tag} ${b.labelId}`).toBe(true);
        expect(i18n.t(b.labelId).trim()).not.toBe('');
        expect(i18n.has(b.keywordsId), `${tag} ${b.keywordsId}`).toBe(true);
      }
    }
    expect(translatorNow('de').t(KEYMAP.find((b) => b.id === 'session.new')!.labelId)).toBe('Neue Sitzung');
  });

  it('the theme toggle has one key everywhere: CmdOrCtrl+Shift+D', () => {
    expect(acceleratorOf('theme.toggle')).toBe('CmdOrCtrl+Shift+D');
    expect(KEYMAP.flatMap((b) => b.keys).filter((k) => keyId(parseAccelerator(k)) === 'mod+shift+l')).toEqual([]);
  });

  it('undo and redo are Ctrl/Cmd+Z, Ctrl+Shift+Z and Ctrl+Y; the palette is Ctrl/Cmd+K', () => {
    expect(KEYMAP.find((b) => b.id === 'history.undo')!.keys).toEqual(['CmdOrCtrl+Z']);
    expect(KEYMAP.find((b) => b.id === 'history.redo')!.keys).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    expect(acceleratorOf('palette.open')).toBe('CmdOrCtrl+K');
  });

  it('parses accelerators into what a key press reports, and writes them per platform', () => {
    expect(parseAccelerator('Alt+Down')).toEqual({ mod: false, shift: false, alt: true, key: 'arrowdown' });
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatAccelerator('Alt+Up', false)).toBe('Alt+↑');
  });

  it('the menu takes every accelerator from the keymap (none written by hand)', () => {
    const menu = readFileSync(new URL('../../../../electron/main/menu.ts', import.meta.url), 'utf8');
    expect(menu).not.toMatch(/accelerator:\s*'/);
    for (const id of ['session.new', 'library.open', 'file.open', 'file.saveAs', 'file.backups', 'history.undo', 'history.redo', 'palette.open', 'theme.toggle']) {
      expect(menu).toContain(`item('${id}')`);
    }
    for (const b of KEYMAP as readonly KeyBinding[]) if (b.menuCommand) expect(menu).toContain(`item('${b.id}')`);
  });
});
