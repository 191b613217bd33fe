import { describe, expect, it } from '@jest/globals';
import { DATABASE_POOL_CONNECTIONS, dataSourceOptions } from './data-source-options.js';

describe('dataSourceOptions', () => {
  it('gives MySQL/MariaDB a pool of DATABASE_POOL_CONNECTIONS connections (50 concurrent writers queued behind 10)', () => {
    const options = dataSourceOptions({ url: 'mariadb://root@127.0.0.1:3306/minyi', entities: [] }) as {
      extra?: { connectionLimit?: number };
    };
    expect(DATABASE_POOL_CONNECTIONS).toBe(40);
    expect(options.extra?.connectionLimit).toBe(DATABASE_POOL_CONNECTIONS);
  });
});
