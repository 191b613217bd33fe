/**
 * The bytes of an uploaded regulation → plain text: UTF-8 (with or without BOM), GB18030/GBK (government files often
 * come in GBK), or a Word .docx. Anything else is refused with a reason a client can branch on and a message a
 * person can act on, rather than decoded into mojibake that would then be parsed as a law.
 */
// Common's pure entries, not '@app/common': this file runs in the upload worker, whose start must not load all of common.
import { BadInputError } from '@app/common/errors';
import { inflateZipEntry, isZip, readZipDirectory } from '@app/common/zip';
import iconv from 'iconv-lite';

export const MAX_REGULATION_FILE_BYTES = 10 * 1024 * 1024;

/**
 * What a Word file may hold, checked from its zip directory before mammoth inflates it (a 0.9 MB file inflating to
 * 300 MB ran the heap out). The Civil Code's document.xml is a few MB: these leave room for twice that and more.
 */
export const DOCX_LIMITS = {
  maxEntries: 1000,
  /** Any one entry, inflated. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** All entries together, inflated. */
  maxTotalBytes: 128 * 1024 * 1024,
  /** Inflated ÷ compressed, for entries over 1 MiB: Word's XML compresses about 10:1, whitespace bombs 1000:1. */
  maxRatio: 100,
} as const;

export type RegulationFileEncoding = 'utf-8' | 'gb18030' | 'docx';

export interface DecodedRegulationFile {
  text: string;
  encoding: RegulationFileEncoding;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]; // .doc, .xls of old Office
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46]; // %PDF
// C0 controls other than tab, line feed, form feed and carriage return: a few (a DOS 0x1A) are noise, many are binary.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export async function decodeRegulationFile(bytes: Buffer, filename?: string): Promise<DecodedRegulationFile> {
  if (bytes.length === 0) throw new BadInputError('EMPTY_FILE', '文件是空的，请选择包含法规文本的文件');
  if (bytes.length > MAX_REGULATION_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new BadInputError('FILE_TOO_LARGE', `文件大小为 ${mb} MB，超过了 10 MB 的上限`);
  }
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();

  if (startsWith(bytes, ZIP_SIGNATURE) || extension === 'docx') {
    return finish(await readDocx(bytes), 'docx');
  }
  if (startsWith(bytes, OLE_SIGNATURE) || extension === 'doc') {
    throw new BadInputError(
      'BINARY_FILE',
      '不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 或纯文本后再上传',
    );
  }
  if (startsWith(bytes, PDF_SIGNATURE)) {
    throw new BadInputError('BINARY_FILE', '不支持 PDF 文件，请上传 .docx 文档或纯文本文件');
  }
  // UTF-16 (Windows Notepad's "Unicode") would otherwise fail below as binary, with a less helpful message.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new BadInputError('UNKNOWN_ENCODING', '文件是 UTF-16 编码，请另存为 UTF-8 编码的纯文本后再上传');
  }
  if (bytes.includes(0)) {
    throw new BadInputError('BINARY_FILE', '文件不是文本文件，请上传纯文本（.txt）或 Word（.docx）文件');
  }

  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const gb = decodeGb18030(bytes);
  if (gb !== null) return finish(gb, 'gb18030');
  throw new BadInputError(
    'UNKNOWN_ENCODING',
    '无法识别文件的字符编码（支持 UTF-8 和 GBK/GB18030），请另存为 UTF-8 编码的纯文本后再上传',
  );
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function decodeUtf8(bytes: Buffer): string | null {
  try {
    return utf8Decoder.decode(bytes); // the decoder drops a leading BOM
  } catch {
    return null;
  }
}

/**
 * Any byte string decodes "successfully" as GB18030 for the most part, so the result must also look like Chinese
 * text: no invalid sequences, double-byte characters mostly from the GB2312 core (where every common hanzi and CJK
 * punctuation lives — Big5 or Latin-1 read as GBK fall outside it), and hardly any four-byte sequences, which
 * encode rare characters.
 */
function decodeGb18030(bytes: Buffer): string | null {
  let doubleByte = 0;
  let core = 0;
  let fourByte = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const second = bytes[i + 1] ?? 0;
    if (second >= 0x30 && second <= 0x39) {
      fourByte++;
      i += 4;
      continue;
    }
    doubleByte++;
    if (lead >= 0xa1 && lead <= 0xf7 && second >= 0xa1 && second <= 0xfe) core++;
    i += 2;
  }
  const multiByte = doubleByte + fourByte;
  if (multiByte === 0) return null; // pure ASCII is valid UTF-8 and never gets here
  if (doubleByte - core > Math.max(2, doubleByte * 0.1)) return null;
  if (fourByte > Math.max(1, multiByte * 0.02)) return null;

  const text = iconv.decode(bytes, 'gb18030');
  if (text.includes('\ufffd')) return null;
  return text;
}

/**
 * Refuses a .docx whose directory promises too much, then inflates every entry within its declared size (a file
 * lying about its sizes fails here, bounded), so that what mammoth inflates next is known to be small.
 */
export function checkDocxPackage(bytes: Buffer): void {
  if (!isZip(bytes)) throw invalidDocx();
  try {
    const entries = readZipDirectory(bytes, DOCX_LIMITS.maxEntries);
    if (!Array.isArray(entries))
      throw tooLargeUncompressed(`包含 ${entries.tooMany} 个部件，上限 ${DOCX_LIMITS.maxEntries} 个`);
    let total = 0;
    for (const entry of entries) {
      if (entry.encrypted) throw new BadInputError('INVALID_DOCX', 'Word 文档已加密，请取消密码后再上传');
      total += entry.size;
      const ratio = entry.size / Math.max(1, entry.compressedSize);
      if (entry.size > DOCX_LIMITS.maxEntryBytes || total > DOCX_LIMITS.maxTotalBytes)
        throw tooLargeUncompressed(`解压后超过 ${DOCX_LIMITS.maxTotalBytes / 1024 / 1024} MB`);
      if (entry.size > 1024 * 1024 && ratio > DOCX_LIMITS.maxRatio)
        throw tooLargeUncompressed(
          `“${entry.name}”压缩比为 ${Math.round(ratio)}:1，超过 ${DOCX_LIMITS.maxRatio}:1`,
        );
    }
    for (const entry of entries) inflateZipEntry(bytes, entry);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw invalidDocx(); // BrokenZipError, or an offset pointing outside the file
  }
}

function tooLargeUncompressed(detail: string): BadInputError {
  return new BadInputError(
    'FILE_TOO_LARGE_UNCOMPRESSED',
    `Word 文档内容异常（${detail}），不像是一份法规草案；请检查文件，或另存为纯文本后再上传`,
  );
}

async function readDocx(bytes: Buffer): Promise<string> {
  checkDocxPackage(bytes);
  try {
    // Loaded on first use: the upload worker reading plain text never needs it.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: bytes });
    // mammoth ends each paragraph with a blank line; a regulation wants one paragraph per line.
    return result.value.replace(/\r\n?/g, '\n').replace(/\n[ \t]*(?=\n)/g, '');
  } catch {
    throw invalidDocx();
  }
}

function invalidDocx(): BadInputError {
  return new BadInputError(
    'INVALID_DOCX',
    '文件不是有效的 Word（.docx）文档，无法读取；请检查文件或另存为纯文本后再上传',
  );
}

function finish(raw: string, encoding: RegulationFileEncoding): DecodedRegulationFile {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  const controls = text.match(CONTROL_RE)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.005)) {
    throw new BadInputError('BINARY_FILE', '文件不是文本文件，请上传纯文本（.txt）或 Word（.docx）文件');
  }
  if (controls > 0) text = text.replace(CONTROL_RE, '');
  if (text.trim() === '') {
    throw new BadInputError(
      'EMPTY_FILE',
      encoding === 'docx' ? 'Word 文档中没有文字内容' : '文件中没有文字内容，请选择包含法规文本的文件',
    );
  }
  return { text, encoding };
}
