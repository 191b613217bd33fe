/**
 * A Word document written as a stream: the docx package lays out the skeleton — styles, page setup, footer, the
 * paragraphs — with a marker paragraph where each table goes; the package's parts are copied into a new zip and
 * word/document.xml is streamed into it, each table's rows written as text (docx-table-xml.ts) as they come. Memory
 * stays that of one page of rows, however long the table (70,000 rows took 4 GB as docx objects).
 */
import { Readable } from 'node:stream';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { Zip, ZipDeflate, unzipSync } from 'fflate';

/** A table written later as WordprocessingML, a piece at a time (see gridTable). */
export interface StreamedTable {
  readonly streamedTable: true;
  xml(): AsyncIterable<string> | Iterable<string>;
}

export function isStreamedTable(block: unknown): block is StreamedTable {
  return typeof block === 'object' && block !== null && 'streamedTable' in block;
}

/** What a section holds: paragraphs of the docx package and tables written as text. */
export type DocxBlock = Paragraph | StreamedTable;

type DocumentOptions = ConstructorParameters<typeof Document>[0];
type Section = DocumentOptions['sections'][number];

export interface DocxSpec {
  title: string;
  description?: string;
  styles: DocumentOptions['styles'];
  /** Sections of the docx package whose children may hold streamed tables. */
  sections: Array<Omit<Section, 'children'> & { children: DocxBlock[] }>;
}

const DOCUMENT_PART = 'word/document.xml';
const MARKER = 'MINYI-STREAMED-TABLE-';
/** Bytes of XML gathered before they are handed to the deflater. */
const CHUNK = 64 * 1024;

/**
 * The document as a stream of .docx bytes. Reading pulls the rows: a slow client holds the writer back rather than
 * the bytes piling up, and a client that goes away stops it.
 */
export function renderDocx(spec: DocxSpec): Readable {
  const tables: StreamedTable[] = [];
  const sections = spec.sections.map((section) => ({
    ...section,
    children: section.children.map((block) =>
      isStreamedTable(block)
        ? new Paragraph({ children: [new TextRun(`${MARKER}${tables.push(block) - 1}`)] })
        : block,
    ),
  }));
  const skeleton = new Document({
    creator: '民意',
    title: spec.title,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    styles: spec.styles,
    sections,
  });

  let resume: (() => void) | undefined;
  const out = new Readable({
    read() {
      const go = resume;
      resume = undefined;
      go?.();
    },
  });
  out.on('close', () => resume?.());
  /** Waits while the reader has enough; false once the reader is gone. */
  const room = async (): Promise<boolean> => {
    while (!out.destroyed && out.readableLength >= out.readableHighWaterMark)
      await new Promise<void>((r) => (resume = r));
    return !out.destroyed;
  };
  const zip = new Zip((error, data, final) => {
    if (error) return void out.destroy(error);
    if (out.destroyed) return;
    out.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (final) out.push(null);
  });

  const write = async (): Promise<void> => {
    const parts = unzipSync(new Uint8Array(await Packer.toBuffer(skeleton)));
    const document = Buffer.from(parts[DOCUMENT_PART]).toString('utf8');
    for (const [name, data] of Object.entries(parts)) {
      if (name === DOCUMENT_PART) continue;
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    const file = new ZipDeflate(DOCUMENT_PART, { level: 6 });
    zip.add(file);
    let pending = '';
    const flush = async (final: boolean): Promise<boolean> => {
      file.push(Buffer.from(pending, 'utf8'), final);
      pending = '';
      return final || room();
    };
    for (const piece of documentPieces(document, tables.length)) {
      if (typeof piece === 'string') {
        pending += piece;
        continue;
      }
      for await (const xml of tables[piece].xml()) {
        pending += xml;
        if (pending.length >= CHUNK && !(await flush(false))) return;
      }
    }
    await flush(true);
    zip.end();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/**
 * The skeleton's document.xml cut at the marker paragraphs: text, then the number of the table that goes there, and
 * so on. A marker paragraph that carries properties (the section's sectPr when a table ends a section) stays, empty,
 * after its table — as the docx package does after a table of its own.
 */
function* documentPieces(document: string, tables: number): Generator<string | number> {
  let from = 0;
  for (let i = 0; i < tables; i++) {
    const run = `<w:r><w:t xml:space="preserve">${MARKER}${i}</w:t></w:r>`;
    const at = document.indexOf(run, from);
    const start = document.lastIndexOf('<w:p>', at);
    const end = document.indexOf('</w:p>', at) + '</w:p>'.length;
    if (at < 0 || start < from) throw new Error(`the marker of table ${i} is not in the document`);
    yield document.slice(from, start);
    yield i;
    const rest = document.slice(start, at) + document.slice(at + run.length, end);
    if (rest !== '<w:p></w:p>') yield rest;
    from = end;
  }
  yield document.slice(from);
}

/** The whole stream in memory: for small documents and the tests. */
export async function docxBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
