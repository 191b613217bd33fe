import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { errorOf, startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

const V1 = `某市物业管理条例（草案）
第一条　为了规范物业管理活动，制定本条例。
第二条　本条例适用于本市行政区域内的物业管理活动。
第三条　业主大会由物业管理区域内全体业主组成。
第四条　物业服务企业应当按照合同约定提供服务。
第五条　本条例自公布之日起施行。
`;
const V2 = `某市物业管理条例（草案）
第一条　为了规范物业管理活动，维护业主合法权益，制定本条例。
第二条　本条例适用于本市行政区域内的物业管理活动。
第三条　市住房城乡建设主管部门负责物业管理活动的监督管理。
第四条　业主大会由物业管理区域内全体业主组成。
第五条　物业服务企业应当按照合同约定提供服务。
第六条　本条例自公布之日起施行。
`;

describe('draft versions: upload, comparison, command line', () => {
  let t: TestApp;
  let legislature: string;
  let legislatureId: string;

  beforeAll(async () => {
    t = await startTestApp();
    legislature = await t.login('legislature');
    const res = await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
      '{ legislatures(first: 1) { edges { node { id } } } }',
      {},
      legislature,
    );
    legislatureId = res.data!.legislatures.edges[0].node.id;
  });
  afterAll(() => t.close());

  const addVersion = (draftId: string, input: Record<string, unknown>) =>
    t.gql<{
      addDraftVersion: { id: string; sequence: number; articleCount: number; sourceEncoding: string };
    }>(
      'mutation($input: AddDraftVersionInput!) { addDraftVersion(input: $input) { id sequence articleCount sourceEncoding } }',
      { input: { draftId, ...input } },
      legislature,
    );

  it('compares two versions: an inserted article renumbers the rest without calling them changed', async () => {
    const draft = await t.gql<{ createDraft: { id: string } }>(
      'mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }',
      { input: { legislatureId, title: '某市物业管理条例（草案）' } },
      legislature,
    );
    const draftId = draft.data!.createDraft.id;
    const first = await addVersion(draftId, { stage: 'SOLICITATION', text: V1 });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: V2.trim()
              .split('\n')
              .map((line) => new Paragraph(line)),
          },
        ],
      }),
    );
    const second = await addVersion(draftId, {
      stage: 'FIRST_READING',
      fileName: '一审稿.docx',
      contentBase64: Buffer.from(docx).toString('base64'),
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.addDraftVersion).toMatchObject({
      sequence: 2,
      articleCount: 6,
      sourceEncoding: 'docx',
    });

    const res = await t.gql<{
      compareDraftVersions: {
        summary: Record<string, number>;
        changes: {
          totalCount: number;
          edges: Array<{
            node: {
              kind: string;
              renumbered: boolean;
              description: string;
              from: Array<{ label: string }>;
              to: Array<{ label: string }>;
              diff: Array<{ op: string; text: string }> | null;
            };
          }>;
        };
      };
    }>(
      `query($a: ID!, $b: ID!) { compareDraftVersions(fromVersionId: $a, toVersionId: $b) {
        summary { unchanged modified added removed renumbered fromArticles toArticles }
        changes(first: 20) { totalCount edges { node { kind renumbered description from { label } to { label } diff { op text } } } } } }`,
      { a: first.data!.addDraftVersion.id, b: second.data!.addDraftVersion.id },
      legislature,
    );
    expect(res.errors).toBeUndefined();
    const { summary, changes } = res.data!.compareDraftVersions;
    expect(summary).toMatchObject({
      unchanged: 4,
      modified: 1,
      added: 1,
      removed: 0,
      renumbered: 3,
      fromArticles: 5,
      toArticles: 6,
    });
    const rows = changes.edges.map((e) => e.node);
    expect(rows.map((r) => r.kind)).toEqual([
      'MODIFIED',
      'UNCHANGED',
      'ADDED',
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
    ]);
    const modified = rows[0];
    expect(
      modified
        .diff!.filter((d) => d.op === 'insert')
        .map((d) => d.text)
        .join(''),
    ).toBe('维护业主合法权益，');
    const moved = rows[3];
    expect(moved).toMatchObject({ renumbered: true, from: [{ label: '第三条' }], to: [{ label: '第四条' }] });

    const filtered = await t.gql<{ compareDraftVersions: { changes: { totalCount: number } } }>(
      'query($a: ID!, $b: ID!) { compareDraftVersions(fromVersionId: $a, toVersionId: $b) { changes(first: 5, kinds: [ADDED]) { totalCount } } }',
      { a: first.data!.addDraftVersion.id, b: second.data!.addDraftVersion.id },
      legislature,
    );
    expect(filtered.data!.compareDraftVersions.changes.totalCount).toBe(1);
    const head = await t.login('head');
    expect(
      errorOf(
        await t.gql(
          `{ compareDraftVersions(fromVersionId: "${first.data!.addDraftVersion.id}", toVersionId: "${second.data!.addDraftVersion.id}") { fromVersionId } }`,
          {},
          head,
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('refuses pasted text and a file at once, and a file that is not a document', async () => {
    const draft = await t.gql<{ createDraft: { id: string } }>(
      'mutation($input: CreateDraftInput!) { createDraft(input: $input) { id } }',
      { input: { legislatureId, title: '另一个草案' } },
      legislature,
    );
    const draftId = draft.data!.createDraft.id;
    expect(
      errorOf(await addVersion(draftId, { stage: 'SOLICITATION', text: V1, contentBase64: 'AAAA' })),
    ).toMatchObject({ reason: 'ONE_SOURCE_REQUIRED' });
    const fakeDocx = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]).toString('base64');
    expect(
      errorOf(
        await addVersion(draftId, { stage: 'SOLICITATION', fileName: 'x.docx', contentBase64: fakeDocx }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DOCX' });
    expect(
      errorOf(await addVersion(draftId, { stage: 'SOLICITATION', fileName: 'x.txt', contentBase64: '%%%' }))
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('npm run cli -- draft:parse', () => {
  const cli = (file: string) =>
    run('npx', ['tsx', 'apps/cli/src/main.ts', 'draft:parse', file], { maxBuffer: 64 * 1024 * 1024 });

  it('prints the tree as JSON on stdout and warnings on stderr', async () => {
    const { stdout, stderr } = await cli('test/fixtures/regulations/personal-information-protection-law.txt');
    const tree = JSON.parse(stdout) as {
      title: string;
      provisions: Array<{
        kind: string;
        label: string;
        heading: string;
        children: Array<{ kind: string; children: Array<{ kind: string; label: string }> }>;
      }>;
    };
    expect(tree.title).toContain('个人信息保护法');
    expect(tree.provisions[0]).toMatchObject({ kind: 'chapter', label: '第一章', heading: '总则' });
    expect(tree.provisions[0].children[0]).toMatchObject({ kind: 'article', label: '第一条' });
    expect(tree.provisions[0].children[0].children[0]).toMatchObject({ kind: 'paragraph', label: '' });
    expect(stderr).toContain('编码 utf-8');
  }, 60_000);

  it('writes the whole tree of the criminal law (904 KB) to a pipe read slowly', async () => {
    // The reader waits until the CLI has written its output and would exit: a process.exit() before stdout drained
    // cut this pipe at 128 KiB.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'apps/cli/src/main.ts',
        'draft:parse',
        'test/fixtures/regulations/criminal-law.txt',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.pause();
    const chunks: Buffer[] = [];
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    await new Promise<void>((done) =>
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('编码')) setTimeout(done, 1_000);
      }),
    );
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    expect(await exited).toBe(0);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBeGreaterThan(800_000);
    const out = bytes.toString('utf8');
    const tree = JSON.parse(out) as { provisions: Array<{ kind: string; children: unknown[] }> };
    const expected = (
      JSON.parse(readFileSync('test/fixtures/regulations/expected.json', 'utf8')) as Record<
        string,
        { part: number; article: number }
      >
    )['criminal-law.txt'];
    expect(tree.provisions.filter((p) => p.kind === 'part')).toHaveLength(expected.part);
    const articles = (nodes: Array<{ kind: string; children: unknown[] }>): number =>
      nodes.reduce(
        (n, node) => n + (node.kind === 'article' ? 1 : 0) + articles(node.children as typeof nodes),
        0,
      );
    expect(articles(tree.provisions)).toBe(expected.article);
  }, 120_000);

  it('fails with a Chinese message and no JSON for an empty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minyi-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const failure = await cli(join(dir, 'empty.txt')).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(65);
    expect(failure!.stdout).toBe('');
    expect(failure!.stderr).toContain('EMPTY_FILE');
  }, 60_000);
});
