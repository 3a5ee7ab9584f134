/**
 * The presenter window is hardened like the main window (electron/main cannot be loaded in tests,
 * so this reads the source, as securityConfig.test.ts does for window.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const code = readFileSync(path.join(root, 'electron/main/presenterWindow.ts'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('electron/main/presenterWindow.ts', () => {
  it.each([
    ['contextIsolation', 'true'],
    ['sandbox', 'true'],
    ['nodeIntegration', 'false'],
    ['nodeIntegrationInWorker', 'false'],
    ['nodeIntegrationInSubFrames', 'false'],
    ['webSecurity', 'true'],
    ['allowRunningInsecureContent', 'false'],
    ['webviewTag', 'false'],
    ['experimentalFeatures', 'false'],
    ['navigateOnDragDrop', 'false'],
  ])('sets %s: %s exactly once', (flag, value) => {
    const all = [...code.matchAll(new RegExp(`\\b${flag}\\s*:\\s*([^,\\n}]+)`, 'g'))].map((m) => m[1]!.trim());
    expect(all).toEqual([value]);
  });

  it('loads only our own app:// page, with the same CommonJS preload', () => {
    expect(code).toMatch(/\$\{APP_ORIGIN\}\/index\.html#\/presenter\//);
    expect(code).toContain("'../preload/index.cjs'");
    expect(code).not.toMatch(/loadFile\(|https?:\/\//);
    for (const risky of ['enableBlinkFeatures', 'enableRemoteModule', 'allowpopups', 'additionalArguments']) expect(code).not.toContain(risky);
    expect(code).toMatch(/disableBlinkFeatures:\s*'Auxclick'/);
  });
});
