import { describe, expect, it } from '@jest/globals';
import { parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';
import { snakeCase } from './snake-naming.strategy.js';

describe('DATABASE_URL', () => {
  it('reads a SQLite path relative to the working directory', () => {
    expect(parseDatabaseUrl('sqlite:data/x.sqlite', '/srv/minyi')).toEqual({
      kind: 'sqlite',
      path: '/srv/minyi/data/x.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:/var/lib/x.sqlite')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/x.sqlite',
    });
    // The URL form the README shows for an absolute path (three slashes, as in file:///).
    expect(parseDatabaseUrl('sqlite:///srv/minyi/minyi.sqlite', '/elsewhere')).toEqual({
      kind: 'sqlite',
      path: '/srv/minyi/minyi.sqlite',
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
  });

  it('reads MySQL and MariaDB URLs, with encoded passwords', () => {
    expect(parseDatabaseUrl('mysql://minyi:p%40ss@db.local:3307/minyi')).toEqual({
      kind: 'mysql',
      flavour: 'mysql',
      host: 'db.local',
      port: 3307,
      username: 'minyi',
      password: 'p@ss',
      database: 'minyi',
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1/test')).toMatchObject({
      flavour: 'mariadb',
      port: 3306,
      password: '',
    });
  });

  it.each(['postgres://x/y', 'mysql://host', 'sqlite:', ''])('refuses %j with a clear message', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(/DATABASE_URL 无效/);
  });

  it('hides the password in logs', () => {
    expect(redactDatabaseUrl('mysql://minyi:secret@db/minyi')).toBe('mysql://minyi:***@db/minyi');
  });

  it('names columns in snake_case', () => {
    expect(['contactPointId', 'createdAt', 'id', 'HTTPHeader'].map(snakeCase)).toEqual([
      'contact_point_id',
      'created_at',
      'id',
      'http_header',
    ]);
  });
});
