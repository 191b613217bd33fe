/**
 * A Civil-Code-size draft for the public 网上征集 page's specs and benchmark (review finding F2): `articles` articles
 * in chapters of 50, each of two paragraphs of legal-sounding text, about 287 characters an article — 4,500 articles is
 * about 1.29 M characters, the draft the attack measured (4.65 MB in one answer before the page was paged).
 */
import { toChineseNumber } from '../../libs/drafts/src/parser/chinese-numerals.js';
import { AnnotatedDrafts } from './annotated-drafts.js';
import { must, type TestApp } from './test-app.js';

const PHRASES = [
  '民事主体在民事活动中的法律地位一律平等',
  '当事人应当遵循诚信原则，秉持诚实，恪守承诺',
  '自然人的民事权利能力一律平等，不得非法限制',
  '监护人应当按照最有利于被监护人的原则履行监护职责',
  '法人以其全部财产独立承担民事责任',
  '债务人应当按照约定的期限履行债务，不得无故拖延',
  '出租人应当按照约定将租赁物交付承租人',
  '物业服务人应当定期将服务的事项、负责人员、质量要求向业主公开',
];

/** `n` characters of text, varied by the seed. */
function sentence(seed: number, n: number): string {
  let text = '';
  for (let i = 0; text.length < n; i++) text += `${PHRASES[(seed + i * 3) % PHRASES.length]}，`;
  return `${text.slice(0, n - 1)}。`;
}

export function largeDraftText(articles = 4500, title = '民法典（网上征集压测草案）'): string {
  const lines = [title];
  for (let i = 1; i <= articles; i++) {
    if (i % 50 === 1)
      lines.push(`第${toChineseNumber(Math.ceil(i / 50))}章　第${Math.ceil(i / 50)}部分的规定`);
    lines.push(`第${toChineseNumber(i)}条　${sentence(i, 140)}`);
    lines.push(sentence(i + 1, 140));
  }
  return lines.join('\n');
}

/**
 * Over GraphQL as the legislature and the point would: the draft, a version, a task to the demo's 西南大学 issued, and
 * an online round its head opens. Returns the round's public token.
 */
export async function openLargeDraftRound(
  t: TestApp,
  tokens: { admin: string; legislature: string; head: string },
  articles = 4500,
): Promise<{ token: string; taskId: string }> {
  const drafts = new AnnotatedDrafts(t, { ...tokens, expert: '' });
  const { pointId, legislatureId } = await AnnotatedDrafts.demoPoint(t, tokens.admin);
  const draftId = await drafts.createDraft(legislatureId, `大型草案 ${articles} 条`);
  const versionId = await drafts.addVersion(draftId, 'FIRST_READING', '一审稿', largeDraftText(articles));
  const taskId = await drafts.issueTask(versionId, `网上征集压测 ${articles} 条`, [pointId]);
  const round = must(
    await t.gql<{ openOnlineCollection: { publicToken: string } }>(
      'mutation($i: OpenOnlineCollectionInput!) { openOnlineCollection(input: $i) { publicToken } }',
      { i: { taskId } },
      tokens.head,
    ),
  ).openOnlineCollection;
  return { token: round.publicToken, taskId };
}
