#!/usr/bin/env node
// Sorts every catalogue file by id (the order the catalogue test requires), in place.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const folder = new URL('../shared/i18n/catalogues/', import.meta.url);
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
  const url = new URL(file, folder);
  const catalogue = JSON.parse(readFileSync(url, 'utf8'));
  const sorted = Object.fromEntries(Object.keys(catalogue).sort().map((id) => [id, catalogue[id]]));
  writeFileSync(url, `${JSON.stringify(sorted, null, 2)}\n`);
}
