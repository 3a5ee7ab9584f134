/**
 * The layer rules (docs/ARCHITECTURE.md, "Layers and what each may import") are lint rules; this
 * proves they bite, so a wrong import fails `npm test` rather than a code review.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/model/leak.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/model/leak.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['shared/model/leak.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['renderer/src/leak.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['renderer/src/leak.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['electron/services/leak.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/services/leak.ts', "import { db } from '../../renderer/src/db/database';\nexport const x = db;\n"],
    ['electron/preload/leak.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
  ])('%s refuses: %s', async (file, source) => {
    expect(await importErrors(file, source)).not.toHaveLength(0);
  });

  it.each([
    ['shared/model/ok.ts', "import { z } from 'zod';\nexport const x = z;\n"],
    ['electron/services/ok.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['electron/main/ok.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['renderer/src/ok.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"],
  ])('%s allows its own imports', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
