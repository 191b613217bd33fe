import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { PersonalDataCipher } from './personal-data.js';

const cipher = new PersonalDataCipher(randomBytes(32).toString('base64'));

describe('PersonalDataCipher', () => {
  it('round-trips any details and never stores them in clear', () => {
    fc.assert(
      fc.property(fc.record({ name: fc.option(fc.string()), phone: fc.option(fc.string()) }), (details) => {
        const sealed = cipher.seal(details);
        if (details.name && details.name.length > 3) expect(sealed).not.toContain(details.name);
        expect(cipher.open(sealed)).toEqual(details);
      }),
    );
    const sealed = cipher.seal({ name: '张三', phone: '13812345678' });
    expect(sealed).not.toContain('13812345678');
    expect(cipher.seal({ name: '张三' })).not.toBe(cipher.seal({ name: '张三' }));
  });

  it('refuses a tampered value and another key', () => {
    const sealed = cipher.seal({ name: '李四' });
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => cipher.open(`v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => new PersonalDataCipher(randomBytes(32).toString('base64')).open(sealed)).toThrow();
    expect(() => new PersonalDataCipher('c2hvcnQ=')).toThrow(/32 字节/);
  });
});
