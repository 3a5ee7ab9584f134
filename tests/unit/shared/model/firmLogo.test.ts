import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadSessionText } from '../../../../shared/format/loadSessionFile';
import { LOGO_MAX_BYTES, checkLogoFile, logoDataUri, readPngSize, type FirmLogo } from '../../../../shared/model/firmLogo';
import { FirmSchema, SessionSchema } from '../../../../shared/model/session';
import { diffSessions, describeChanges } from '../../../../shared/model/sessionDiff';
import { translatorNow } from '../../../../shared/i18n';
import { firmLogoPng } from '../../../../electron/services/export/firmLogoPng';
import { de, en, enAll } from '../inEnglish';

const utf8 = (text: string) => new TextEncoder().encode(text);
const GOOD_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a firm's mark -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 240 80">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#1f5fbf"/><stop offset="1" stop-color="#0b2f66"/></linearGradient></defs>
  <style>.mark { fill: url(#g); }</style>
  <rect class="mark" x="0" y="0" width="80" height="80" rx="12"/>
  <use xlink:href="#g"/>
  <text x="96" y="52" font-size="32" fill="#0b2f66">Acme &amp; Co</text>
</svg>`;

function png(width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#1f5fbf"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().asPng());
}

function refusal(bytes: Uint8Array): string {
  const result = checkLogoFile(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return en(result.message);
}

const GOLDEN = readFileSync(path.resolve(__dirname, '../../../fixtures/session-v1.rrsession'), 'utf8');
const withLogo = (logo: unknown) => {
  const file = JSON.parse(GOLDEN) as { session: { firm: Record<string, unknown> } };
  file.session.firm.logo = logo;
  return JSON.stringify(file);
};

describe('the firm logo', () => {
  it('takes a real PNG with its pixel size', () => {
    const result = checkLogoFile(png(320, 120));
    expect(result.ok && { type: result.logo.mediaType, w: result.logo.width, h: result.logo.height }).toEqual({ type: 'image/png', w: 320, h: 120 });
    if (result.ok) expect(logoDataUri(result.logo)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('takes a plain SVG (gradient, local references, a style sheet with url(#…), a DOCTYPE without declarations)', () => {
    const result = checkLogoFile(utf8(GOOD_SVG));
    expect(result.ok && [result.logo.mediaType, result.logo.width, result.logo.height]).toEqual(['image/svg+xml', 240, 80]);
    const doctype = `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="20mm"><path d="M0 0h10v10z"/></svg>`;
    const sized = checkLogoFile(utf8(doctype));
    expect(sized.ok && [sized.logo.width, sized.logo.height]).toEqual([151, 76]);
    // A tiny viewBox is scaled up (vectors scale), keeping its proportions.
    const tiny = checkLogoFile(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><circle cx="1" cy="1" r="1"/></svg>'));
    expect(tiny.ok && [tiny.logo.width, tiny.logo.height]).toEqual([512, 256]);
  });

  const hostile: [string, string, RegExp][] = [
    ['a script element', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>', /contains a script/],
    ['a namespaced script', '<s:svg xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><s:script>alert(1)</s:script></s:svg>', /contains a script/],
    ['an onload handler', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"/>', /event handler/],
    ['an upper-case handler', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect ONCLICK="x()" width="1" height="1"/></svg>', /event handler/],
    ['a javascript: link', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a></svg>', /contains a script/],
    ['an http image', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="http://tracker.example/p.png" width="1" height="1"/></svg>', /reference to another file/],
    ['a file: use', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><use xlink:href="file:///etc/passwd#x"/></svg>', /reference to another file/],
    ['a CSS url to the web', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect style="fill: url(&quot;https://x.example/a.svg#p&quot;)" width="1" height="1"/></svg>', /reference to another file/],
    ['a style element that imports', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style><![CDATA[@import "https://x.example/a.css";]]></style></svg>', /reference to another file/],
    ['an xml-stylesheet instruction', '<?xml-stylesheet href="https://x.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>', /reference to another file/],
    ['an animation that sets href', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><a><set attributeName="href" to="https://x.example"/></a></svg>', /reference to another file/],
    ['a foreignObject', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>', /foreignObject/],
    ['entity declarations (billion laughs)', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&b;</text></svg>', /entity declarations/],
    ['an external entity', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&x;</text></svg>', /entity declarations/],
  ];
  for (const [name, svg, words] of hostile) {
    it(`refuses an SVG with ${name}, in a sentence`, () => {
      expect(refusal(utf8(svg))).toMatch(words);
      expect(refusal(utf8(svg))).toMatch(/^The logo was not used\. The SVG contains .+\. Export it again as a plain drawing\.$/);
    });
  }

  it('refuses what is not a readable image: text, a damaged PNG, broken XML, an SVG without a size', () => {
    expect(refusal(utf8('hello, this is a letter'))).toBe('The logo was not used. The file is neither a PNG nor an SVG image; choose a PNG or SVG file.');
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toMatch(/neither a PNG nor an SVG/);
    expect(refusal(new Uint8Array(0))).toMatch(/neither a PNG nor an SVG/);
    const good = png(64, 64);
    expect(refusal(good.subarray(0, good.length - 20))).toBe('The logo was not used. The PNG file is damaged or incomplete.');
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g></svg>'))).toMatch(/not a well-formed SVG/);
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&nbsp;</text></svg>'))).toMatch(/not a well-formed SVG/);
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'))).toMatch(/does not state its size/);
    expect(readPngSize(good)).toEqual({ width: 64, height: 64 });
  });

  it('refuses a file over 512 kB and a picture of no sensible size', () => {
    const padded = new Uint8Array(LOGO_MAX_BYTES + 1);
    padded.set(png(64, 64));
    expect(refusal(padded)).toBe('The logo was not used. The file is 513 kB; a logo may be at most 512 kB.');
    expect(refusal(png(8, 8))).toMatch(/is 8 × 8 pixels; a logo needs 16 to 4,096 pixels on each side/);
    expect(refusal(png(2000, 40))).toMatch(/2,000 × 40 pixels/);
    expect(refusal(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 10"/>'))).toMatch(/at most 10 times its shorter side/);
    const german = checkLogoFile(png(8, 8));
    expect(!german.ok && de(german.message)).toBe(
      'Das Logo wurde nicht übernommen. Das Bild misst 8 × 8 Pixel; ein Logo braucht 16 bis 4.096 Pixel je Seite, und die längere Seite darf höchstens 10-mal so lang sein wie die kürzere.',
    );
  });

  it('is optional: an old file without it loads unchanged, with no repair', () => {
    const result = loadSessionText(GOLDEN);
    expect(result.ok && result.repairs).toEqual([]);
    expect(result.ok && 'logo' in result.session.firm).toBe(false);
    expect(FirmSchema.safeParse({ name: 'Acme', accentColor: '#123456' }).success).toBe(true);
  });

  it('is kept when a file holds a sound one, and dropped with a repair note when it does not', () => {
    const good = checkLogoFile(utf8(GOOD_SVG));
    if (!good.ok) throw new Error('expected the logo');
    const kept = loadSessionText(withLogo(good.logo));
    expect(kept.ok && kept.repairs).toEqual([]);
    expect(kept.ok && kept.session.firm.logo).toEqual(good.logo);

    const hostileLogo: FirmLogo = { ...good.logo, data: btoa(hostile[2]![1]) };
    const dropped = loadSessionText(withLogo(hostileLogo));
    expect(dropped.ok).toBe(true);
    if (!dropped.ok) return;
    expect(dropped.session.firm).toEqual({ name: 'Northbridge Advisory', accentColor: dropped.session.firm.accentColor });
    expect(enAll(dropped.repairs)).toEqual([
      'The firm’s logo in this file could not be used and was removed. The SVG contains an event handler (such as onload), which a logo must not contain. Export it again as a plain drawing.',
    ]);
    const garbage = loadSessionText(withLogo({ mediaType: 'image/gif', data: 42 }));
    expect(garbage.ok && enAll(garbage.repairs)).toEqual(['The firm’s logo in this file was unreadable and was removed.']);
    // A PNG whose stored size was edited by hand is not believed.
    const pngLogo = checkLogoFile(png(64, 32));
    if (!pngLogo.ok) throw new Error('expected the logo');
    expect(SessionSchema.shape.firm.safeParse({ name: '', accentColor: '#000000', logo: { ...pngLogo.logo, width: 4000 } }).success).toBe(false);
  });

  it('counts as a branding change in a backup preview', () => {
    const result = loadSessionText(GOLDEN);
    if (!result.ok) throw new Error('expected the golden file');
    const good = checkLogoFile(png(64, 32));
    if (!good.ok) throw new Error('expected the logo');
    const after = { ...result.session, firm: { ...result.session.firm, logo: good.logo } };
    expect(describeChanges(diffSessions(result.session, after), translatorNow('en'))).toBe('frame: branding');
    expect(describeChanges(diffSessions(after, result.session), translatorNow('en'))).toBe('frame: branding');
  });

  it('becomes PNG bytes for Word and PowerPoint: a PNG as it is, an SVG rasterised crisply', async () => {
    const pngLogo = checkLogoFile(png(64, 32));
    const svgLogo = checkLogoFile(utf8('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><rect width="4" height="2" fill="#c00"/></svg>'));
    if (!pngLogo.ok || !svgLogo.ok) throw new Error('expected both logos');
    const fromPng = await firmLogoPng(pngLogo.logo);
    expect([fromPng.width, fromPng.height, readPngSize(fromPng.data)]).toEqual([64, 32, { width: 64, height: 32 }]);
    const fromSvg = await firmLogoPng(svgLogo.logo);
    expect(readPngSize(fromSvg.data)).toEqual({ width: 600, height: 300 });
  });
});
