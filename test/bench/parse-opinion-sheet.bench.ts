/**
 * Parsing alone (no server, no database): a filled template of 10,000 opinions read by parseOpinionSheet with exceljs's
 * streaming worksheet reader (the default) and with its whole-workbook loader (as before issue 16), alternately in one
 * process. Prints wall and CPU time (min and median) and the load, since absolute figures drift with it.
 *
 *   npx tsx test/bench/parse-opinion-sheet.bench.ts          # BENCH_ROWS=…, BENCH_REPEATS=…
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseOpinionSheet } from '../../libs/feedback/src/spreadsheet/opinion-import.js';
import { openTemplate, SAMPLE_PROVISIONS, toBuffer } from '../../libs/feedback/src/spreadsheet/testing.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 10);
const CHANNELS = ['座谈会', '院坝会', '走访', '问卷', '网上征集'];
const READERS = ['loader', 'stream'] as const;

async function main(): Promise<void> {
  // As the import bench fills it: the real template, its data validations kept.
  const { workbook, sheet } = await openTemplate({ keepValidations: true });
  for (let i = 0; i < ROWS; i++) {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = `第${['一', '二', '十二', '十七'][i % 4]}条`;
    row.getCell(2).value = `建议第${i}号：养犬人应当为犬只办理登记，登记手续应当简化，网上即可办理。`;
    row.getCell(3).value = '便于群众办事';
    row.getCell(4).value = CHANNELS[i % CHANNELS.length];
  }
  const file = await toBuffer(workbook);
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`parseOpinionSheet, ${ROWS} rows, file ${(file.length / 1024).toFixed(0)} KiB, load ${load()}`);

  const figures = new Map<string, Array<{ wall: number; cpu: number }>>(READERS.map((r) => [r, []]));
  for (let i = 0; i < REPEATS + 1; i++) {
    for (const reader of READERS) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await parseOpinionSheet(file, { provisions: SAMPLE_PROVISIONS, reader });
      const wall = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (result.rows.length !== ROWS) throw new Error(`${reader}: ${result.rows.length} rows read`);
      // The first round warms up both.
      if (i > 0) figures.get(reader)?.push({ wall, cpu: (used.user + used.system) / 1000 });
    }
  }
  const stat = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `min ${sorted[0].toFixed(0)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms`;
  };
  for (const [reader, list] of figures) {
    console.log(
      `  ${reader.padEnd(6)}  wall ${stat(list.map((f) => f.wall))}; cpu ${stat(list.map((f) => f.cpu))}`,
    );
  }
  console.log(`  load after: ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
