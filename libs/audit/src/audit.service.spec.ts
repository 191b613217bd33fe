import { describe, expect, it, jest } from '@jest/globals';
import { AUDIT_SNAPSHOT_LIMIT, auditSnapshot } from './audit.service.js';

describe('auditSnapshot', () => {
  it('keeps the object but never a secret', () => {
    const json = auditSnapshot({
      username: 'head',
      passwordHash: '$argon2id$…',
      nested: { token: 't', name: '李' },
    });
    expect(JSON.parse(json!)).toEqual({ username: 'head', nested: { name: '李' } });
  });

  it('drops a secret key however deep, and keeps a secret word that is only a value', () => {
    const value = { a: [{ b: { apiToken: 'x', keep: 1 } }], note: 'password reset', date: new Date(0) };
    expect(JSON.parse(auditSnapshot(value)!)).toEqual({
      a: [{ b: { keep: 1 } }],
      note: 'password reset',
      date: '1970-01-01T00:00:00.000Z',
    });
    expect(auditSnapshot({ outcome: 'ADOPTED', at: new Date(0) })).toBe(
      '{"outcome":"ADOPTED","at":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('bounds the size and says it cut', () => {
    const json = auditSnapshot({ text: '字'.repeat(AUDIT_SNAPSHOT_LIMIT) })!;
    expect(json.length).toBeLessThanOrEqual(AUDIT_SNAPSHOT_LIMIT);
    expect(JSON.parse(json).truncated).toBe(true);
  });

  it('writes a flat row once, without its secret-named keys, as the replacer would', () => {
    const at = new Date(0);
    const row = {
      id: 'o1',
      proposedChange: '建议 token 写清楚',
      contentHash: 'ab',
      peopleRepresented: 1,
      reason: null,
      at,
    };
    const stringify = jest.spyOn(JSON, 'stringify');
    let json: string | null;
    try {
      json = auditSnapshot(row);
      // One pass: the replacer pass ran for every submitted opinion, whose row has a key contentHash (issue 16).
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
    expect(json).toBe(
      '{"id":"o1","proposedChange":"建议 token 写清楚","peopleRepresented":1,"reason":null,"at":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('writes what the replacer writes, flat or not', () => {
    const replaced = (value: object) =>
      JSON.stringify(value, (key, v: unknown) =>
        key && /password|hash|secret|token/i.test(key) ? undefined : v,
      );
    const values: object[] = [
      { a: 1, b: undefined, c: 'x', secretNote: 's', when: new Date(5) },
      JSON.parse('{"__proto__": 1, "passwordHash": "p", "name": "王"}') as object,
      Object.assign(Object.create(null) as object, { token: 't', keep: true }),
      { nested: { apiToken: 'x', keep: [1, 2] }, hash: 'h' },
      [{ token: 't' }, 'tokens'],
      new (class Row {
        id = 'r';
        contentHash = 'h';
      })(),
    ];
    for (const value of values) expect(auditSnapshot(value)).toBe(replaced(value));
  });

  it('writes null for no object', () => {
    expect(auditSnapshot(null)).toBeNull();
  });
});
