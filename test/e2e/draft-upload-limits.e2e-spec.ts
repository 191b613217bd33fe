import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Document, Packer, Paragraph } from 'docx';
import { DOCX_LIMITS, DRAFT_TEXT_LIMITS } from '@app/drafts';
import { unzip } from '../support/office-files.js';
import { deflatedWhitespace, docxWith } from '../support/zip-bomb.js';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const MiB = 1024 * 1024;
const XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一条　';

describe('hostile draft uploads are refused without harming the server', () => {
  let t: TestApp;
  let legislature: string;
  let draftId: string;
  let parts: Map<string, Buffer>;

  beforeAll(async () => {
    t = await startTestApp();
    legislature = await t.login('legislature');
    const legislatures = await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
      '{ legislatures(first: 1) { edges { node { id } } } }',
      {},
      legislature,
    );
    const draft = await t.gql<{ createDraft: { id: string } }>(
      'mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }',
      {
        input: { legislatureId: legislatures.data!.legislatures.edges[0].node.id, title: '某市条例（草案）' },
      },
      legislature,
    );
    draftId = draft.data!.createDraft.id;
    parts = unzip(
      await Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph('第一条　为了测试。')] }] }),
      ),
    );
  });
  afterAll(() => t.close());

  const addVersion = (input: Record<string, unknown>) =>
    t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($input: AddDraftVersionInput!) { addDraftVersion(input: $input) { id } }',
      { input: { draftId, stage: 'SOLICITATION', ...input } },
      legislature,
    );

  /** Sends the upload and, while it is in flight, times /health/live; returns the refusal and that time. */
  async function attack(input: Record<string, unknown>) {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const sending = addVersion(input);
    const healthStarted = performance.now();
    const health = await request(t.app.getHttpServer()).get('/health/live');
    const healthMs = performance.now() - healthStarted;
    const result = await sending;
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1000);
    expect(performance.now() - started).toBeLessThan(10_000);
    // Nothing of the bomb stayed in this process's heap.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * MiB);
    return errorOf(result);
  }

  const docx = (document: Buffer, declaredSize: number) =>
    docxWith(parts, { name: 'word/document.xml', deflated: document, declaredSize }).toString('base64');

  it('refuses a .docx whose document.xml inflates to 300 MB, from its directory', async () => {
    const bomb = docx(deflatedWhitespace(XML_HEAD, 300), 300 * MiB);
    expect(Buffer.from(bomb, 'base64').length).toBeLessThan(MiB);
    const error = await attack({ fileName: 'bomb.docx', contentBase64: bomb });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE_UNCOMPRESSED' });
    expect(error.message).toMatch(/\p{Script=Han}/u);
  });

  it('refuses 1 GB of whitespace declared as such, and the same declared as 1 MiB (a lying directory)', async () => {
    const honest = await attack({
      fileName: 'a.docx',
      contentBase64: docx(deflatedWhitespace(XML_HEAD, 1024), 1024 * MiB),
    });
    expect(honest).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE_UNCOMPRESSED' });
    const liar = await attack({
      fileName: 'b.docx',
      contentBase64: docx(deflatedWhitespace(XML_HEAD, 1024), MiB),
    });
    expect(liar).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DOCX' });
  });

  it(`refuses a document.xml compressed more than ${DOCX_LIMITS.maxRatio}:1 even under the size limits`, async () => {
    const error = await attack({
      fileName: 'c.docx',
      contentBase64: docx(deflatedWhitespace(XML_HEAD, 20), 20 * MiB + 200),
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE_UNCOMPRESSED' });
  });

  it(`refuses a pasted text of 250,000 one-line articles (over ${DRAFT_TEXT_LIMITS.maxLines} lines) at once`, async () => {
    const text = `某市条例（草案）\n${'第一条　内容。\n'.repeat(250_000)}`;
    const error = await attack({ text });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DRAFT_TOO_LONG' });
    expect(error.message).toContain(String(DRAFT_TEXT_LIMITS.maxLines));
  });

  it('still reads an ordinary .docx and text (through the worker), and the server answers after the bombs', async () => {
    const ok = await addVersion({
      fileName: 'ok.docx',
      contentBase64: (
        await Packer.toBuffer(
          new Document({ sections: [{ children: [new Paragraph('第一条　为了测试。')] }] }),
        )
      ).toString('base64'),
    });
    expect(ok.errors).toBeUndefined();
    expect((await addVersion({ text: '某市条例\n第一条　内容。\n第二条　内容。' })).errors).toBeUndefined();
  });
});
