import { describe, expect, it } from '@jest/globals';
import { BadInputError } from '@app/common';
import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeRegulationFile, MAX_REGULATION_FILE_BYTES } from './decode-regulation-file.js';
import { parseRegulation } from './parse-regulation.js';
import { countByKind, readFixture, readFixtureText } from './testing.js';

const SAMPLE =
  '上海市养犬管理条例\n\n第一章　总　则\n\n第一条　为了规范养犬行为，制定本条例。\n（一）文明养犬；\n';

async function docx(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
  return Packer.toBuffer(doc);
}

/** The error's stable reason, or a failure if it did not throw a BadInputError. */
async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(BadInputError);
    const error = e as BadInputError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    return error.reason;
  }
  throw new Error('expected a BadInputError');
}

describe('decodeRegulationFile', () => {
  describe('UTF-8', () => {
    it('reads UTF-8 text', async () => {
      expect(await decodeRegulationFile(Buffer.from(SAMPLE, 'utf8'))).toEqual({
        text: SAMPLE,
        encoding: 'utf-8',
      });
    });

    it('strips a BOM and normalises \\r\\n and \\r', async () => {
      const bytes = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('标题\r\n第一条 甲。\r第二条 乙。\r\n'),
      ]);
      expect(await decodeRegulationFile(bytes, 'a.txt')).toEqual({
        text: '标题\n第一条 甲。\n第二条 乙。\n',
        encoding: 'utf-8',
      });
    });

    it('reads a real law as UTF-8, unchanged', async () => {
      const result = await decodeRegulationFile(readFixture('criminal-law.txt'), 'criminal-law.txt');
      expect(result).toEqual({ text: readFixtureText('criminal-law.txt'), encoding: 'utf-8' });
    });

    it('reads pure ASCII as UTF-8', async () => {
      expect((await decodeRegulationFile(Buffer.from('Article 1. Hello.\n'))).encoding).toBe('utf-8');
    });
  });

  describe('GB18030 / GBK', () => {
    it('reads GBK text made with iconv', async () => {
      const result = await decodeRegulationFile(iconv.encode(SAMPLE, 'gbk'), '条例.txt');
      expect(result).toEqual({ text: SAMPLE, encoding: 'gb18030' });
    });

    it('reads a whole law in GBK and parses it exactly as the UTF-8 original', async () => {
      const original = readFixtureText('personal-information-protection-law.txt');
      const result = await decodeRegulationFile(iconv.encode(original, 'gbk'));
      expect(result.encoding).toBe('gb18030');
      expect(result.text).toBe(original);
      expect(countByKind(parseRegulation(result.text).provisions).article).toBe(74);
    });

    it('reads the committed GBK fixture with \\r\\n line endings', async () => {
      const result = await decodeRegulationFile(readFixture('small/flat-with-titles.gbk.txt'));
      expect(result).toEqual({ text: readFixtureText('small/flat-with-titles.txt'), encoding: 'gb18030' });
    });

    it('reads GB18030 characters outside GBK when they are few (a rare name character)', async () => {
      const text = `${SAMPLE}第二条　由𠀾某负责。\n`;
      expect(await decodeRegulationFile(iconv.encode(text, 'gb18030'))).toEqual({
        text,
        encoding: 'gb18030',
      });
    });

    it('round-trips any Chinese text of common characters through GBK (property)', async () => {
      const common = fc.constantFrom(
        ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质'.split(
          '',
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(common, fc.constantFrom('，', '。', '、', '；', '：', '\n', '（', '）', '1', 'a')),
            { minLength: 1, maxLength: 200 },
          ),
          async (chars) => {
            const text = `第${chars.join('')}`; // never only whitespace
            expect(await decodeRegulationFile(iconv.encode(text, 'gbk'))).toEqual({
              text,
              encoding: 'gb18030',
            });
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  describe('.docx', () => {
    it('extracts the text of a .docx made with the docx package, one paragraph per line', async () => {
      const bytes = await docx([
        '上海市养犬管理条例',
        '第一章　总　则',
        '第一条　为了规范养犬行为，制定本条例。',
        '',
        '（一）文明养犬；',
      ]);
      const result = await decodeRegulationFile(bytes, '条例.docx');
      expect(result).toEqual({
        text: '上海市养犬管理条例\n第一章　总　则\n第一条　为了规范养犬行为，制定本条例。\n（一）文明养犬；\n',
        encoding: 'docx',
      });
    });

    it('recognises a .docx by its ZIP signature, whatever its name', async () => {
      const bytes = await docx(['第一条 甲。']);
      expect((await decodeRegulationFile(bytes, 'upload.bin')).encoding).toBe('docx');
      expect((await decodeRegulationFile(bytes)).encoding).toBe('docx');
    });

    it('reads the committed .docx fixture and parses it like its text version', async () => {
      const result = await decodeRegulationFile(
        readFixture('small/with-table-of-contents.docx'),
        'with-table-of-contents.docx',
      );
      const fromDocx = parseRegulation(result.text);
      const fromText = parseRegulation(readFixtureText('small/with-table-of-contents.txt'));
      expect(fromDocx.provisions).toEqual(fromText.provisions);
      expect(fromDocx.title).toBe(fromText.title);
    });

    it('refuses a fake .docx (random bytes after a ZIP header)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 400 }), async (tail) => {
          const bytes = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(tail)]);
          expect(await reasonOf(decodeRegulationFile(bytes, 'fake.docx'))).toBe('INVALID_DOCX');
        }),
        { numRuns: 30 },
      );
    });

    it('refuses a file named .docx that is not a ZIP', async () => {
      expect(await reasonOf(decodeRegulationFile(Buffer.from('第一条 甲。'), '条例.docx'))).toBe(
        'INVALID_DOCX',
      );
    });

    it('refuses an empty document', async () => {
      expect(await reasonOf(decodeRegulationFile(await docx([]), 'empty.docx'))).toBe('EMPTY_FILE');
    });
  });

  describe('refusals', () => {
    it('refuses an empty file', async () => {
      expect(await reasonOf(decodeRegulationFile(Buffer.alloc(0), 'a.txt'))).toBe('EMPTY_FILE');
    });

    it('refuses a file of only whitespace', async () => {
      expect(await reasonOf(decodeRegulationFile(Buffer.from(' \r\n\t　\n'), 'a.txt'))).toBe('EMPTY_FILE');
    });

    it('refuses a file over the size limit', async () => {
      const bytes = Buffer.alloc(MAX_REGULATION_FILE_BYTES + 1, 0x61);
      expect(await reasonOf(decodeRegulationFile(bytes, 'big.txt'))).toBe('FILE_TOO_LARGE');
      expect(MAX_REGULATION_FILE_BYTES).toBe(10 * 1024 * 1024);
    });

    it('accepts a file exactly at the size limit', async () => {
      const bytes = Buffer.alloc(MAX_REGULATION_FILE_BYTES, 0x61);
      expect((await decodeRegulationFile(bytes)).encoding).toBe('utf-8');
    });

    it('refuses binary files (NUL bytes)', async () => {
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]); // PNG
      expect(await reasonOf(decodeRegulationFile(bytes, 'image.png'))).toBe('BINARY_FILE');
      expect(await reasonOf(decodeRegulationFile(Buffer.from('第一条\u0000甲'), 'a.txt'))).toBe(
        'BINARY_FILE',
      );
    });

    it('refuses text full of control characters', async () => {
      const bytes = Buffer.from('第一条\u0001\u0002\u0003\u0004\u0005甲', 'utf8');
      expect(await reasonOf(decodeRegulationFile(bytes))).toBe('BINARY_FILE');
    });

    it('refuses old Word (.doc) and PDF files with a helpful reason', async () => {
      const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41]);
      expect(await reasonOf(decodeRegulationFile(doc, 'old.doc'))).toBe('BINARY_FILE');
      expect(await reasonOf(decodeRegulationFile(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'a.pdf'))).toBe(
        'BINARY_FILE',
      );
    });

    it('refuses random bytes, whatever they are', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (raw) => {
          const bytes = Buffer.from(raw);
          // Random bytes that happen to be valid UTF-8 or plausible GBK are text; everything else must be refused.
          try {
            const result = await decodeRegulationFile(bytes, 'random.txt');
            expect(result.text).not.toContain('\ufffd');
          } catch (e) {
            expect(e).toBeInstanceOf(BadInputError);
            expect(['BINARY_FILE', 'UNKNOWN_ENCODING', 'INVALID_DOCX', 'EMPTY_FILE']).toContain(
              (e as BadInputError).reason,
            );
          }
        }),
        { numRuns: 300 },
      );
    });

    it('refuses text in an encoding that is neither UTF-8 nor GBK (Big5, Latin-1, UTF-16)', async () => {
      const big5 = iconv.encode(
        '臺灣地區與大陸地區人民關係條例：第一條　國家統一前，為確保臺灣地區安全與民眾福祉。',
        'big5',
      );
      expect(await reasonOf(decodeRegulationFile(big5, 'big5.txt'))).toBe('UNKNOWN_ENCODING');
      const latin1 = iconv.encode(
        'Règlement général sur la protection des données, article 1er : objet et objectifs.',
        'latin1',
      );
      expect(await reasonOf(decodeRegulationFile(latin1, 'fr.txt'))).toBe('UNKNOWN_ENCODING');
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('第一条', 'utf16le')]);
      expect(await reasonOf(decodeRegulationFile(utf16, 'u16.txt'))).toBe('UNKNOWN_ENCODING');
    });
  });
});
