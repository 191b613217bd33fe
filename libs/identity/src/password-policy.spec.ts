import { describe, expect, it } from '@jest/globals';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.js';
import { checkPassword, type PasswordContext } from './password-policy.js';

const reason = (password: string, context?: PasswordContext) =>
  checkPassword(password, context)?.reason ?? null;

describe('checkPassword', () => {
  it('keeps the length bounds: 8 to 128 characters', () => {
    expect(reason('kx7#mq2')).toBe('INVALID_PASSWORD');
    expect(reason('x'.repeat(129))).toBe('INVALID_PASSWORD');
    expect(reason('tall ginkgo by the canal')).toBeNull();
  });

  it('refuses the common passwords, Chinese ones included, whatever their case', () => {
    for (const p of [
      'password',
      'PassWord',
      '12345678',
      'a1234567',
      'woaini1314',
      'qq123456',
      'abc123456',
      '1qaz2wsx',
      'zxcvbnm123',
      'iloveyou',
      'aa123456',
      '5201314520',
      '1314520520',
      'beijing2008',
      '我爱你一生一世!',
      '我爱北京天安门。',
    ])
      expect([p, reason(p)]).toEqual([p, 'PASSWORD_TOO_COMMON']);
  });

  it('refuses a common password with digits or symbols around it, separators, full-width letters or leetspeak', () => {
    for (const p of [
      'password2024!',
      'woaini1314520',
      '!!iloveyou!!',
      'i-love-you-88',
      'I Love You 1314',
      'ｐａｓｓｗｏｒｄ１２３',
      'p@ssw0rd',
      'P@ssw0rd2026',
      'dragon_1988',
      '2024monkey',
      'minyi2026',
      'admin@123456',
      '我爱你12345678',
      '你好123456789',
    ])
      expect([p, reason(p)]).toEqual([p, 'PASSWORD_TOO_COMMON']);
  });

  it('is backed by a list of a few thousand entries with the most common Chinese ones', () => {
    const list = COMMON_PASSWORDS_TEXT.split(/\s+/).filter(Boolean);
    expect(list.length).toBeGreaterThan(1500);
    expect(list.length).toBeLessThan(10000);
    for (const p of [
      '123456',
      'a123456',
      'woaini1314',
      'qq123456',
      '5201314',
      '111111',
      'abc123456',
      'zxcvbnm',
    ])
      expect(list).toContain(p);
  });

  it('refuses the username, or the username with a few digits or symbols', () => {
    const ctx = { username: 'wangfang.cq' };
    expect(reason('wangfang.cq', ctx)).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(reason('wangfang.cq2024', ctx)).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(reason('WangfangCQ@88', ctx)).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(reason('cq-wangfang-1', { username: 'cq-wangfang' })).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(reason('liaison77-abcd', { username: 'liaison77' })).toBe('PASSWORD_CONTAINS_USERNAME');
    // The username inside a real phrase is fine.
    expect(reason('wangfang grows chilli on the balcony', ctx)).toBeNull();
  });

  it("refuses the person's name (pinyin or characters) and phone number, alone or with a few digits", () => {
    const ctx = { username: 'collector9', names: ['刘晓燕', 'Liu Xiaoyan'], phones: ['+86 139-2345-6781'] };
    expect(reason('liuxiaoyan', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('LiuXiaoyan1990', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('liu xiaoyan!!', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('刘晓燕19900101', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('13923456781', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('lxy13923456781', ctx)).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(reason('张伟张伟12345', { names: ['张伟'] })).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    // Without the context the same passwords pass: the check is about this person.
    expect(reason('LiuXiaoyan1990')).toBeNull();
    expect(reason('刘晓燕家的猫叫小白', ctx)).toBeNull();
  });

  it('refuses one repeated character, a run, a keyboard walk, a repeated short unit or a date', () => {
    for (const p of [
      'aaaaaaaa',
      '哈哈哈哈哈哈哈哈',
      '12345678',
      '87654321',
      '34567890',
      'abcdefgh',
      'HGFEDCBA',
      'qwertyui',
      'asdfghjkl',
      'zxcvbnm,.',
      '1qaz2wsx3edc',
      '!QAZ@WSX',
      'poiuytrewq',
      '1q2w3e4r5t',
      'abcabcabc',
      '12121212',
      'abcdabcd',
      'abcd2580',
      'qwer!!!!',
      '19861010',
      '20240229',
    ])
      expect([p, reason(p)]).toEqual([p, expect.stringMatching(/^PASSWORD_TOO_(SIMPLE|COMMON)$/)]);
    // Not on the list: the simple rules alone refuse these.
    for (const p of [
      '3456789012',
      'lkjhgfdsa',
      'mnopqrstu',
      '20250318',
      'rfvtgbyhn',
      'ijklmnop',
      '12345678abc',
      'zxcv1234',
      'cat12345678',
      'xyz-9876-5432',
    ])
      expect([p, reason(p)]).toEqual([p, 'PASSWORD_TOO_SIMPLE']);
  });

  it('accepts strong passphrases, Chinese-character ones included, with no composition rule', () => {
    for (const p of [
      'correct horse battery staple',
      'tall ginkgo by the canal',
      'purple-kettle-orbits-noon',
      'kx7#Mq2!vR',
      '嘉陵江边的黄葛树',
      '春眠不觉晓处处闻啼鸟',
      '我家门前有两棵枣树',
      '缙云山上看日出 2019',
      'demo-password',
      'long-enough-pw',
    ])
      expect([p, reason(p, { username: 'head', names: ['王点长'], phones: ['13800000001'] })]).toEqual([
        p,
        null,
      ]);
  });

  it('says in Chinese what to do', () => {
    const problem = checkPassword('woaini1314');
    expect(problem?.message).toMatch(/常见密码.*请换一个/);
    expect(checkPassword('zhangsan88', { username: 'zhangsan' })?.message).toMatch(/用户名.*请换一个/);
    expect(checkPassword('12345678abc')?.message).toMatch(/连续序列.*请换一个/);
  });
});
