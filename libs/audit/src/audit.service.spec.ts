import { describe, expect, it } from '@jest/globals';
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

  it('writes null for no object', () => {
    expect(auditSnapshot(null)).toBeNull();
  });
});
