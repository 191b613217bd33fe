import { describe, expect, it } from '@jest/globals';
import { maskUrl, serializeRequest } from './logger.js';

describe('maskUrl', () => {
  it('masks the 网上征集 token in the path and a 回执号 in the query, keeping the rest', () => {
    expect(maskUrl('/online/AbC-_123456789012345678901234567890')).toBe('/online/[masked]');
    expect(maskUrl('/online/AbC?utm=wechat')).toBe('/online/[masked]?utm=wechat');
    expect(maskUrl('/receipt?n=20261205123456')).toBe('/receipt?n=[masked]');
    expect(maskUrl('/receipt?x=1&n=20261205123456&y=2')).toBe('/receipt?x=1&n=[masked]&y=2');
  });

  it('leaves other URLs alone (a parameter merely ending in n, the online-less paths)', () => {
    for (const url of [
      '/graphql',
      '/health/live',
      '/receipt',
      '/tasks?plan=1',
      '/assets/online.js',
      '/?sign=x',
    ])
      expect(maskUrl(url)).toBe(url);
  });

  it('is what the access log’s req serializer writes', () => {
    expect(serializeRequest({ method: 'GET', url: '/online/secret', ip: '192.0.2.1' })).toMatchObject({
      method: 'GET',
      url: '/online/[masked]',
      remoteAddress: '192.0.2.1',
    });
  });
});
