import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '@app/database';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { createLogger } from '../../apps/api/src/logger.js';
import { loadSettings } from '../../apps/api/src/settings.js';
import { emptyMysqlDatabase } from '../support/test-app.js';
import { describeWithMysql, TEST_MYSQL_URL } from '../support/mysql-server.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * A database that goes away is named as such (SERVICE_UNAVAILABLE / DATABASE_UNAVAILABLE, safe to retry), the server
 * recovers by itself when it is back, and a connection lost during COMMIT is reported as an unknown outcome. The
 * network path to a real MariaDB is cut by a proxy (the shared server itself is never stopped); the database used is
 * this file's own.
 */
const describeMysql = await describeWithMysql();
/** Short here so the test is quick; the default is DEFAULT_QUERY_TIMEOUT_MS (30 s). */
const QUERY_TIMEOUT_MS = 3000;
/** This file's own database, per process, so two runs on one server never meet (dropped afterwards). */
const DATABASE = `minyi_outage_${process.pid}`;

describeMysql('when the database goes away', () => {
  const shared = parseDatabaseUrl(TEST_MYSQL_URL);
  if (shared.kind !== 'mysql') throw new Error('TEST_MYSQL_URL must name a MySQL/MariaDB server');
  const proxy = new TcpProxy(shared.host, shared.port);
  let app: NestFastifyApplication;
  let token: string;
  let unitId: string;

  /** One statement on the shared server itself (not through the proxy), outside any database. */
  const onServer = async (sql: string) => {
    const admin = new DataSource({
      type: 'mysql',
      host: shared.host,
      port: shared.port,
      username: shared.username,
      password: shared.password,
    });
    await admin.initialize();
    try {
      await admin.query(sql);
    } finally {
      await admin.destroy();
    }
  };

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query, variables });
    return res.body as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
  };

  beforeAll(async () => {
    await onServer(`CREATE DATABASE IF NOT EXISTS ${DATABASE} CHARACTER SET utf8mb4`);
    const port = await proxy.start();
    const user = shared.password ? `${shared.username}:${shared.password}` : shared.username;
    const url = `${shared.flavour}://${user}@127.0.0.1:${port}/${DATABASE}`;
    await emptyMysqlDatabase(url);
    const settings = {
      ...loadSettings(
        {
          NODE_ENV: 'test',
          DATABASE_URL: url,
          TOKEN_SECRET: 'test-secret-'.padEnd(48, 'x'),
          REMINDER_INTERVAL_SECONDS: '0',
          DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        },
        mkdtempSync(join(tmpdir(), 'minyi-outage-')),
      ),
      seedDemo: true,
    };
    app = await createApp(settings, createLogger('silent'));
    const login = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query: 'mutation { login(input: {username: "admin", password: "demo-password"}) { accessToken } }',
      });
    token = login.body.data.login.accessToken;
    const points = await gql(
      '{ contactPoints(first: 20) { edges { node { liaisonUnits(first: 1) { edges { node { id } } } } } } }',
    );
    const units = (
      points.data!.contactPoints as {
        edges: Array<{ node: { liaisonUnits: { edges: Array<{ node: { id: string } }> } } }>;
      }
    ).edges.flatMap((e) => e.node.liaisonUnits.edges);
    unitId = units[0].node.id;
  });
  afterAll(async () => {
    await app?.close();
    await proxy.stop();
    await onServer(`DROP DATABASE IF EXISTS ${DATABASE}`);
  });

  const count = '{ contactPoints(first: 1) { totalCount } }';

  it('fails requests within the query timeout while the database hangs, with readiness 503 within 1 s', async () => {
    proxy.freeze();
    try {
      const started = Date.now();
      const ready = request(app.getHttpServer()).get('/health/ready');
      const hung = gql(count);
      const readiness = await ready;
      expect(readiness.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1500);
      const answer = await hung;
      const took = Date.now() - started;
      expect(answer.errors?.[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
      expect(took).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 100);
      expect(took).toBeLessThan(QUERY_TIMEOUT_MS + 3000);
    } finally {
      proxy.thaw();
    }
    let after = await gql(count);
    for (let i = 0; i < 50 && after.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await gql(count);
    }
    expect(after.errors).toBeUndefined();
  });

  it('answers DATABASE_UNAVAILABLE in Chinese while it is away, and recovers by itself when it is back', async () => {
    expect((await gql(count)).errors).toBeUndefined();
    await proxy.stop();
    const during = await gql(count);
    expect(during.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
    });
    expect(during.errors?.[0].message).toMatch(/暂时无法访问.*相同的幂等键/);
    expect(JSON.stringify(during)).not.toMatch(/127\.0\.0\.1|ECONN|mysql/i);
    await proxy.start();
    const back = Date.now();
    let after = await gql(count);
    while (after.errors && Date.now() - back < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await gql(count);
    }
    expect(after.errors).toBeUndefined();
    expect(Date.now() - back).toBeLessThan(5_000);
  });

  it('says the outcome is unknown when the connection is lost during COMMIT, and the change was in fact stored', async () => {
    const name = `提交中断${Date.now() % 100000}`;
    proxy.cutAfter = (chunk) => chunk.includes('COMMIT');
    const res = await gql('mutation($input: AddCollectorInput!) { addCollector(input: $input) { id } }', {
      input: { liaisonUnitId: unitId, name, category: 'LAWYER' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'COMMIT_OUTCOME_UNKNOWN',
    });
    expect(res.errors?.[0].message).toMatch(/保存结果未知/);
    let stored = await gql(
      'query($unit: ID!) { liaisonUnit(id: $unit) { collectors(first: 100) { edges { node { name } } } } }',
      { unit: unitId },
    );
    for (let i = 0; i < 20 && stored.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      stored = await gql(
        'query($unit: ID!) { liaisonUnit(id: $unit) { collectors(first: 100) { edges { node { name } } } } }',
        { unit: unitId },
      );
    }
    expect(JSON.stringify(stored.data)).toContain(name);
  });
});
