/**
 * Hostile zips for the upload tests, built by hand: a minimal zip writer (stored names, deflated data, no zip64) and
 * a deflate stream of whitespace made of independently compressed 1 MiB chunks, so a test can make a 1 GB bomb
 * without ever holding 1 GB.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface BombEntry {
  name: string;
  /** Already deflated data. */
  deflated: Buffer;
  /** The size the directory declares (the truth, or a lie). */
  declaredSize: number;
  crc?: number;
}

/** Deflated `mib` MiB of spaces after `prefix`: about 1 KB of output a MiB. */
export function deflatedWhitespace(prefix: string, mib: number): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush);
  return Buffer.concat([
    deflateRawSync(Buffer.from(prefix, 'utf8'), flush),
    ...Array.from({ length: mib }, () => chunk),
    deflateRawSync(Buffer.alloc(0)), // the final block
  ]);
}

export function deflated(data: Buffer): BombEntry['deflated'] {
  return deflateRawSync(data);
}

/** A zip of the given entries (method 8). */
export function writeZip(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A real .docx (its parts as given) with word/document.xml replaced by `document`. */
export function docxWith(parts: Map<string, Buffer>, document: BombEntry): Buffer {
  const entries: BombEntry[] = [...parts]
    .filter(([name]) => name !== 'word/document.xml')
    .map(([name, data]) => ({ name, deflated: deflated(data), declaredSize: data.length, crc: crc32(data) }));
  return writeZip([...entries, { ...document, name: 'word/document.xml' }]);
}
