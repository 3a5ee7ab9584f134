// @vitest-environment jsdom
/**
 * The Export stage offers the pilot-redesign charter only when the verdict is Not yet; otherwise
 * its two formats are shown disabled, each with the one line that says why.
 */
import { describe, expect, it, vi } from 'vitest';
import { ExportStage } from '../../../../../renderer/src/features/export/ExportStage';
import type { Session } from '../../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../../shared/sample/sampleWorkshop';
import { computeVerdict } from '../../../../../shared/scoring/verdict';
import { mountInLanguage } from '../../mountInLanguage';

vi.mock('../../../../../renderer/src/platform/api', () => ({
  call: vi.fn(() => new Promise(() => {})),
  messageOf: (error: unknown) => String(error),
}));

const SAMPLE = buildSampleWorkshop('s', Date.UTC(2025, 2, 10));
const mounted = mountInLanguage();

function boxes(): Record<string, HTMLInputElement> {
  return Object.fromEntries([...mounted.host.querySelectorAll<HTMLInputElement>('.export-formats input[type="checkbox"]')].map((box) => [box.id.replace('export-format-', ''), box]));
}

describe('the charter in the Export stage', () => {
  it('is offered and ticked when the verdict is Not yet', () => {
    expect(computeVerdict(SAMPLE).value).toBe('not-yet');
    mounted.render(<ExportStage session={SAMPLE} update={async () => {}} goTo={() => {}} />, 'en');
    const all = boxes();
    expect(all['charter-docx']!.disabled).toBe(false);
    expect(all['charter-pdf']!.checked).toBe(true);
    expect(mounted.host.querySelector('[data-testid="export-format-unavailable"]')).toBeNull();
  });

  it('is shown disabled with its reason when the verdict is Go, and not counted', () => {
    const go: Session = { ...SAMPLE, verdictOverride: { value: 'go', reason: 'Accepted.', at: 1 } };
    mounted.render(<ExportStage session={go} update={async () => {}} goTo={() => {}} />, 'en');
    const all = boxes();
    for (const format of ['charter-docx', 'charter-pdf']) {
      const box = all[format]!;
      expect(box.disabled).toBe(true);
      expect(box.checked).toBe(false);
      const reason = mounted.host.querySelector(`#${box.getAttribute('aria-describedby')}`)!;
      expect(reason.textContent).toBe('The pilot redesign charter is written only when the verdict is Not yet; this session’s verdict is Go.');
    }
    expect(all.docx!.disabled).toBe(false);
    const run = [...mounted.host.querySelectorAll('button')].find((b) => b.classList.contains('export-run'))!;
    expect(run.textContent).toBe(`Export ${Object.keys(all).length - 2} documents`);
  });

  it('says it in German', () => {
    const go: Session = { ...SAMPLE, verdictOverride: { value: 'go-with-conditions', reason: 'Mit Auflagen.', at: 1 } };
    mounted.render(<ExportStage session={go} update={async () => {}} goTo={() => {}} />, 'de');
    expect(mounted.host.querySelector('[data-testid="export-format-unavailable"]')!.textContent).toBe(
      'Die Charta zur Neuausrichtung des Piloten entsteht nur beim Urteil „Noch nicht“; das Urteil dieser Sitzung lautet „Go mit Auflagen“.',
    );
  });
});
