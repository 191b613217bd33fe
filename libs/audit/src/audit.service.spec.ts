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

  it('bounds the size and says it cut', () => {
    const json = auditSnapshot({ text: '字'.repeat(AUDIT_SNAPSHOT_LIMIT) })!;
    expect(json.length).toBeLessThanOrEqual(AUDIT_SNAPSHOT_LIMIT);
    expect(JSON.parse(json).truncated).toBe(true);
  });

  it('writes null for no object', () => {
    expect(auditSnapshot(null)).toBeNull();
  });
});
