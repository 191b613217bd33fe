import { isAbsolute, resolve } from 'node:path';

/** Where the data lives, from the one DATABASE_URL setting: `sqlite:<path>` or `mysql://user:pass@host:port/db`. */
export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'mysql';
      /** MariaDB reports some metadata differently from MySQL (defaults, generated columns): TypeORM must know which. */
      flavour: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export const DEFAULT_DATABASE_URL = 'sqlite:data/minyi.sqlite';

export function parseDatabaseUrl(url: string, cwd = process.cwd()): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new Error(`DATABASE_URL 无效：sqlite: 之后需要文件路径（例如 ${DEFAULT_DATABASE_URL}）`);
    return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error('DATABASE_URL 无效：无法解析 MySQL/MariaDB 地址（mysql://用户:密码@主机:端口/数据库）');
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!database) throw new Error('DATABASE_URL 无效：缺少数据库名（mysql://用户:密码@主机:端口/数据库）');
    return {
      kind: 'mysql',
      flavour: url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : 3306,
      username: decodeURIComponent(parsed.username) || 'root',
      password: decodeURIComponent(parsed.password),
      database,
    };
  }
  throw new Error('DATABASE_URL 无效：应以 sqlite:、mysql:// 或 mariadb:// 开头');
}

/** The URL with its password hidden, for logs. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
