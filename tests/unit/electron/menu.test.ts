/**
 * The application menu is built from the keymap: each item has the keymap's label and first key,
 * and a click sends the window its typed menuCommand. Electron itself is replaced by a stand-in
 * that records the template (its binary is not available to tests).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { KEYMAP } from '../../../shared/commands/keymap';
import { translatorNow } from '../../../shared/i18n';
import { setMainLanguage } from '../../../electron/main/windowLanguage';

const en = translatorNow('en');

const built: { template: MenuItemConstructorOptions[] } = { template: [] };
// The presenter window has focus; menu commands must still reach the facilitator's window.
const focused = { id: 'presenter' };
const facilitator = { id: 'facilitator' };

vi.mock('electron', () => ({
  app: { isPackaged: true, showAboutPanel: vi.fn() },
  BrowserWindow: { getFocusedWindow: () => focused },
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ((built.template = template), template), setApplicationMenu: vi.fn() },
}));
const sendEvent = vi.fn();
vi.mock('../../../electron/main/ipc', () => ({ sendEvent: (...args: unknown[]) => sendEvent(...args) }));

function items(): MenuItemConstructorOptions[] {
  return built.template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
}

beforeEach(async () => {
  sendEvent.mockReset();
  setMainLanguage('en');
  const { installApplicationMenu } = await import('../../../electron/main/menu');
  installApplicationMenu(() => facilitator as never);
});

describe('application menu', () => {
  it('has an item for every keymap command with a menu event, with the keymap’s label and first key', () => {
    for (const binding of KEYMAP.filter((b) => 'menuCommand' in b)) {
      const item = items().find((i) => i.label === en.t(binding.labelId));
      expect(item, binding.id).toBeDefined();
      expect(item!.accelerator).toBe(binding.keys[0]);
    }
  });

  it('Edit ▸ Undo and Redo are the session’s, sent to the facilitator’s window even while the presenter view has focus', () => {
    const edit = built.template.find((m) => m.label === '&Edit')!;
    const [undo, redo] = edit.submenu as MenuItemConstructorOptions[];
    expect([undo!.label, undo!.accelerator, redo!.label, redo!.accelerator]).toEqual(['Undo', 'CmdOrCtrl+Z', 'Redo', 'CmdOrCtrl+Shift+Z']);
    (undo!.click as () => void)();
    (redo!.click as () => void)();
    expect(sendEvent.mock.calls).toEqual([
      [facilitator, 'menuCommand', { command: 'undo' }],
      [facilitator, 'menuCommand', { command: 'redo' }],
    ]);
  });

  it('toggles dark mode with CmdOrCtrl+Shift+D, as the window does', () => {
    expect(items().find((i) => i.label === 'Toggle dark mode')!.accelerator).toBe('CmdOrCtrl+Shift+D');
  });

  it('speaks the window’s language: rebuilt in German, the same keys and commands', async () => {
    const { installApplicationMenu } = await import('../../../electron/main/menu');
    setMainLanguage('de');
    installApplicationMenu(() => facilitator as never);
    expect(built.template.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    const undo = items().find((i) => i.label === 'Rückgängig')!;
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    (undo.click as () => void)();
    expect(sendEvent.mock.calls).toEqual([[facilitator, 'menuCommand', { command: 'undo' }]]);
    expect(items().find((i) => i.label === 'Neue Sitzung')!.accelerator).toBe('CmdOrCtrl+N');
    // A language without a catalogue falls back to English.
    expect(setMainLanguage('fr')).toBe('en');
  });
});
