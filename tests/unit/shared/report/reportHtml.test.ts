import { describe, expect, it } from 'vitest';
import { PRINTED_PAGE_CSP as REPORT_CSP } from '../../../../shared/report/printedPage';
import { cssString } from '../../../../shared/report/cssString';
import { reportHtml } from '../../../../shared/report/reportHtml';
import { TRICKY } from '../../../fixtures/exportSession';
import { GENERATED_AT, fixtureModel, fixtureSession, voterOnlyNames } from '../../electron/services/export/exportFixture';
import { buildReport } from '../../../../shared/report/buildReport';
import { checkLogoFile } from '../../../../shared/model/firmLogo';

describe('reportHtml', () => {
  const html = reportHtml(fixtureModel());

  it('is one self-contained page: no script, no external reference, a CSP that forbids both', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/|javascript:)/i);
  });

  it('prints markup typed into notes as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toContain(TRICKY.img);
    // No event-handler attribute in any tag (the escaped text above is not a tag).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  });

  it('keeps Unicode as it is', () => {
    for (const text of [TRICKY.client, TRICKY.initiative, TRICKY.arabic, TRICKY.cjkName, 'Zoë Ångström-Nuñez']) expect(html).toContain(text);
  });

  it('holds every section heading and gap', () => {
    for (const heading of ['Verdict: Not yet', 'Readiness by gap', 'What success means', 'Who owns it, and how it reaches production', 'Open flags', 'What happens next', 'Participants and method']) {
      expect(html).toContain(heading);
    }
    for (const gap of ['Data quality', 'User capability', 'Infrastructure load', 'Integration complexity', 'Change management', 'Support model']) expect(html).toContain(gap);
  });

  it('names no voter in anonymous mode', () => {
    const anonymous = reportHtml(fixtureModel({ anonymous: true }));
    for (const name of voterOnlyNames(fixtureSession())) expect(anonymous).not.toContain(name);
  });

  it('writes CSS strings that text cannot break out of', () => {
    const nasty = cssString('"; } </style><script>x</script> \\ \n é 语 🤖');
    expect(nasty.startsWith('"') && nasty.endsWith('"')).toBe(true);
    expect(nasty.slice(1, -1)).not.toMatch(/["<>;{}\n]/);
    expect(nasty).toContain('\\3c \\2f style\\3e ');
    expect(nasty).toContain('é 语 🤖');
  });
});

describe('reportHtml: the firm logo and the frame', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60"><rect width="60" height="60" fill="#0f5e6e"/></svg>';

  it('puts the logo on the cover with alt text, the monogram without one, and the author and language in the head', () => {
    const check = checkLogoFile(new TextEncoder().encode(svg));
    if (!check.ok) throw new Error('logo refused');
    const session = fixtureSession();
    const withLogo = reportHtml(buildReport({ ...session, firm: { ...session.firm, logo: check.logo } }, { generatedAt: GENERATED_AT, appVersion: '0.1.0' }));
    expect(withLogo).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Logo of Northbridge Advisory">/);
    const without = reportHtml(fixtureModel());
    expect(without).not.toContain('<img');
    expect(without).toContain('class="monogram"');
    expect(without).toMatch(/<html lang="en">/);
    expect(without).toContain(`<meta name="author" content="${fixtureModel().meta.author}">`);
    for (const id of fixtureModel().contents.map((c) => c.id)) expect(without).toContain(`id="${id}"`);
  });
});
