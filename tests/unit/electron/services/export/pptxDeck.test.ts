/**
 * The deck read back as PowerPoint stores it (jszip + the slide, notes and chart XML): a title
 * placeholder with text and speaker notes on every slide, the committee's order, every shape
 * above the footer, every text box and table cell tall enough for its text by the deck's own
 * conservative metrics, nothing cut ("…") and no word split, for the export fixture, the large
 * session and a hostile one (a 300-character word, right-to-left text, emoji, formula-like text).
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOOTER_Y, H, SAFE_BOTTOM, TOP_ACTIONS, W, committeeActions, paginate, pptxDeck, tablePages, textHeight, textLines } from '../../../../../electron/services/export/pptxDeck';
import { renderReportImages } from '../../../../../electron/services/export/reportImages';
import { svgToPng } from '../../../../../electron/services/export/svgToPng';
import { translatorNow } from '../../../../../shared/i18n';
import { bytesToBase64, type FirmLogo } from '../../../../../shared/model/firmLogo';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import type { ReportModel } from '../../../../../shared/report/reportModel';
import { TRICKY } from '../../../../fixtures/exportSession';
import { buildLargeSession } from '../../../../fixtures/largeSession';
import { buildReassessmentPair } from '../../../../fixtures/reassessment';
import { manyGapsFramework } from '../../../../fixtures/customFramework';
import { startReassessment } from '../../../../../shared/model/createSession';
import { GENERATED_AT, fixtureModel, fixtureSession, voterOnlyNames } from './exportFixture';
import { decodeXml } from '../../../../fixtures/documentText';

const EMU = 914_400;


function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!));
}

interface Box {
  kind: string;
  x: number;
  y: number;
  w: number;
  h: number;
  xml: string;
}

interface SlideRead {
  xml: string;
  title: string;
  notes: string;
  text: string;
  boxes: Box[];
}

function attr(xml: string, name: string): number {
  const m = new RegExp(`\\b${name}="(-?\\d+)"`).exec(xml);
  return m ? Number(m[1]) : 0;
}

/** Every shape, picture, table and chart frame of a slide with its position and size in inches (a table by its rows). */
function boxes(xml: string): Box[] {
  return [...xml.matchAll(/<p:(sp|pic|graphicFrame|cxnSp)>([\s\S]*?)<\/p:\1>/g)].map((m) => {
    const body = m[2]!;
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(body)!;
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body)!;
    const rows = [...body.matchAll(/<a:tr h="(\d+)"/g)].map((r) => Number(r[1]));
    const h = rows.length ? rows.reduce((s, r) => s + r, 0) : Number(ext[2]);
    return { kind: m[1]!, x: Number(off[1]) / EMU, y: Number(off[2]) / EMU, w: Number(ext[1]) / EMU, h: h / EMU, xml: body };
  });
}

async function readDeck(bytes: Uint8Array): Promise<{ slides: SlideRead[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const order = (f: string): number => Number(/(\d+)\.xml$/.exec(f)![1]);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => order(a) - order(b));
  const slides = await Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const rels = await zip.file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'))!.async('string');
      const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      const notesXml = notesTarget ? await zip.file(`ppt/notesSlides/${notesTarget}`)!.async('string') : '';
      const titleShape = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]!).find((sp) => /<p:ph\s[^>]*type="title"/.test(sp));
      return {
        xml,
        title: titleShape ? texts(titleShape).join('') : '',
        notes: texts(notesXml).join(' ').trim(),
        text: texts(xml).join('\n'),
        boxes: boxes(xml),
      };
    }),
  );
  return { slides, zip };
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
}

interface Paragraph {
  /** The paragraph's lines as written, split at soft breaks (<a:br/>). */
  lines: Line[];
  indent: number;
  after: number;
}

function paragraphs(txBody: string): Paragraph[] {
  return [...txBody.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => {
    const p = m[1]!;
    const lines = p.split(/<a:br\b[\s\S]*?(?:\/>|<\/a:br>)/).map((part) => {
      const sizes = [...part.matchAll(/<a:rPr[^>]*\bsz="(\d+)"/g)].map((s) => Number(s[1]) / 100);
      return { text: texts(part).join(''), size: sizes.length ? Math.max(...sizes) : 18, bold: /<a:rPr[^>]*\bb="1"/.test(part) };
    });
    return {
      lines,
      indent: /<a:buChar/.test(p) ? attr(/<a:pPr[^>]*>/.exec(p)?.[0] ?? '', 'marL') / EMU : 0,
      after: Number(/<a:spcAft><a:spcPts val="(\d+)"/.exec(p)?.[1] ?? 0) / 100 / 72,
    };
  });
}

function paragraphHeight(p: Paragraph, width: number): number {
  return p.lines.reduce((s, l) => s + (l.text ? textHeight(l.text, width - p.indent, l.size, l.bold) : (l.size * 1.2) / 72), 0) + p.after;
}

function paragraphText(p: Paragraph): string {
  return p.lines.map((l) => l.text).join(' ');
}

/** Text boxes and table cells whose text is taller than the box, measured with the deck's metrics. */
function overfull(slide: SlideRead): string[] {
  const out: string[] = [];
  for (const box of slide.boxes) {
    if (box.kind === 'sp' && box.xml.includes('<p:txBody>')) {
      const body = /<a:bodyPr[^>]*>/.exec(box.xml)![0];
      const inner = box.w - (attr(body, 'lIns') + attr(body, 'rIns')) / EMU;
      const room = box.h - (attr(body, 'tIns') + attr(body, 'bIns')) / EMU;
      const need = paragraphs(box.xml).reduce((s, p) => s + paragraphHeight(p, inner), 0);
      if (need > room + 0.06) out.push(`${need.toFixed(2)} > ${room.toFixed(2)}: ${paragraphs(box.xml).map(paragraphText).join(' / ').slice(0, 80)}`);
    }
    if (box.kind === 'graphicFrame' && box.xml.includes('<a:tbl>')) {
      const cols = [...box.xml.matchAll(/<a:gridCol w="(\d+)"/g)].map((c) => Number(c[1]) / EMU);
      for (const row of box.xml.matchAll(/<a:tr h="(\d+)">([\s\S]*?)<\/a:tr>/g)) {
        [...row[2]!.matchAll(/<a:tc>([\s\S]*?)<\/a:tc>/g)].forEach((cell, i) => {
          const tcPr = /<a:tcPr[^>]*>/.exec(cell[1]!)![0];
          const inner = cols[i]! - (attr(tcPr, 'marL') + attr(tcPr, 'marR')) / EMU;
          const room = Number(row[1]) / EMU - (attr(tcPr, 'marT') + attr(tcPr, 'marB')) / EMU;
          const need = paragraphs(cell[1]!).reduce((s, p) => s + paragraphHeight(p, inner), 0);
          if (need > room + 0.06) out.push(`cell ${need.toFixed(2)} > ${room.toFixed(2)}: ${texts(cell[1]!).join(' ').slice(0, 80)}`);
        });
      }
    }
  }
  return out;
}

const LONG_WORD = `Infrastructure${'x'.repeat(286)}`;
const HOSTILE = {
  hebrew: 'שלום עולם, בדיקת עומס',
  arabic: 'مراجعة خطة التراجع مع الفريق',
  emoji: 'Go-live party 🎉🚀👩‍💻',
  formulas: ['=1+1', '+4 pts', '-x', '@SUM(A1)'],
} as const;

/** The export fixture made hostile: a 300-character word in a note, an action title and an evidence text; RTL, emoji, formulas. */
function hostileSession(): Session {
  const s = fixtureSession();
  const [firstId] = Object.keys(s.gaps) as Array<keyof Session['gaps']>;
  const first = s.gaps[firstId!]!;
  const base = s.actions[0]!;
  const created = s.createdAt;
  return {
    ...s,
    // The cover's longest fields: a 200-character word for a title, 120 characters of a name.
    initiative: `${LONG_WORD.slice(0, 190)} ${HOSTILE.emoji}`,
    client: `${HOSTILE.arabic} ${LONG_WORD.slice(0, 150)}`,
    facilitator: LONG_WORD.slice(0, 120),
    firm: { ...s.firm, name: `${HOSTILE.hebrew} ${LONG_WORD.slice(0, 90)}` },
    gaps: {
      ...s.gaps,
      [firstId!]: {
        ...first,
        notes: `Note ${LONG_WORD} end`,
        evidence: [...first.evidence, { id: 'ev-long', text: `${LONG_WORD} ${HOSTILE.hebrew}`, createdAt: created }],
        risks: [{ id: 'rk-long', text: `${HOSTILE.formulas[3]} ${LONG_WORD}`, severity: 'high', createdAt: created }, ...first.risks],
      },
    },
    actions: [
      { ...base, id: 'h-long', title: LONG_WORD, priority: 'high', status: 'open' },
      { ...base, id: 'h-rtl', title: `${HOSTILE.arabic} ${HOSTILE.hebrew}`, priority: 'high', status: 'open' },
      { ...base, id: 'h-emoji', title: HOSTILE.emoji, priority: 'high', status: 'open' },
      ...HOSTILE.formulas.map((title, i) => ({ ...base, id: `h-f${i}`, title, owner: HOSTILE.formulas[(i + 1) % 4]!, priority: 'high' as const, status: 'open' as const })),
      ...s.actions,
    ],
  };
}

async function deckOf(model: ReportModel): Promise<SlideRead[]> {
  return (await readDeck(await pptxDeck(model, await renderReportImages(model)))).slides;
}

/** The checks every deck passes, whatever the session. */
function expectSound(slides: SlideRead[]): void {
  slides.forEach((slide, i) => {
    const where = `slide ${i + 1} (${slide.title})`;
    expect(slide.title, `${where}: title placeholder`).not.toBe('');
    expect(slide.notes.length, `${where}: speaker notes`).toBeGreaterThan(40);
    expect(slide.text, `${where}: nothing cut`).not.toContain('…');
    for (const box of slide.boxes) {
      if (box.xml.includes('type="slidenum"')) {
        // The slide number is the footer's own, on the slide because PowerPoint fills it there.
        expect(box.y, where).toBeGreaterThanOrEqual(FOOTER_Y);
        continue;
      }
      expect(box.x, where).toBeGreaterThanOrEqual(-0.001);
      expect(box.x + box.w, where).toBeLessThanOrEqual(W + 0.001);
      // The gap slides' colour band starts at the top edge; nothing else reaches the footer.
      expect(box.y + box.h, `${where}: ${texts(box.xml).join(' ').slice(0, 60)}`).toBeLessThanOrEqual(SAFE_BOTTOM + 0.001);
    }
    expect(overfull(slide), where).toEqual([]);
  });
}

describe('pptxDeck: the export fixture', () => {
  const model = fixtureModel();
  let slides: SlideRead[];
  let zip: JSZip;
  beforeAll(async () => {
    ({ slides, zip } = await readDeck(await pptxDeck(model, await renderReportImages(model))));
  }, 60_000);

  it('puts the slides in the order a committee reads them', () => {
    const titles = slides.map((s) => s.title);
    expect(titles[0]).toBe(model.meta.initiative);
    const at = (title: string): number => titles.findIndex((t) => t.startsWith(title));
    const decision = at('What we ask of the committee');
    const verdict = at(`Verdict: ${model.verdict.label}`);
    const rag = at('Red, amber, green');
    const radar = at('Readiness by gap');
    const gaps = model.gaps.map((g) => titles.indexOf(g.gap.name));
    const roadmap = at('The next 30, 60 and 90 days');
    const top = at('The actions that matter most');
    const next = at('What happens next');
    const about = at('How the room reached its view');
    const order = [decision, verdict, rag, radar, ...gaps, roadmap, top, next, about];
    expect(decision).toBe(1);
    expect(order.every((n) => n > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(about).toBe(titles.length - 1);
    // The slides between the parts are continuations ("… (2 of 3)"), not other material.
    expect(gaps.slice(1).map((g, i) => g - gaps[i]!)).toEqual([1, 1, 1, 1, 1]);
  });

  it('has a title placeholder with text, speaker notes, nothing below the footer line and no overfull box on every slide', () => {
    expect(slides.length).toBeGreaterThan(10);
    expectSound(slides);
    expect(SAFE_BOTTOM).toBeLessThan(FOOTER_Y);
    expect(FOOTER_Y).toBeLessThan(H);
  });

  it('asks for the decision in the model’s words and shows each gap’s red, amber or green status', () => {
    const decision = slides[1]!;
    expect(decision.text).toContain(model.decisionRequested.text);
    for (const point of model.decisionRequested.points) expect(decision.text).toContain(point);
    const rag = slides.filter((s) => s.title.startsWith('Red, amber, green')).map((s) => s.text).join('\n');
    for (const row of model.gapStatus) {
      expect(rag).toContain(row.label);
      expect(rag).toContain(row.reason);
    }
    const roadmap = slides.find((s) => s.title === 'The next 30, 60 and 90 days')!;
    expect(roadmap.xml).toMatch(/<p:pic>[\s\S]*descr="[^"]{20,}"/);
  });

  it('puts the firm’s logo from the session on the title slide, PNG or SVG', async () => {
    expect(slides[0]!.xml).not.toContain('descr="Logo of');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#0b3d91"/></svg>';
    const png = await svgToPng(svg, 1);
    const logos: FirmLogo[] = [
      { mediaType: 'image/png', data: bytesToBase64(png.data), width: png.width, height: png.height },
      { mediaType: 'image/svg+xml', data: bytesToBase64(new TextEncoder().encode(svg)), width: 400, height: 100 },
    ];
    for (const logo of logos) {
      const session = fixtureSession();
      const withLogo = buildReport({ ...session, firm: { ...session.firm, logo } }, { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
      const { slides: deck, zip } = await readDeck(await pptxDeck(withLogo, await renderReportImages(withLogo)));
      const pic = deck[0]!.boxes.find((b) => b.kind === 'pic' && b.xml.includes(`descr="Logo of ${model.meta.firm.name}"`))!;
      expect(pic, logo.mediaType).toBeDefined();
      // Its proportions kept: four times as wide as tall.
      expect(pic.w / pic.h).toBeCloseTo(4, 1);
      const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/'));
      expect(media.length).toBeGreaterThan(0);
    }
  });

  it('draws the radar as a native chart with a value per gap', async () => {
    const radar = slides.find((s) => s.title === 'Readiness by gap')!;
    expect(radar.xml).toMatch(/<p:graphicFrame>[\s\S]*uri="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/chart"/);
    const chart = await zip.file(Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!)!.async('string');
    expect(chart).toContain('<c:radarChart>');
    const values = [...chart.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].flatMap((m) => [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])));
    expect(values).toEqual(model.scores.map((s) => s.consensus?.level ?? 0));
  });

  it('shows the top actions high priority first, and the rest on one appendix slide that points to the tracker', () => {
    const { top, rest } = committeeActions(model);
    expect(top.length).toBeLessThanOrEqual(TOP_ACTIONS);
    const ranks = top.map((a) => ({ high: 0, medium: 1, low: 2 })[a.priority]);
    expect([...ranks].sort()).toEqual(ranks);
    const topText = slides.filter((s) => s.title.startsWith('The actions that matter most')).map((s) => s.text).join('\n');
    for (const a of top) expect(topText).toContain(a.title);
    const appendix = slides.filter((s) => s.title.startsWith('The rest of the action plan'));
    expect(appendix.length).toBe(rest.length ? 1 : 0);
    if (rest.length) expect(appendix[0]!.text).toContain('tracker (XLSX)');
    expect(topText).toContain(TRICKY.formula);
  });

  it('gives the facilitator something to say on each gap: the level, the room’s rationale, the next step', () => {
    for (const section of model.gaps) {
      const notes = slides.find((s) => s.title === section.gap.name)!.notes;
      expect(notes).toContain(section.gap.name);
      if (section.consensus) expect(notes).toContain(section.consensus.name);
      if (section.rationale) expect(notes).toContain(section.rationale.trim());
      const next = section.actions.find((a) => a.status !== 'done');
      if (next) expect(notes).toContain(next.title);
    }
  });

  it('writes the notes and plurals as a person would', () => {
    const all = slides.map((s) => `${s.text}\n${s.notes}`).join('\n');
    expect(all).not.toMatch(/\b1 more \w+s\b|\bAll 1 \b|\b1 (reasons|actions|risks|participants)\b/);
    expect(all).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(slides[0]!.notes).toContain(model.meta.workshopDateLabel);
  });

  it('names no voter in anonymous mode', async () => {
    const anonymous = fixtureModel({ anonymous: true });
    const deck = await deckOf(anonymous);
    const text = deck.map((s) => `${s.text}\n${s.notes}`).join('\n');
    for (const name of voterOnlyNames(fixtureSession())) expect(text).not.toContain(name);
    expect(text).toContain('anonymous');
  });
});

describe('pptxDeck: the hostile session', () => {
  const model = buildReport(hostileSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
  let slides: SlideRead[];
  beforeAll(async () => {
    slides = await deckOf(model);
  }, 60_000);

  it('keeps every slide sound: titles, notes, the footer clear, every box tall enough', () => {
    expectSound(slides);
  });

  it('keeps the 300-character word whole in one text run, and the RTL, emoji and formula-like text as written', () => {
    const runs = slides.flatMap((s) => texts(s.xml));
    expect(runs.some((r) => r.includes(LONG_WORD))).toBe(true);
    // Every long word on a slide is one the session holds, whole: none is split across runs or cut.
    const whole = new Set([300, 190, 150, 120, 90]);
    const found = runs.flatMap((r) => [...r.matchAll(/Infrastructurex+/g)].map((m) => m[0].length));
    expect(found.length).toBeGreaterThan(3);
    for (const length of found) expect(whole).toContain(length);
    const all = runs.join('\n');
    expect(all).toContain(HOSTILE.arabic);
    expect(all).toContain(HOSTILE.hebrew);
    expect(all).toContain(HOSTILE.emoji);
    for (const f of HOSTILE.formulas) expect(runs).toContain(f);
  });
});

describe('pptxDeck: the large session, in German', () => {
  const model = buildReport(buildLargeSession(), { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow('de') });
  let slides: SlideRead[];
  beforeAll(async () => {
    slides = await deckOf(model);
  }, 60_000);

  it('stays a deck for a committee: the top actions, one appendix slide, every slide sound', () => {
    expect(model.actions.length).toBeGreaterThan(100);
    expect(slides.length).toBeLessThanOrEqual(20);
    expect(slides.filter((s) => s.title.startsWith('Der übrige Maßnahmenplan'))).toHaveLength(1);
    expect(slides.some((s) => /\d+ weitere Maßnahmen stehen im Tracker\./.test(s.text))).toBe(true);
    expectSound(slides);
    expect(slides.map((s) => s.xml).join('')).toContain('lang="de-DE"');
  });
});

describe('pptxDeck: a re-assessment, in English and German', () => {
  it.each(['en', 'de'])('%s: one sound "What changed" slide right after the verdict, every slide sound', async (language) => {
    const { reassessment } = buildReassessmentPair();
    const model = buildReport(reassessment, { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow(language) });
    const slides = await deckOf(model);
    const titles = slides.map((s) => s.title);
    const changed = titles.indexOf(model.i18n.t('deck.compare.heading'));
    expect(titles.filter((t) => t === model.i18n.t('deck.compare.heading'))).toHaveLength(1);
    expect(titles[changed - 1]).toMatch(new RegExp(`^${model.i18n.t('report.verdict.heading', { verdict: model.verdict.label })}`));
    expectSound(slides);
  }, 60_000);
});

describe('pptxDeck: a re-assessment of a framework with twelve gaps', () => {
  it.each(['en', 'de'])('%s: every gap on "What changed", continued on a slide of its own when they do not fit, every slide sound', async (language) => {
    const baseline = buildLargeSession({ participants: 12, roundsPerGap: 1, actions: 30, id: 'twelve-then', framework: manyGapsFramework(12) });
    const model = buildReport(startReassessment(baseline, 'twelve-now', Date.parse('2025-08-12T09:00:00Z')), { generatedAt: GENERATED_AT, appVersion: '0.1.0', i18n: translatorNow(language) });
    expect(model.comparison?.movements).toHaveLength(12);
    const slides = await deckOf(model);
    const heading = model.i18n.t('deck.compare.heading');
    const changed = slides.filter((s) => s.title.startsWith(heading));
    for (const m of model.comparison!.movements) expect(changed.map((s) => s.text).join('\n'), m.gap.name).toContain(`${m.gap.number}. ${m.gap.name}`);
    expectSound(slides);
  }, 60_000);
});

describe('measuring and paginating text', () => {
  it('wraps at word boundaries and gives a word wider than the box the lines it needs', () => {
    expect(textLines('short words', 5, 12)).toBe(1);
    expect(textLines('word '.repeat(40).trim(), 2, 12)).toBeGreaterThan(3);
    const lines = textLines(LONG_WORD, 4, 12);
    expect(lines).toBeGreaterThanOrEqual(6);
    expect(textLines(`${LONG_WORD}\nnext paragraph`, 4, 12)).toBe(lines + 1);
  });

  it('counts wide scripts wider than Latin', () => {
    expect(textHeight('语音助手'.repeat(20), 3, 12)).toBeGreaterThan(textHeight('abcd'.repeat(20), 3, 12));
  });

  it('sizes a table to fit its first slide, or pages it over further slides at the fallback size', () => {
    // Rows of height size/10 under a header of 0.5.
    const measure = (rows: number) => (size: number) => ({ headH: 0.5, rowH: Array.from({ length: rows }, () => size / 10) });
    expect(tablePages([1, 2, 3], [12, 11, 10, 9], 10, measure(3), 4, 5)).toEqual({ size: 11, pages: [[1, 2, 3]] });
    const many = Array.from({ length: 12 }, (_, i) => i);
    const { size, pages } = tablePages(many, [12, 11, 10, 9], 10, measure(12), 4, 5.5);
    expect(size).toBe(10);
    expect(pages).toEqual([many.slice(0, 3), many.slice(3, 8), many.slice(8)]);
  });

  it('fills pages up to their height and never drops an item', () => {
    expect(paginate([1, 1, 1, 1, 1], 2, (n) => n)).toEqual([[1, 1], [1, 1], [1]]);
    expect(paginate([3, 1], 2, (n) => n)).toEqual([[3], [1]]);
    expect(paginate([], 2, (n: number) => n)).toEqual([[]]);
    expect(paginate([1, 1, 1], 2, (n) => n, 1)).toEqual([[1], [1, 1]]);
  });
});
