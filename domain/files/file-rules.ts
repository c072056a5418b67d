import type { FileField } from '../catalogue/service-definition';

/**
 * The rules for an uploaded file, the same on both sides: the device judges a chosen file by its
 * name, its browser-reported type and its size (it cannot trust its own bytes more than that
 * cheaply); the server judges the content it received (see server/files).
 */

/** Uploads travel in pieces of this size, so a broken connection costs one piece, not the file. */
export const CHUNK_BYTES = 256 * 1024;

/** No file is ever larger than this, whatever a catalogue entry says. */
export const GLOBAL_MAX_BYTES = 20 * 1024 * 1024;

/** File names are shown and sent as filename* in downloads; longer names are refused. */
export const MAX_NAME_LENGTH = 200;

/** The media types a catalogue entry may accept, with the file name endings that announce them. */
export const KNOWN_TYPES: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/heic': ['.heic', '.heif'],
  'application/pdf': ['.pdf'],
};

export type FileRule = Pick<FileField, 'accept' | 'maxBytes' | 'maxFiles'>;

export type FileProblemCode = 'empty' | 'tooLarge' | 'wrongType' | 'tooMany' | 'badName';

export interface FileProblem {
  code: FileProblemCode;
  params?: Record<string, string | number>;
}

/** The largest size a field allows: its own limit, never above the global cap. */
export function maxBytesOf(rule: Pick<FileField, 'maxBytes'>): number {
  return Math.min(rule.maxBytes, GLOBAL_MAX_BYTES);
}

/** "5 MB", "300 KB": sizes as people read them (decimal units, German comma where asked). */
export function formatBytes(bytes: number, locale = 'de-DE'): string {
  const units = ['Bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * The media type a file claims: the browser's type when it knows one of ours, else the name's
 * ending (some browsers report HEIC photos with an empty type).
 */
export function claimedType(file: { name: string; type: string }): string | undefined {
  const type = file.type.toLowerCase();
  if (type === 'image/heif') return 'image/heic';
  if (KNOWN_TYPES[type]) return type;
  const ext = extensionOf(file.name);
  return Object.keys(KNOWN_TYPES).find((t) => KNOWN_TYPES[t].includes(ext));
}

/** Whether a media type found in the content is one the field accepts (HEIF counts as HEIC). */
export function acceptsType(rule: Pick<FileField, 'accept'>, mediaType: string | undefined): boolean {
  if (!mediaType) return false;
  const normalised = mediaType === 'image/heif' ? 'image/heic' : mediaType;
  return rule.accept.includes(normalised);
}

/** The `accept` attribute of the file input: types and endings, so every picker filters well. */
export function acceptAttribute(rule: Pick<FileField, 'accept'>): string {
  return rule.accept.flatMap((t) => [t, ...(KNOWN_TYPES[t] ?? [])]).join(',');
}

/** The endings a field accepts, for the hint and error texts ("JPG, PNG oder PDF"). */
export function acceptedNames(rule: Pick<FileField, 'accept'>): string[] {
  return rule.accept.map((t) => (KNOWN_TYPES[t]?.[0] ?? t).replace('.', '').toUpperCase());
}

/**
 * Checks one chosen file before it is kept on the device. `alreadyChosen` counts the files the
 * question has already, so the fourth photo of three allowed is refused by name.
 */
export function checkChosenFile(
  rule: FileRule,
  file: { name: string; type: string; size: number },
  alreadyChosen: number,
): FileProblem | undefined {
  if (alreadyChosen >= rule.maxFiles) return { code: 'tooMany', params: { max: rule.maxFiles } };
  if (!file.name || file.name.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(file.name)) return { code: 'badName' };
  if (!acceptsType(rule, claimedType(file))) return { code: 'wrongType' };
  if (file.size === 0) return { code: 'empty' };
  if (file.size > maxBytesOf(rule)) return { code: 'tooLarge', params: { max: maxBytesOf(rule) } };
  return undefined;
}

/** How many pieces a file of this size is sent in (an empty file would be one empty piece). */
export function chunkCount(size: number): number {
  return Math.max(1, Math.ceil(size / CHUNK_BYTES));
}

/** The exact length piece `n` of a file must have; anything else is refused. */
export function chunkLength(size: number, n: number): number {
  return Math.min(CHUNK_BYTES, size - n * CHUNK_BYTES);
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
