/**
 * A workbook is a zip file. Before any spreadsheet library unpacks one, this reads its central
 * directory itself and unpacks every entry with a hard ceiling, so a zip bomb is refused without
 * ever being inflated in full:
 *
 * - the declared sizes must stay under the limits (in total, and in their ratio to the packed size);
 * - each entry is inflated with `maxOutputLength` set to its declared size, so an entry that lies
 *   about its size stops at that size and is refused;
 * - entries may not overlap (the overlapping-file bomb reuses one packed kernel many times), and
 *   only "stored" and "deflated" entries are read; zip64 is refused (a tracker never needs it).
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' declared unpacked sizes. */
  maxUnpackedBytes: number;
  /** Unpacked ÷ packed, for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export type ZipProblem = 'not-a-zip' | 'bomb';

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem);
    this.name = 'ZipRefused';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

interface CentralEntry {
  name: string;
  method: number;
  packedSize: number;
  unpackedSize: number;
  localOffset: number;
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipRefused('not-a-zip');
}

function centralEntries(zip: Buffer, limits: ZipLimits): CentralEntry[] {
  if (zip.length < 22) throw new ZipRefused('not-a-zip');
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === ZIP64_MARK || offset === ZIP64_MARK) throw new ZipRefused('not-a-zip');
  if (count > limits.maxEntries) throw new ZipRefused('bomb');
  if (offset + size > eocd) throw new ZipRefused('not-a-zip');
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipRefused('not-a-zip');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const entry: CentralEntry = {
      method: zip.readUInt16LE(at + 10),
      packedSize: zip.readUInt32LE(at + 20),
      unpackedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.packedSize === ZIP64_MARK || entry.unpackedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) throw new ZipRefused('not-a-zip');
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's packed bytes start (after its local header), checked against the file. */
function dataStart(zip: Buffer, entry: CentralEntry): number {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ZipRefused('not-a-zip');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.packedSize > zip.length) throw new ZipRefused('not-a-zip');
  return start;
}

/** Checks the declared sizes, then unpacks every file entry within them: name → bytes. */
export function unpackZip(zip: Buffer, limits: ZipLimits): Map<string, Buffer> {
  const entries = centralEntries(zip, limits);
  let total = 0;
  for (const entry of entries) {
    total += entry.unpackedSize;
    const ratio = entry.unpackedSize / Math.max(1, entry.packedSize);
    if (total > limits.maxUnpackedBytes || (entry.unpackedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) throw new ZipRefused('bomb');
  }
  const spans = entries.map((entry) => ({ entry, start: dataStart(zip, entry) })).sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    if (spans[i]!.entry.localOffset < previous.start + previous.entry.packedSize) throw new ZipRefused('bomb');
  }
  const files = new Map<string, Buffer>();
  for (const { entry, start } of spans) {
    if (entry.name.endsWith('/')) continue;
    const packed = zip.subarray(start, start + entry.packedSize);
    let unpacked: Buffer;
    if (entry.method === 0) unpacked = packed;
    else if (entry.method === 8) {
      try {
        // One byte more than declared: an entry that lies about its size is caught, not inflated.
        unpacked = inflateRawSync(packed, { maxOutputLength: entry.unpackedSize + 1 });
      } catch (error) {
        throw new ZipRefused((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'bomb' : 'not-a-zip');
      }
    } else throw new ZipRefused('not-a-zip');
    if (unpacked.length !== entry.unpackedSize) throw new ZipRefused(unpacked.length > entry.unpackedSize ? 'bomb' : 'not-a-zip');
    files.set(entry.name, unpacked);
  }
  return files;
}
