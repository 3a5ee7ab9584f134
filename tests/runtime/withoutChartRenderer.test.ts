/**
 * Nothing optional stops the app: with @resvg/resvg-js unresolvable (its native binary missing
 * for this platform), the built main process starts as usual and only the documents that embed
 * chart pictures fail, each with one sentence; every other export works.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/report/exportFormats';
import { buildSampleWorkshop } from '../../shared/sample/sampleWorkshop';
import { becomeReadyAndShow, launchMain, type LaunchedMain } from './electronStandIn/launch';

type Api = Record<string, (request: unknown) => Promise<{ ok: boolean; value?: Record<string, unknown>; error?: unknown }>>;

let launched: LaunchedMain;
let api: Api;

beforeAll(async () => {
  launched = await launchMain({ missingPackages: ['@resvg/resvg-js'] });
  await becomeReadyAndShow(launched.standIn);
  api = launched.standIn.runPreload(launched.standIn.windows[0]!).mainWorld.readinessRoom as Api;
});

describe('without the chart renderer', () => {
  it('starts and answers calls as usual', async () => {
    expect(launched.standIn.violations).toEqual([]);
    expect(await api.getAppInfo!({})).toMatchObject({ ok: true });
  });

  it('exports every document but the two with chart pictures, which say why in one sentence', async () => {
    launched.standIn.dialog.answers.push({ canceled: false, filePaths: [launched.documentsDir] });
    expect(await api.chooseExportFolder!({})).toMatchObject({ ok: true, value: { folder: launched.documentsDir } });
    const session = buildSampleWorkshop('no-charts', Date.UTC(2025, 2, 12, 9));
    const result = await api.exportDocuments!({ session, formats: [...EXPORT_FORMATS], folder: launched.documentsDir });
    expect(result.ok).toBe(true);
    const { files, failures } = result.value as { files: Array<{ format: string }>; failures: Array<{ format: string; message: string }> };
    expect(failures.map((f) => f.format)).toEqual(['docx', 'pptx']);
    for (const failure of failures) expect(failure.message).toMatch(/^The .+ needs the chart renderer, which is missing [^.]+\.$/);
    // The sample's verdict is Not yet: its pilot-redesign charter (no chart, no logo) is written too.
    expect(files.map((f) => f.format)).toEqual(['pdf', 'xlsx', 'jira', 'azure-devops', 'md', 'ics', 'charter-docx', 'charter-pdf']);
  });
});
