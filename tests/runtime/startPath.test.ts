/**
 * What the built pages load before they start (out/renderer): the window its own chunk and the
 * code it shares with the phone page, the phone page none of the window's code, and neither the
 * schemas (zod, 93 kB) that only files and imports need. Each extra file at start is another request queued behind the browser's six per
 * origin (electron.vite.config.ts, startGraphs).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts } from '../bench/suites/bundle';

const RENDERER = path.resolve('out/renderer');
const scriptsOf = async (page: string) => initialScripts(await readFile(path.join(RENDERER, page), 'utf8')).map((src) => path.basename(src));

describe('the start path of the built pages', () => {
  it('the window starts from its own chunk and the one it shares with the phone page', async () => {
    const window = await scriptsOf('index.html');
    expect(window).toHaveLength(2);
    expect(window.filter((file) => /^index-/.test(file))).toHaveLength(1);
    expect(window.filter((file) => /^start-/.test(file))).toHaveLength(1);
  });

  it('the phone page loads none of the window’s start code', async () => {
    const window = await scriptsOf('index.html');
    const phone = await scriptsOf('participant/index.html');
    expect(phone.some((file) => /^participant-/.test(file))).toBe(true);
    expect(phone.filter((file) => window.includes(file))).toEqual(window.filter((file) => /^start-/.test(file)));
  });

  it('neither page loads the schemas at start', async () => {
    for (const page of ['index.html', 'participant/index.html']) {
      for (const file of await scriptsOf(page)) {
        // zod's class names survive minification; a start chunk that holds them pulled zod in.
        expect(await readFile(path.join(RENDERER, 'assets', file), 'utf8'), `${page} → ${file}`).not.toContain('$ZodType');
      }
    }
  });
});
