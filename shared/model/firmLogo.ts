/**
 * The firm's logo, stored in the session file: a PNG or an SVG, at most 512 kB, of a sensible
 * size. Whatever a person chooses is checked here before it is stored, and a stored logo is
 * checked again whenever a file is loaded (the schema refines with the same rules), so a logo
 * reaches a document only as a real picture:
 *
 * - a PNG must begin with the PNG signature, have its IHDR first and end with IEND (a truncated
 *   download is refused), and be 16–4,096 pixels on each side, at most ten times wider than tall;
 * - an SVG must be well-formed XML with an `svg` root and a size (width/height or a viewBox); it
 *   is refused when it holds a script or event handler, a reference outside itself (an `href` or
 *   CSS `url()` to http, file or anything but `#…` or an embedded PNG/JPEG), a `<foreignObject>`
 *   (or another way to embed a page), or a DTD with entity declarations.
 *
 * Pure and platform-neutral: runs in the sandboxed window (File API bytes) and in Node (the
 * command line and main). The PNG for Word and PowerPoint comes from electron/services/export/firmLogoPng.ts.
 */
import { z } from 'zod';
import { msg, type Message } from '../i18n';

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MIN_PX = 16;
export const LOGO_MAX_PX = 4096;
/** The longest side divided by the shortest. */
export const LOGO_MAX_ASPECT = 10;
export const LOGO_MEDIA_TYPES = ['image/png', 'image/svg+xml'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];
/** What the window's file chooser offers. */
export const LOGO_ACCEPT = '.png,.svg,image/png,image/svg+xml';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_BASE64_LENGTH = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

export interface FirmLogo {
  mediaType: LogoMediaType;
  /** The file's bytes, base64. */
  data: string;
  /** The picture's size in pixels (an SVG's own size, scaled into range when it is tiny or huge). */
  width: number;
  height: number;
}

export type SvgRefusal = 'script' | 'eventHandler' | 'externalReference' | 'foreignObject' | 'entity';

/** A refusal carries the whole sentence (`message`) and its reason alone (for a repair note). */
export type LogoCheck = { ok: true; logo: FirmLogo } | { ok: false; message: Message; reason: Message };

// Bytes and base64 ----------------------------------------------------------------------------------

/** What every platform the app runs on (Node, the window) has, typed here because shared/ has no DOM or Node types. */
const platform = globalThis as unknown as {
  TextDecoder: new (label: 'utf-8', options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };
  atob(data: string): string;
  btoa(binary: string): string;
};

function decodeUtf8(bytes: Uint8Array, fatal = false): string {
  return new platform.TextDecoder('utf-8', { fatal }).decode(bytes);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return platform.btoa(binary);
}

export function base64ToBytes(data: string): Uint8Array {
  const binary = platform.atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The logo for an HTML document's `<img src>`. */
export function logoDataUri(logo: FirmLogo): string {
  return `data:${logo.mediaType};base64,${logo.data}`;
}

/** The SVG's text (for rasterising), or null for a PNG. */
export function logoSvgText(logo: FirmLogo): string | null {
  if (logo.mediaType !== 'image/svg+xml') return null;
  return stripBom(decodeUtf8(base64ToBytes(logo.data)));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// PNG -------------------------------------------------------------------------------------------------

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/** The PNG's size from its IHDR, or null when the chunks do not run from IHDR to IEND. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (!hasPngSignature(bytes) || bytes.length < 8 + 25 + 12) return null;
  if (readUint32(bytes, 8) !== 13 || chunkType(bytes, 12) !== 'IHDR') return null;
  const width = readUint32(bytes, 16);
  const height = readUint32(bytes, 20);
  let at = 8;
  let sawData = false;
  while (at + 12 <= bytes.length) {
    const length = readUint32(bytes, at);
    const type = chunkType(bytes, at + 4);
    const next = at + 12 + length;
    if (next > bytes.length) return null;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData && width > 0 && height > 0 ? { width, height } : null;
    at = next;
  }
  return null;
}

// SVG -------------------------------------------------------------------------------------------------

type SvgScan = { ok: true; width: number; height: number } | { ok: false; refusal: SvgRefusal | 'unreadable' | 'noSize' };

const ENTITY_REF = /&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;
const NAME = /[A-Za-z_][\w.:-]*/y;
const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener']);
const EMBED_ELEMENTS = new Set(['foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'canvas']);
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const LOCAL_REFERENCE = /^\s*#/;
const EMBEDDED_BITMAP = /^\s*data:image\/(?:png|jpeg|gif);base64,/i;
const CSS_URL = /url\s*\(\s*(['"]?)\s*([^'")\s]*)/gi;

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

function decodeEntities(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g, (_m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Math.min(parseInt(name.slice(2), 16), 0x10ffff));
    if (name.startsWith('#')) return String.fromCodePoint(Math.min(parseInt(name.slice(1), 10), 0x10ffff));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? '';
  });
}

/** Every `&` in text or an attribute starts a predefined or numeric reference (no DTD: no other entities). */
function entitiesWellFormed(text: string): boolean {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    ENTITY_REF.lastIndex = i;
    if (!ENTITY_REF.test(text)) return false;
  }
  return true;
}

/** CSS (a style attribute or element): only `url(#…)` or an embedded bitmap, no @import, no script. */
function cssRefusal(css: string): SvgRefusal | null {
  const flat = css.replace(/\\/g, '');
  if (/@import/i.test(flat)) return 'externalReference';
  if (/javascript:|expression\s*\(/i.test(flat)) return 'script';
  for (const match of flat.matchAll(CSS_URL)) {
    const target = match[2] ?? '';
    if (!LOCAL_REFERENCE.test(target) && !EMBEDDED_BITMAP.test(target)) return 'externalReference';
  }
  return null;
}

function attributeRefusal(element: string, name: string, rawValue: string, attributes: ReadonlyMap<string, string>): SvgRefusal | null {
  const local = localName(name);
  const value = decodeEntities(rawValue);
  if (local.startsWith('on')) return 'eventHandler';
  // Browsers skip blanks and control characters inside a scheme ("java\tscript:").
  const squeezed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
  if (/javascript:|vbscript:/i.test(squeezed)) return 'script';
  if (local === 'href' || local === 'src') {
    if (!LOCAL_REFERENCE.test(value) && !EMBEDDED_BITMAP.test(value)) return 'externalReference';
  }
  if (ANIMATION_ELEMENTS.has(element) && local === 'attributename') {
    const target = localName(value.trim());
    if (target.startsWith('on')) return 'eventHandler';
    if (target === 'href' || target === 'src') return 'externalReference';
  }
  if (ANIMATION_ELEMENTS.has(element) && (local === 'to' || local === 'from' || local === 'values' || local === 'by')) {
    const animated = localName((attributes.get('attributeName') ?? '').trim());
    if (animated === 'href' || animated === 'src') return 'externalReference';
  }
  return cssRefusal(value);
}

const UNIT_PX: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };

function parseLength(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*(px|pt|pc|in|cm|mm)?\s*$/.exec(value);
  if (!match) return null;
  const n = Number(match[1]) * UNIT_PX[match[2] ?? '']!;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function svgSize(attributes: ReadonlyMap<string, string>): { width: number; height: number } | null {
  const box = (attributes.get('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const boxSize = box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0 ? { width: box[2]!, height: box[3]! } : null;
  const width = parseLength(attributes.get('width'));
  const height = parseLength(attributes.get('height'));
  if (width !== null && height !== null) return { width, height };
  if (boxSize && width !== null) return { width, height: (width * boxSize.height) / boxSize.width };
  if (boxSize && height !== null) return { width: (height * boxSize.width) / boxSize.height, height };
  return boxSize;
}

/** Reads an SVG document as XML, element by element, and refuses what a logo must not hold. */
export function scanSvg(text: string): SvgScan {
  const stack: string[] = [];
  let rootSize: { width: number; height: number } | null = null;
  let sawRoot = false;
  let i = 0;
  const fail = (refusal: SvgRefusal | 'unreadable' | 'noSize'): SvgScan => ({ ok: false, refusal });
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textRun = text.slice(i, lt < 0 ? text.length : lt);
    if (textRun.length) {
      if (!entitiesWellFormed(textRun) || textRun.includes(']]>')) return fail('unreadable');
      if (stack.length === 0 && textRun.trim() !== '') return fail('unreadable');
      if (stack[stack.length - 1] === 'style') {
        const refusal = cssRefusal(decodeEntities(textRun));
        if (refusal) return fail(refusal);
      }
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return fail('unreadable');
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0 || stack.length === 0) return fail('unreadable');
      if (stack[stack.length - 1] === 'style') {
        const refusal = cssRefusal(text.slice(i + 9, end));
        if (refusal) return fail(refusal);
      }
      i = end + 3;
      continue;
    }
    if (text.startsWith('<!', i)) {
      // A DTD: refused when it declares anything (entities above all); a bare DOCTYPE is skipped.
      const end = text.indexOf('>', i);
      const declaration = end < 0 ? text.slice(i) : text.slice(i, end + 1);
      if (!/^<!DOCTYPE\s/i.test(declaration) || /[[\]]|<!ENTITY/i.test(declaration) || sawRoot) return fail('entity');
      i = end + 1;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return fail('unreadable');
      const target = /^<\?([^\s?]+)/.exec(text.slice(i, end))?.[1] ?? '';
      // A style sheet processing instruction fetches a file; only the XML declaration is kept.
      if (target.toLowerCase() !== 'xml') return fail(target.toLowerCase() === 'xml-stylesheet' ? 'externalReference' : 'unreadable');
      i = end + 2;
      continue;
    }
    if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(text)?.[0];
      if (!name) return fail('unreadable');
      const close = /\s*>/y;
      close.lastIndex = i + 2 + name.length;
      if (!close.test(text) || stack.pop() !== localName(name)) return fail('unreadable');
      i = close.lastIndex;
      continue;
    }
    NAME.lastIndex = i + 1;
    const name = NAME.exec(text)?.[0];
    if (!name) return fail('unreadable');
    const element = localName(name);
    if (stack.length === 0) {
      if (sawRoot || element !== 'svg') return fail('unreadable');
      sawRoot = true;
    }
    if (SCRIPT_ELEMENTS.has(element)) return fail('script');
    if (EMBED_ELEMENTS.has(element)) return fail('foreignObject');
    i += 1 + name.length;
    const attributes = new Map<string, string>();
    let selfClosing = false;
    for (;;) {
      const space = /\s*/y;
      space.lastIndex = i;
      space.test(text);
      const hadSpace = space.lastIndex > i;
      i = space.lastIndex;
      if (text.startsWith('/>', i)) {
        selfClosing = true;
        i += 2;
        break;
      }
      if (text.startsWith('>', i)) {
        i += 1;
        break;
      }
      NAME.lastIndex = i;
      const attribute = NAME.exec(text)?.[0];
      if (!attribute || !hadSpace || attributes.has(attribute)) return fail('unreadable');
      const equals = /\s*=\s*(["'])/y;
      equals.lastIndex = i + attribute.length;
      const quote = equals.exec(text)?.[1];
      if (!quote) return fail('unreadable');
      const start = equals.lastIndex;
      const end = text.indexOf(quote, start);
      if (end < 0) return fail('unreadable');
      const value = text.slice(start, end);
      if (value.includes('<') || !entitiesWellFormed(value)) return fail('unreadable');
      attributes.set(attribute, value);
      i = end + 1;
    }
    for (const [attribute, value] of attributes) {
      const refusal = attributeRefusal(element, attribute, value, attributes);
      if (refusal) return fail(refusal);
    }
    if (stack.length === 0) rootSize = svgSize(new Map([...attributes].map(([k, v]) => [k, decodeEntities(v)])));
    if (!selfClosing) stack.push(element);
    else if (stack.length === 0) break;
  }
  if (!sawRoot || stack.length > 0) return fail('unreadable');
  if (text.slice(i).trim() !== '' && !/^(\s|<!--[\s\S]*?-->)*$/.test(text.slice(i))) return fail('unreadable');
  if (!rootSize) return fail('noSize');
  return { ok: true, ...rootSize };
}

// Checks ------------------------------------------------------------------------------------------------

function refused(reason: Message): LogoCheck {
  return { ok: false, message: msg('firm.logo.refused', { reason }), reason };
}

function sizeRefusal(width: number, height: number): Message | null {
  const longest = Math.max(width, height);
  const shortest = Math.min(width, height);
  if (shortest < LOGO_MIN_PX || longest > LOGO_MAX_PX || longest / shortest > LOGO_MAX_ASPECT) {
    return msg('firm.logo.reason.size', { width, height, min: LOGO_MIN_PX, max: LOGO_MAX_PX, aspect: LOGO_MAX_ASPECT });
  }
  return null;
}

/** An SVG's size in whole pixels, scaled to 512 on its longest side when tiny or huge (vectors scale). */
function svgPixels(width: number, height: number): { width: number; height: number } {
  const longest = Math.max(width, height);
  const scale = longest < LOGO_MIN_PX || longest > LOGO_MAX_PX ? 512 / longest : 1;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function checkSvgBytes(bytes: Uint8Array): LogoCheck {
  let text: string;
  try {
    text = stripBom(decodeUtf8(bytes, true));
  } catch {
    return refused(msg('firm.logo.reason.unreadableSvg'));
  }
  const scan = scanSvg(text);
  if (!scan.ok) {
    if (scan.refusal === 'unreadable') return refused(msg('firm.logo.reason.unreadableSvg'));
    if (scan.refusal === 'noSize') return refused(msg('firm.logo.reason.svgNoSize'));
    return refused(msg('firm.logo.reason.unsafeSvg', { what: scan.refusal }));
  }
  if (Math.max(scan.width, scan.height) / Math.min(scan.width, scan.height) > LOGO_MAX_ASPECT) {
    return refused(sizeRefusal(Math.round(scan.width), Math.round(scan.height)) ?? msg('firm.logo.reason.unreadableSvg'));
  }
  const { width, height } = svgPixels(scan.width, scan.height);
  return { ok: true, logo: { mediaType: 'image/svg+xml', data: bytesToBase64(bytes), width, height } };
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = decodeUtf8(bytes.subarray(0, 4096));
  return /<(?:[\w.-]+:)?svg[\s>/]/i.test(head) || /^\s*(<\?xml|<!--|<!DOCTYPE)/i.test(stripBom(head));
}

/** A chosen file's bytes → the logo to store, or the sentence that says why not. */
export function checkLogoFile(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return refused(msg('firm.logo.reason.notAnImage'));
  if (bytes.length > LOGO_MAX_BYTES) return refused(msg('firm.logo.reason.tooLarge', { kilobytes: Math.ceil(bytes.length / 1024), max: LOGO_MAX_BYTES / 1024 }));
  if (hasPngSignature(bytes)) {
    const size = readPngSize(bytes);
    if (!size) return refused(msg('firm.logo.reason.damagedPng'));
    const bad = sizeRefusal(size.width, size.height);
    if (bad) return refused(bad);
    return { ok: true, logo: { mediaType: 'image/png', data: bytesToBase64(bytes), ...size } };
  }
  if (looksLikeSvg(bytes)) return checkSvgBytes(bytes);
  return refused(msg('firm.logo.reason.notAnImage'));
}

/** A stored logo checked again (a file may have been edited by hand): null when sound, else the reason. */
export function checkStoredLogo(logo: FirmLogo): Message | null {
  if (!BASE64.test(logo.data) || logo.data.length % 4 !== 0) return msg('firm.logo.reason.notAnImage');
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(logo.data);
  } catch {
    return msg('firm.logo.reason.notAnImage');
  }
  const check = checkLogoFile(bytes);
  if (!check.ok) return check.reason;
  if (check.logo.mediaType !== logo.mediaType) return msg('firm.logo.reason.notAnImage');
  if (logo.mediaType === 'image/png' && (check.logo.width !== logo.width || check.logo.height !== logo.height)) return msg('firm.logo.reason.damagedPng');
  return null;
}

/** The issue code a session file's refused logo carries (the words come from checkStoredLogo). */
export const LOGO_ISSUE = 'firm-logo-refused';

export const FirmLogoSchema = z
  .strictObject({
    mediaType: z.enum(LOGO_MEDIA_TYPES),
    data: z.string().min(1).max(MAX_BASE64_LENGTH),
    width: z.number().int().min(1).max(LOGO_MAX_PX),
    height: z.number().int().min(1).max(LOGO_MAX_PX),
  })
  .superRefine((logo, ctx) => {
    if (checkStoredLogo(logo)) ctx.addIssue({ code: 'custom', message: LOGO_ISSUE });
  });
