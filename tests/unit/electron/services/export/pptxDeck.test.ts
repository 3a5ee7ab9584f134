import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_PER_SLIDE, expectedSlideCount, fitText, pptxDeck } from '../../../../../electron/services/export/pptxDeck';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { TRICKY } from '../../../../fixtures/exportSession';
import { fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { localizeFramework } from '../../../../../shared/framework/localize';
import { translatorNow } from '../../../../../shared/i18n';

const EN = localizeFramework(translatorNow('en'));

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function slideTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map(async (n) => decode([...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))));
}

describe('pptxDeck', () => {
  const model = fixtureModel();
  let slides: string[];
  beforeAll(async () => {
    slides = await slideTexts(await pptxDeck(model, await renderReportImages(model)));
  });

  it('has the expected slides: title, verdict, radar, flags, KPIs, one per gap, the action plan, the method', () => {
    expect(slides).toHaveLength(expectedSlideCount(model));
    expect(slides[0]).toContain(TRICKY.client);
    expect(slides[0]).toContain('Not yet');
    expect(slides[1]).toContain('Verdict');
    expect(slides[2]).toContain('Readiness by gap');
    const gapSlides = slides.filter((s) => /GAP \d OF 6/.test(s));
    expect(gapSlides).toHaveLength(6);
    EN.gaps.forEach((gap, i) => expect(gapSlides[i]).toContain(gap.name));
    const planSlides = slides.filter((s) => s.includes('What happens next'));
    expect(planSlides).toHaveLength(Math.ceil(model.actions.length / ACTIONS_PER_SLIDE));
    expect(slides[slides.length - 1]).toContain('How the room reached its view');
  });

  it('puts every action on the action plan slides', () => {
    const plan = slides.filter((s) => s.includes('What happens next')).join('\n');
    for (const action of model.actions) expect(plan).toContain(fitText(action.title, 95));
    expect(plan).toContain(TRICKY.formula);
  });

  it('names no voter in anonymous mode', async () => {
    const anonymous = fixtureModel({ anonymous: true });
    const text = (await slideTexts(await pptxDeck(anonymous, await renderReportImages(anonymous)))).join('\n');
    for (const name of voterOnlyNames(fixtureSession())) expect(text).not.toContain(name);
    expect(text).toContain('anonymous');
  });

  it('cuts long text by whole characters', () => {
    expect(fitText('🤖🤖🤖🤖', 3)).toBe('🤖🤖…');
    expect(fitText('short', 10)).toBe('short');
  });
});
