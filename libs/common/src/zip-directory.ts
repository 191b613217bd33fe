/**
 * The directory of a zip (an .xlsx or .docx) read without inflating anything, so that an upload's entry count and
 * declared sizes can be checked before a library inflates it; and an entry inflated no further than its declared
 * size, so that a file lying about its sizes is caught rather than believed. Zip64 is not read: an office file of
 * 10 MiB never needs it, and one that uses it is refused as broken.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class BrokenZipError extends Error {}

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

export function isZip(buffer: Buffer): boolean {
  return buffer.length >= 22 && buffer.readUInt32LE(0) === ZIP_LOCAL;
}

/** Entries of the central directory; at most `maxEntries` are read (more throws, before reading them). */
export function readZipDirectory(buffer: Buffer, maxEntries: number): ZipEntry[] | { tooMany: number } {
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new BrokenZipError('no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  const offset = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new BrokenZipError('zip64');
  if (count > maxEntries) return { tooMany: count };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== ZIP_CENTRAL)
      throw new BrokenZipError('central directory');
    const nameLength = buffer.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      name: buffer.toString('utf8', p + 46, p + 46 + nameLength),
      encrypted: (buffer.readUInt16LE(p + 8) & 0x1) !== 0,
      method: buffer.readUInt16LE(p + 10),
      compressedSize: buffer.readUInt32LE(p + 20),
      size: buffer.readUInt32LE(p + 24),
      localOffset: buffer.readUInt32LE(p + 42),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new BrokenZipError('zip64');
    entries.push(entry);
    p += 46 + nameLength + buffer.readUInt16LE(p + 30) + buffer.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entry's bytes, inflated no further than its declared size (zlib stops and throws past it). */
export function inflateZipEntry(buffer: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== ZIP_LOCAL) throw new BrokenZipError(entry.name);
  const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw new BrokenZipError(entry.name);
  const raw = buffer.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw new BrokenZipError(entry.name);
    return raw;
  }
  if (entry.method !== 8) throw new BrokenZipError(entry.name);
  if (entry.size === 0) return Buffer.alloc(0);
  try {
    return inflateRawSync(raw, { maxOutputLength: entry.size });
  } catch {
    throw new BrokenZipError(entry.name);
  }
}
