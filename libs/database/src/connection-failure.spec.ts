import { CommitOutcomeUnknownError, markUnknownCommitOutcomes } from './connection-failure.js';

/** A source that hands out one runner for every call, as TypeORM's SQLite driver does. */
function sourceWithOneRunner(commit: () => Promise<void>) {
  const runner = { commitTransaction: commit };
  return { createQueryRunner: () => runner };
}

describe('markUnknownCommitOutcomes', () => {
  it('wraps a reused runner once, however many times it is handed out', async () => {
    let commits = 0;
    const db = markUnknownCommitOutcomes(
      sourceWithOneRunner(() => {
        commits++;
        return Promise.resolve();
      }),
    );
    // Before the fix every call nested one more wrapper, and a few thousand calls overflowed the stack.
    for (let i = 0; i < 100_000; i++) db.createQueryRunner();
    await db.createQueryRunner().commitTransaction();
    expect(commits).toBe(1);
  });

  it('turns a dropped connection during COMMIT into COMMIT_OUTCOME_UNKNOWN, and leaves other errors alone', async () => {
    const dropped = markUnknownCommitOutcomes(
      sourceWithOneRunner(() => Promise.reject(Object.assign(new Error('lost'), { code: 'ECONNRESET' }))),
    );
    await expect(dropped.createQueryRunner().commitTransaction()).rejects.toBeInstanceOf(
      CommitOutcomeUnknownError,
    );
    const other = markUnknownCommitOutcomes(
      sourceWithOneRunner(() => Promise.reject(new Error('constraint'))),
    );
    await expect(other.createQueryRunner().commitTransaction()).rejects.toThrow('constraint');
  });
});
