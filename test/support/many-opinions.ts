import type { DataSource } from 'typeorm';

/**
 * Adds `count` active opinions to a point's task, copies of one of its own with other ids, receipts and texts (a
 * tenth of them a campaign's wording with small edits), spread over the provisions it already has opinions on: enough
 * for grouping to take seconds, so a test can watch a job while it runs. Written in batches straight into the table
 * (MySQL/MariaDB or SQLite), as the benchmarks do: a test of jobs, not of submission. `provision` puts them all on
 * that one provision instead (the largest provision is what clustering spends its time on).
 */
export async function addOpinions(
  db: DataSource,
  taskId: string,
  contactPointId: string,
  count: number,
  tag: string,
  { provision }: { provision?: string } = {},
): Promise<void> {
  const [template] = await db.query<Array<Record<string, unknown>>>(
    "SELECT * FROM opinion WHERE task_id = ? AND contact_point_id = ? AND status = 'ACTIVE' LIMIT 1",
    [taskId, contactPointId],
  );
  const addresses = (
    await db.query<Array<{ a: string | null }>>(
      'SELECT DISTINCT provision_address AS a FROM opinion WHERE task_id = ? AND contact_point_id = ?',
      [taskId, contactPointId],
    )
  ).map((r) => r.a);
  const columns = Object.keys(template);
  const words = [
    '养犬',
    '登记',
    '牵引',
    '疫苗',
    '噪音',
    '粪便',
    '罚款',
    '社区',
    '宠物',
    '流浪',
    '收容',
    '年检',
  ];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const campaign = i % 10 === 0;
    const text = campaign
      ? `建议将“每户限养一只犬”修改为“每户限养两只犬”${i % 3 === 0 ? '！' : ''}`
      : `建议${words[i % 12]}${words[(i * 7) % 12]}的规定第${i}项再斟酌，${words[(i * 5) % 12]}问题${i % 97}号`;
    const row: Record<string, unknown> = {
      ...template,
      id: `${tag}-${String(i).padStart(10, '0')}`.slice(0, 36),
      receipt_number: `9${tag.slice(0, 3)}${String(i).padStart(10, '0')}`.slice(0, 16),
      provision_address: provision ?? addresses[i % addresses.length],
      proposed_change: text,
      reason: null,
      idempotency_key: null,
    };
    rows.push(columns.map((c) => row[c]));
  }
  if (db.options.type === 'better-sqlite3') {
    // No `VALUES ?` expansion here: placeholders, under SQLite's 32,766 variables a statement.
    const per = Math.floor(30_000 / columns.length);
    for (let at = 0; at < rows.length; at += per) {
      const part = rows.slice(at, at + per);
      await db.query(
        `INSERT INTO opinion (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
        part.flat(),
      );
    }
    return;
  }
  for (let at = 0; at < rows.length; at += 2000) {
    await db.query(`INSERT INTO opinion (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [
      rows.slice(at, at + 2000),
    ]);
  }
}
