import { describe, expect, it } from '@jest/globals';
import { runUploadWorker } from './upload-worker.js';

const refusals = {
  timeout: { reason: 'TEST_TIMEOUT', message: (seconds: number) => `超过 ${seconds} 秒` },
  outOfMemory: { reason: 'TEST_OUT_OF_MEMORY', message: '内存不足' },
};
/** A worker of the given CommonJS source (eval'd), run in the pool. */
const run = (source: string) =>
  runUploadWorker<unknown>(
    { source: `const { parentPort } = require('node:worker_threads');\n${source}`, eval: true },
    null,
    refusals,
  );

describe('runUploadWorker', () => {
  it('keeps an answer that was posted before the worker failed as it ended (error and answer race on two ports)', async () => {
    // Each round posts its answer and then throws: Node may deliver the error before the answer. The answer wins.
    for (let i = 0; i < 20; i++) {
      await expect(
        run(
          `parentPort.postMessage({ ok: true, result: ${i} });\n` +
            `setImmediate(() => { throw new Error('after the answer'); });`,
        ),
      ).resolves.toBe(i);
    }
  }, 60_000);

  it('rebuilds the DomainError the worker answered with', async () => {
    await expect(
      run(
        `parentPort.postMessage({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'NOT_XLSX', message: '不是表格', details: {} } });`,
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_XLSX', message: '不是表格' });
  });

  it('rejects with the worker’s own error when it fails without answering, and says so when it just stops', async () => {
    await expect(run(`throw new TypeError('the parser broke');`)).rejects.toThrow('the parser broke');
    await expect(run(`process.exit(3);`)).rejects.toThrow('exit code 3');
    await expect(run(``)).rejects.toThrow('without an answer');
  });
});
