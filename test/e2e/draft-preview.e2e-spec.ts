import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Document, Packer, Paragraph } from 'docx';
import { PREVIEW_LIMITS, toChineseNumber } from '@app/drafts';
import { unzip } from '../support/office-files.js';
import { deflatedWhitespace, docxWith } from '../support/zip-bomb.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const MiB = 1024 * 1024;
const PREVIEW = `mutation($input: PreviewDraftVersionInput!) { previewDraftVersion(input: $input) {
  textTitle articleCount provisionCount sourceEncoding outlineTruncated
  warnings { code message line }
  outline { kind label heading citation address depth excerpt paragraphs } } }`;

interface Preview {
  previewDraftVersion: {
    textTitle: string;
    articleCount: number;
    provisionCount: number;
    sourceEncoding: string;
    outlineTruncated: boolean;
    warnings: Array<{ code: string; message: string; line: number }>;
    outline: Array<{
      kind: string;
      label: string;
      heading: string | null;
      citation: string;
      address: string;
      depth: number;
      excerpt: string;
      paragraphs: number;
    }>;
  };
}

/** The legislature's staff see a text's provision tree and warnings before they save it; nothing is stored. */
describe('previewDraftVersion', () => {
  let t: TestApp;
  let legislature: string;

  beforeAll(async () => {
    t = await startTestApp();
    legislature = await t.login('legislature');
  });
  afterAll(() => t.close());

  const preview = (input: Record<string, unknown>, token = legislature) =>
    t.gql<Preview>(PREVIEW, { input }, token);

  it('parses pasted text into chapters and articles with its warnings, and stores nothing', async () => {
    const count = () => t.db.query('SELECT COUNT(*) AS n FROM provision');
    const before = (await count()) as Array<{ n: number | string }>;
    const result = await preview({
      text: '某市养犬条例（草案）\n第一章　总　则\n第一条　为了规范养犬行为，制定本条例。\n本条例适用于本市。\n第三条　犬只应当登记。\n第二章　附　则\n第四条　本条例自公布之日起施行。',
    });
    expect(result.errors).toBeUndefined();
    const p = result.data!.previewDraftVersion;
    expect(p).toMatchObject({ textTitle: '某市养犬条例（草案）', articleCount: 3, sourceEncoding: 'utf-8' });
    expect(p.outline.map((n) => `${n.depth}:${n.label}`)).toEqual([
      '0:第一章',
      '1:第一条',
      '1:第三条',
      '0:第二章',
      '1:第四条',
    ]);
    expect(p.outline[1]).toMatchObject({ citation: '第一条', paragraphs: 2, address: 'art_1' });
    expect(p.outline[1].excerpt).toContain('为了规范养犬行为');
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'NUMBER_GAP', line: 5 })]);
    expect(p.warnings[0].message).toMatch(/第二条/);
    expect(await count()).toEqual(before);
  });

  it('reads a GBK text file and a .docx the way addDraftVersion does', async () => {
    const gbk = readFileSync(
      new URL('../fixtures/regulations/small/flat-with-titles.gbk.txt', import.meta.url),
    );
    const text = await preview({ fileName: 'flat.txt', contentBase64: gbk.toString('base64') });
    expect(text.errors).toBeUndefined();
    expect(text.data!.previewDraftVersion.sourceEncoding).toBe('gb18030');
    expect(text.data!.previewDraftVersion.articleCount).toBeGreaterThan(0);
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('第一条　为了测试。')] }] }),
    );
    const word = await preview({ fileName: 'a.docx', contentBase64: docx.toString('base64') });
    expect(word.errors).toBeUndefined();
    expect(word.data!.previewDraftVersion).toMatchObject({ articleCount: 1, sourceEncoding: 'docx' });
  });

  it('refuses a Word bomb, a text without articles, and both sources at once, with the same codes as saving', async () => {
    const parts = unzip(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('第一条　测试。')] }] })),
    );
    const head =
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一条　';
    const bomb = docxWith(parts, {
      name: 'word/document.xml',
      deflated: deflatedWhitespace(head, 300),
      declaredSize: 300 * MiB,
    }).toString('base64');
    expect(errorOf(await preview({ fileName: 'bomb.docx', contentBase64: bomb }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE_UNCOMPRESSED',
    });
    const none = await preview({ text: '这里没有任何条文。' });
    expect(errorOf(none)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_ARTICLES' });
    expect(none.errors![0].extensions.fields).toEqual([expect.objectContaining({ field: 'input' })]);
    expect(errorOf(await preview({ text: '第一条　内容。', contentBase64: 'YQ==' }))).toMatchObject({
      reason: 'ONE_SOURCE_REQUIRED',
    });
  });

  it(`lists at most ${PREVIEW_LIMITS.outlineNodes} provisions of a long text and says so`, async () => {
    const articles = Array.from(
      { length: PREVIEW_LIMITS.outlineNodes + 50 },
      (_, i) => `第${toChineseNumber(i + 1)}条　内容。`,
    );
    const text = `某法\n${articles.join('\n')}`;
    const result = await preview({ text });
    expect(result.errors).toBeUndefined();
    const p = result.data!.previewDraftVersion;
    expect(p.articleCount).toBe(PREVIEW_LIMITS.outlineNodes + 50);
    expect(p.outline).toHaveLength(PREVIEW_LIMITS.outlineNodes);
    expect(p.outlineTruncated).toBe(true);
  });

  it('is refused to a contact point head', async () => {
    const head = await t.login('head');
    expect(errorOf(await preview({ text: '第一条　内容。' }, head)).code).toBe('FORBIDDEN');
  });
});
