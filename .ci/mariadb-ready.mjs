// Waits until MySQL/MariaDB at the URL answers, then makes sure the database exists (utf8mb4).
// Usage: node .ci/mariadb-ready.mjs mariadb://root@127.0.0.1:3306/test [seconds]
import mysql from 'mysql2/promise';

const url = new URL(process.argv[2]);
const deadline = Date.now() + Number(process.argv[3] ?? 60) * 1000;
const database = url.pathname.slice(1);
for (;;) {
  try {
    const connection = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username) || 'root',
      password: decodeURIComponent(url.password),
    });
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    const [[row]] = await connection.query('SELECT VERSION() AS version');
    console.log(`database ready: ${row.version}, ${database}`);
    await connection.end();
    process.exit(0);
  } catch (error) {
    if (Date.now() > deadline) {
      console.error(`database not answering at ${url.host}: ${error.message}`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
