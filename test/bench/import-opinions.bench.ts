/**
 * The whole spreadsheet import over real HTTP: download the template, fill 10,000 rows, import them (parse, checks,
 * database insert). Target: under 3 s (issue 16). See bench-server.ts for the database.
 *
 *   npm run bench:import
 *   BENCH_DATABASE_URL=mariadb://root@127.0.0.1:3306/minyi_bench npm run bench:import     # emptied first!
 *   BENCH_PROFILE=1 npm run bench:import        # the server under --cpu-prof: top self time by package and function
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { download, gql, startBenchServer } from './bench-server.js';
import { serverProfile } from './support/server-profile.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const CHANNELS = ['座谈会', '院坝会', '走访', '问卷', '网上征集'];
const TARGET_SECONDS = 3;

async function main(): Promise<void> {
  const profile = serverProfile();
  const { engine, taskId, collector, stop, exited } = await startBenchServer({ nodeArgs: profile.nodeArgs });
  let stopped = false;
  try {
    const workbook = new ExcelJS.Workbook();
    const template = await download(`/files/tasks/${taskId}/opinion-template.xlsx`, collector);
    await workbook.xlsx.load(template as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('意见')!;
    for (let i = 0; i < ROWS; i++) {
      const row = sheet.getRow(i + 2);
      row.getCell(1).value = `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i % 10]}条`;
      row.getCell(2).value = `建议第${i}号：养犬人应当为犬只办理登记，登记手续应当简化，网上即可办理。`;
      row.getCell(3).value = '便于群众办事';
      row.getCell(4).value = CHANNELS[i % CHANNELS.length];
      row.commit();
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    profile.markRequestStart();
    const t0 = performance.now();
    const result = await gql<{ importOpinions: { imported: number; totalRows: number; errors: unknown[] } }>(
      'mutation($i: ImportOpinionsInput!) { importOpinions(input: $i) { imported totalRows errors { row } } }',
      { i: { taskId, fileBase64: file.toString('base64') } },
      collector,
    );
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `importOpinions on ${engine}: ${result.importOpinions.imported} of ${result.importOpinions.totalRows} rows imported, ${result.importOpinions.errors.length} reported, file ${(file.length / 1024).toFixed(0)} KiB`,
    );
    console.log(
      `  ${seconds.toFixed(2)} s for the request (parse + checks + insert + search index), target < ${TARGET_SECONDS} s${seconds < TARGET_SECONDS ? '' : '  ABOVE TARGET'}`,
    );
    stop();
    stopped = true;
    await exited;
  } finally {
    if (!stopped) stop();
  }
  profile.report();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
