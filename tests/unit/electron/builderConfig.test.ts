/**
 * electron-builder.yml, checked offline: real packaging downloads Electron here and fails, so the
 * config is validated against app-builder-lib's own JSON schema (draft-07) with ajv, and the parts
 * the product depends on (file association, targets, icons) are asserted directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// js-yaml ships with electron-builder; it has no bundled types, so declare the one function we use.
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

type Target = string | { target: string };
interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  directories: { output: string; buildResources: string };
  files: string[];
  fileAssociations: Array<{ ext: string; name: string; description?: string; mimeType?: string; role?: string; icon?: string }>;
  mac: { target: Target[]; category: string; icon: string };
  win: { target: Target[]; icon: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean };
  linux: { target: Target[]; category: string; icon: string };
}

function loadConfig(): BuilderConfig {
  return yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

function targetNames(targets: Target[]): string[] {
  return targets.map((t) => (typeof t === 'string' ? t : t.target));
}

let compiled: ReturnType<Ajv['compile']> | undefined;
/** The schema is large: compile it once for the whole file. */
function validator(): ReturnType<Ajv['compile']> {
  compiled ??= new Ajv({ allowUnionTypes: true, strict: false }).compile(schema);
  return compiled;
}

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const validate = validator();
    const ok = validate(loadConfig());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check is not vacuous: an unknown key or a wrong type is refused', () => {
    const validate = validator();
    expect(validate({ ...loadConfig(), notAnOption: true })).toBe(false);
    expect(validate({ ...loadConfig(), asar: 'yes please' })).toBe(false);
  });

  it('names the app and packs only the build output', () => {
    const config = loadConfig();
    expect(config.appId).toBe('com.readinessroom.app');
    expect(config.productName).toBe('Readiness Room');
    expect(config.asar).toBe(true);
    expect(config.directories.output).toBe('dist');
    expect(config.files).toEqual(['out/**', '!out/cli/**', 'package.json', 'assets/fonts/**']);
  });

  it('associates .rrsession files with the app', () => {
    const config = loadConfig();
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({
        ext: 'rrsession',
        name: 'Readiness Room session',
        mimeType: 'application/x-readiness-room-session',
        role: 'Editor',
      }),
    );
    for (const association of config.fileAssociations) expect(association.description ?? '').not.toBe('');
  });

  it('associates .rrframework files with the app, so a double-click brings a framework into the library', () => {
    const config = loadConfig();
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'rrframework', name: 'Readiness Room framework', mimeType: 'application/x-readiness-room-framework' }),
    );
  });

  it('builds dmg, nsis, AppImage and deb', () => {
    const config = loadConfig();
    expect(targetNames(config.mac.target)).toContain('dmg');
    expect(targetNames(config.win.target)).toContain('nsis');
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(config.mac.category).toBe('public.app-category.business');
    expect(config.linux.category).toBe('Office');
  });

  it('every icon it names exists and is a PNG of at least 512×512', () => {
    const config = loadConfig();
    const icons = [config.mac.icon, config.win.icon, config.linux.icon, ...config.fileAssociations.flatMap((a) => (a.icon ? [a.icon] : []))];
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) {
      const file = path.join(root, icon);
      expect(existsSync(file), `${icon} exists`).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.subarray(1, 4).toString('latin1'), `${icon} is a PNG`).toBe('PNG');
      // PNG IHDR: width and height are big-endian at bytes 16 and 20.
      expect(bytes.readUInt32BE(16), `${icon} width`).toBeGreaterThanOrEqual(512);
      expect(bytes.readUInt32BE(20), `${icon} height`).toBeGreaterThanOrEqual(512);
    }
    expect(existsSync(path.join(root, config.directories.buildResources))).toBe(true);
  });
});
