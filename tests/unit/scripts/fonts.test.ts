/** assets/fonts/ holds exactly the npm packages' files it claims, with their licences, and one list of faces. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_PACKAGES, FONTS_DIR, fontFiles, fontsCss } from '../../../scripts/copy-fonts.mjs';
import { findFontsCss, inlineFontFaces } from '../../../electron/services/export/reportFonts';

describe('assets/fonts', () => {
  it('holds each listed font file byte for byte as its npm package ships it, and nothing else but licences and fonts.css', () => {
    const files = fontFiles();
    for (const font of files) expect(readFileSync(path.join(FONTS_DIR, font.file)).equals(readFileSync(font.source))).toBe(true);
    const expected = [...files.map((f) => f.file), ...FONT_PACKAGES.map((p) => p.licence), 'fonts.css'].sort();
    expect(readdirSync(FONTS_DIR).sort()).toEqual(expected);
  });

  it('carries the SIL Open Font License of every family', () => {
    for (const font of FONT_PACKAGES) expect(readFileSync(path.join(FONTS_DIR, font.licence), 'utf8')).toContain('SIL Open Font License');
  });

  it('lists every face once in fonts.css, as scripts/copy-fonts.mjs writes it', () => {
    expect(readFileSync(path.join(FONTS_DIR, 'fonts.css'), 'utf8')).toBe(fontsCss());
  });
});

describe('reportFonts', () => {
  it('finds assets/fonts walking up from a nested folder, and not from outside the repository', () => {
    expect(findFontsCss(path.join(FONTS_DIR, '..', '..', 'out', 'main'))).toBe(path.join(FONTS_DIR, 'fonts.css'));
    expect(findFontsCss('/')).toBeNull();
  });

  it('inlines every font file as a data: URL, so the PDF page loads nothing', async () => {
    const css = await inlineFontFaces(path.join(FONTS_DIR, 'fonts.css'));
    expect(css).not.toMatch(/url\(\.\//);
    expect(css.match(/url\(data:font\/woff2;base64,/g)).toHaveLength(fontFiles().length);
    expect(existsSync(path.join(FONTS_DIR, 'fonts.css'))).toBe(true);
  });
});
