import { describe, expect, it } from '@jest/globals';
import { toChineseNumber } from '@app/drafts/text';
import { extractProposal, locateReference } from './proposal.js';

const ARTICLE_13 = [
  '第十三条 单位因工作需要饲养犬只的，应当具备下列条件：',
  '（一）有犬笼、犬舍和围墙等圈养设施；',
  '（二）有看管犬只的专门人员；',
  '（三）有健全的养犬安全管理制度；',
  '（四）单位所在地在办公楼、居民小区以外。',
  '单位饲养犬只的，应当报公安部门备案。',
].join('\n');

const read = (proposal: string, consulted: string | null = ARTICLE_13) =>
  extractProposal(proposal, consulted);

describe('extractProposal', () => {
  it('reads 将“A”修改为“B” as B wanted, A replaced, in any quote style', () => {
    for (const p of [
      '建议将“每户限养一只犬”修改为“每户限养两只犬”。',
      '建议将「每户限养一只犬」改为「每户限养两只犬」',
      '建议将"每户限养一只犬"调整为"每户限养两只犬"',
      '“每户限养一只犬”应改为“每户限养两只犬”，理由：“一只”太少。',
    ]) {
      expect(read(p)).toEqual({
        wanted: ['每户限养两只犬'],
        removed: [],
        replaced: ['每户限养一只犬'],
        deleteProvision: false,
        explicit: true,
      });
    }
  });

  it('reads several replacements in one proposal', () => {
    expect(read('建议将“一只”修改为“两只”，“三个月”修改为“六个月”')).toMatchObject({
      wanted: ['两只', '六个月'],
      replaced: ['一只', '三个月'],
    });
  });

  it('reads additions, and ignores the anchor of 在“A”后增加“B”', () => {
    expect(read('建议在“圈养设施”后增加“和防逃逸装置”').wanted).toEqual(['和防逃逸装置']);
    expect(read('建议在“圈养设施”后增加“和防逃逸装置”').replaced).toEqual([]);
    expect(read('建议增加一款，内容为：“单位应当为犬只购买责任保险。”').wanted).toEqual([
      '单位应当为犬只购买责任保险。',
    ]);
    expect(read('建议补充“犬只伤人的处理”的规定').wanted).toEqual(['犬只伤人的处理']);
  });

  it('reads quoted deletions, before or after the quote', () => {
    expect(read('建议删除“和围墙”').removed).toEqual(['和围墙']);
    expect(read('建议将“和围墙”删除。').removed).toEqual(['和围墙']);
    expect(read('建议删除第三项中的“健全的”').removed).toEqual(['健全的']);
    expect(read('建议删除“犬笼、”和“等”').removed).toEqual(['犬笼、', '等']);
    expect(read('建议删除“犬笼、”，“犬舍”').removed).toEqual(['犬笼、', '犬舍']);
    expect(read('建议将“每户限养一只犬”删除，增加“每户限养两只犬”')).toMatchObject({
      wanted: ['每户限养两只犬'],
      removed: ['每户限养一只犬'],
    });
  });

  it('resolves 删除第三项 and 删除第二款 against the consulted text', () => {
    expect(read('建议删除第三项').removed).toEqual(['有健全的养犬安全管理制度；']);
    expect(read('建议删除本条第（三）项。').removed).toEqual(['有健全的养犬安全管理制度；']);
    expect(read('第四项建议删除').removed).toEqual(['单位所在地在办公楼、居民小区以外。']);
    expect(read('建议删除第二款').removed).toEqual(['单位饲养犬只的，应当报公安部门备案。']);
    expect(read('建议删除第一款第二项').removed).toEqual(['有看管犬只的专门人员；']);
    // Not there, or no text to look in: nothing is guessed.
    expect(read('建议删除第五项')).toMatchObject({ removed: [], deleteProvision: false, explicit: false });
    expect(read('建议删除第三项', null)).toMatchObject({ removed: [], deleteProvision: false });
  });

  it('reads a proposal to delete the whole provision', () => {
    for (const p of ['建议删除本条', '本条建议删除。', '建议删除。', '该条款应当删除', '建议删除第十三条']) {
      expect(read(p)).toMatchObject({ wanted: [], removed: [], deleteProvision: true });
    }
    expect(read('建议删除本条第三项').deleteProvision).toBe(false);
  });

  it('falls back on the prose minus boilerplate when nothing is quoted', () => {
    expect(read('我认为应当增加养犬人清理粪便的义务。因为粪便影响环境')).toEqual({
      wanted: ['养犬人清理粪便的义务'],
      removed: [],
      replaced: [],
      deleteProvision: false,
      explicit: false,
    });
    expect(read('建议将每户限养一只犬改为两只').wanted).toEqual(['两只']);
    expect(read('建议删除禁止个人饲养烈性犬只的规定').removed).toEqual(['禁止个人饲养烈性犬只']);
    expect(read('建议明确烈性犬的范围').wanted).toEqual(['烈性犬的范围']);
  });
});

describe('locateReference', () => {
  it('reads the numerals of 款 and 项 references and labels, Chinese or Arabic, full- or half-width', () => {
    const items = Array.from({ length: 12 }, (_, i) => `（${toChineseNumber(i + 1)}）第${i + 1}项的内容；`);
    const text = ['第二十一条 下列行为应当禁止：', ...items, '违反前款规定的，予以处罚。'].join('\n');
    expect(locateReference(text, undefined, '三')).toBe('第3项的内容；');
    expect(locateReference(text, undefined, '十')).toBe('第10项的内容；');
    expect(locateReference(text, '一', '十二')).toBe('第12项的内容；');
    expect(locateReference(text, undefined, '１２')).toBe('第12项的内容；');
    expect(locateReference(text, '2', undefined)).toBe('违反前款规定的，予以处罚。');
    expect(locateReference(text, undefined, '十三')).toBeNull();
    expect(locateReference(text, undefined, '甲')).toBeNull();
  });
});
