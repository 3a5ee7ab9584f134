#!/usr/bin/env node
// Git merge driver for the catalogue files: both sides' ids are kept, sorted; an id changed
// differently on both sides keeps "ours" and is printed, so the person merging can choose.
// Set up once per clone: git config merge.catalogue.driver "node scripts/merge-catalogue.mjs %O %A %B"
import { readFileSync, writeFileSync } from 'node:fs';

const [basePath, oursPath, theirsPath] = process.argv.slice(2);
const read = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
};
const base = read(basePath);
const ours = read(oursPath);
const theirs = read(theirsPath);
const merged = {};
const ids = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
for (const id of ids) {
  const deletedByThem = id in base && !(id in theirs) && ours[id] === base[id];
  const deletedByUs = id in base && !(id in ours) && theirs[id] === base[id];
  if (deletedByThem || deletedByUs) continue;
  if (id in ours && id in theirs && ours[id] !== theirs[id] && theirs[id] !== base[id] && ours[id] !== base[id]) {
    console.error(`catalogue merge: "${id}" changed on both sides; kept ours: ${JSON.stringify(ours[id])}`);
  }
  merged[id] = id in ours && (ours[id] !== base[id] || !(id in theirs)) ? ours[id] : theirs[id];
}
const sorted = Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]]));
writeFileSync(oursPath, `${JSON.stringify(sorted, null, 2)}\n`);
