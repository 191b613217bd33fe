// Opinions written on this device wait in IndexedDB until the server has them: each with the idempotency key made
// when it was written (so a resend never stores it twice), the contributor's personal data sealed (device-crypto.ts)
// and deleted once synced. Sent through submitOpinions when the network returns; each item keeps its own answer.
// Each item belongs to the account that wrote it: on a shared device (a unit's laptop at a forum) the next person to
// sign in neither sees, opens (with the contributor's name and phone) nor sends someone else's waiting opinions; they
// wait, unseen, until their writer signs in again. Items saved before that (no writer recorded) belong to nobody until
// a signed-in person claims them on 待同步 (认领) or discards them, one by one: never sent under whoever happens to be
// signed in. Only those still waiting (pending, rejected) are offered: version 1 also kept the items it had already
// sent, with their receipt and without personal data; those are history, shown apart and never claimed or deleted here.
import type { ApolloClient } from '@apollo/client';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { errorCode, errorMessage, errorReason } from '../common/api-errors';
import type { ContributorInput, SubmitOpinionInput } from '../gql/graphql';
import { getSession, subscribeSession } from '../identity/session';
import { deviceKey, seal, unseal, type Sealed } from './device-crypto';
import { SubmitOpinionDocument, SubmitOpinionsDocument } from './feedback.operations';

export type QueueState = 'pending' | 'rejected' | 'synced';

export interface QueuedOpinion {
  key: string;
  /**
   * The account that wrote it: only that account lists, opens, sends or deletes it. Absent on items saved before the
   * app recorded writers: those still waiting are claimed or discarded (listUnowned, claimUnowned, discardUnowned);
   * those already sent are history (listUnownedSent).
   */
  accountId?: string;
  taskId: string;
  /** What the list shows: the provision's citation or 总体意见. */
  label: string;
  /**
   * The draft's title (《重庆市养犬管理条例（草案）》 without the marks), kept when it was queued: two open drafts may both
   * have a 第十三条. Absent on items queued before it was kept (待同步 then looks it up, or shows the card without it).
   */
  draftTitle?: string;
  input: Omit<SubmitOpinionInput, 'contributor'>;
  sealedContributor?: Sealed;
  createdAt: string;
  state: QueueState;
  error?: string;
  /** The API's reason for a refusal (COLLECTION_CLOSED, DEADLINE_PASSED, …), so 待同步 can say what to do next. */
  errorReason?: string;
  receiptNumber?: string;
}

interface QueueDb extends DBSchema {
  opinions: { key: string; value: QueuedOpinion; indexes: { state: string } };
  keys: { key: string; value: CryptoKey };
}

/** submitOpinions takes at most this many items (its input's limit). */
export const BATCH_LIMIT = 200;

let dbPromise: Promise<IDBPDatabase<QueueDb>> | null = null;
function db(): Promise<IDBPDatabase<QueueDb>> {
  if (dbPromise) return dbPromise;
  const opening = openDB<QueueDb>('minyi-offline', 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('opinions', { keyPath: 'key' }).createIndex('state', 'state');
        d.createObjectStore('keys');
      }
      // Version 1 kept no writer. Its items stay unowned: whoever is signed in when the updated app opens may not be
      // their writer (a colleague on a shared device), so nobody gets them without saying so (see claimUnowned).
    },
    // A newer build in another tab wants to upgrade the database: let it (this tab opens it again when next needed),
    // so a tab left open never holds the queue of every other tab up. The browser closing it under us: likewise.
    blocking() {
      if (dbPromise === opening) dbPromise = null;
      void opening.then((d) => d.close());
    },
    terminated() {
      if (dbPromise === opening) dbPromise = null;
    },
  });
  // A failed open (private mode, storage full, the upgrade refused) is tried again next time, not remembered.
  opening.catch(() => {
    if (dbPromise === opening) dbPromise = null;
  });
  dbPromise = opening;
  return opening;
}

type Listener = () => void;
const listeners = new Set<Listener>();
export function subscribeQueue(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function changed(): void {
  for (const l of listeners) l();
}
// Another account signing in sees another queue: counts and lists are read again.
subscribeSession(changed);

/** The signed-in account, whose items alone are shown and sent; null when no one is signed in. */
function owner(): string | null {
  return getSession()?.account.id ?? null;
}

function isMine(item: QueuedOpinion | undefined, accountId = owner()): item is QueuedOpinion {
  return !!item && !!accountId && item.accountId === accountId;
}

/** Still to be sent: waiting for the network, or refused and waiting to be corrected. */
function isWaiting(item: QueuedOpinion): boolean {
  return item.state === 'pending' || item.state === 'rejected';
}

async function myItems(): Promise<QueuedOpinion[]> {
  const accountId = owner();
  return (await (await db()).getAll('opinions')).filter((item) => isMine(item, accountId));
}

export async function countPending(): Promise<number> {
  return (await myItems()).filter(isWaiting).length;
}

export async function listQueue(): Promise<QueuedOpinion[]> {
  return (await myItems()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** An item saved before writers were recorded, as shown for claiming: never the contributor's personal data. */
export type UnownedOpinion = Omit<QueuedOpinion, 'sealedContributor'>;

async function unownedItems(): Promise<UnownedOpinion[]> {
  if (!owner()) return [];
  return (await (await db()).getAll('opinions'))
    .filter((item) => !item.accountId)
    .map(({ sealedContributor: _sealed, ...shown }) => shown)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * The items that belong to nobody (saved before writers were recorded) and still wait to be sent, for a signed-in
 * person to claim or discard; none when nobody is signed in.
 */
export async function listUnowned(): Promise<UnownedOpinion[]> {
  return (await unownedItems()).filter(isWaiting);
}

/**
 * Unowned items that version 1 had already sent: the server has them (under their writer's account), the device keeps
 * only the receipt to be read out, no personal data (dropped when they were sent). They are neither waiting nor
 * anyone's to claim: they are shown apart as 已同步, never counted, sent, claimed or deleted by claimUnowned /
 * discardUnowned, so that a person clearing the claim box cannot lose a colleague's receipt.
 */
export async function listUnownedSent(): Promise<UnownedOpinion[]> {
  return (await unownedItems()).filter((item) => item.state === 'synced');
}

/**
 * Makes the signed-in account the writer of these unowned items (认领): from then on they are theirs alone, sent with
 * their token. Items claimed meanwhile (another tab) are left to their claimer. Returns how many were claimed.
 */
export async function claimUnowned(keys: readonly string[]): Promise<number> {
  const accountId = owner();
  if (!accountId) throw new Error('请先登录，再认领待同步的意见');
  return settleUnowned(keys, accountId);
}

/** Deletes these unowned items from the device (丢弃), their sealed personal data with them. */
export async function discardUnowned(keys: readonly string[]): Promise<number> {
  if (!owner()) throw new Error('请先登录，再处理待同步的意见');
  return settleUnowned(keys, null);
}

/**
 * Gives the items still unowned and waiting to `accountId`, or deletes them (null); in one transaction. An item
 * already sent is left as it is (its receipt kept), whatever key is passed.
 */
async function settleUnowned(keys: readonly string[], accountId: string | null): Promise<number> {
  const tx = (await db()).transaction('opinions', 'readwrite');
  let count = 0;
  for (const key of keys) {
    const item = await tx.store.get(key);
    if (!item || item.accountId || !isWaiting(item)) continue;
    if (accountId) await tx.store.put({ ...item, accountId });
    else await tx.store.delete(key);
    count += 1;
  }
  await tx.done;
  changed();
  return count;
}

export async function getQueued(
  key: string,
): Promise<(QueuedOpinion & { contributor?: ContributorInput }) | undefined> {
  const d = await db();
  const item = await d.get('opinions', key);
  if (!isMine(item)) return undefined;
  const contributor = item.sealedContributor
    ? await unseal<ContributorInput>(
        await deviceKey(d as IDBPDatabase<unknown>, 'keys'),
        item.sealedContributor,
      )
    : undefined;
  return { ...item, contributor };
}

/** Keeps an opinion on the device (new, or corrected after a rejection: same key). */
export async function enqueue(input: SubmitOpinionInput, label: string, draftTitle?: string): Promise<void> {
  const accountId = owner();
  if (!accountId) throw new Error('请先登录，再保存待同步的意见');
  const d = await db();
  const { contributor, ...rest } = input;
  const key = rest.idempotencyKey!;
  const sealedContributor = contributor
    ? await seal(await deviceKey(d as IDBPDatabase<unknown>, 'keys'), contributor)
    : undefined;
  const previous = await d.get('opinions', key);
  if (previous && !isMine(previous, accountId)) throw new Error('这条待同步意见属于另一位登录人');
  await d.put('opinions', {
    key,
    accountId,
    taskId: String(rest.taskId),
    label,
    draftTitle: draftTitle ?? previous?.draftTitle,
    input: rest,
    sealedContributor,
    createdAt: previous?.createdAt ?? new Date().toISOString(),
    state: 'pending',
  });
  changed();
}

export async function removeQueued(key: string): Promise<void> {
  const d = await db();
  if (!isMine(await d.get('opinions', key))) return;
  await d.delete('opinions', key);
  changed();
}

async function settle(
  key: string,
  answer: { receiptNumber?: string | null; error?: string; reason?: string | null },
): Promise<void> {
  const d = await db();
  const item = await d.get('opinions', key);
  if (!item) return;
  if (answer.receiptNumber) {
    // Synced: the personal data leaves the device; the receipt stays to be read out.
    await d.put('opinions', {
      ...item,
      state: 'synced',
      receiptNumber: answer.receiptNumber,
      sealedContributor: undefined,
      error: undefined,
      errorReason: undefined,
    });
  } else {
    await d.put('opinions', {
      ...item,
      state: 'rejected',
      error: answer.error ?? '提交未成功',
      errorReason: answer.reason ?? undefined,
    });
  }
}

export interface SyncSummary {
  sent: number;
  synced: number;
  rejected: number;
  offline: boolean;
  /**
   * Items the server did not take now because the account's opinion budget is used up (TOO_MANY_REQUESTS): nothing is
   * wrong with them, so they stay pending for a later sync; `limitMessage` is the server's words (which limit, how long).
   */
  limited: number;
  limitMessage?: string;
}

/** A refusal that says "later", not "wrong": the item stays pending. */
const LIMITED = 'TOO_MANY_REQUESTS';
/** The API's refusal while the account's password must be changed: not the opinion's fault, so it stays pending. */
const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

let running: Promise<SyncSummary> | null = null;

/** Sends every pending opinion; one run at a time. Network failures leave items pending for the next run. */
export function syncQueue(client: ApolloClient): Promise<SyncSummary> {
  running ??= runSync(client).finally(() => {
    running = null;
    changed();
  });
  return running;
}

async function runSync(client: ApolloClient): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, synced: 0, rejected: 0, offline: false, limited: 0 };
  const d = await db();
  // Only the signed-in account's: the request carries its token, and the server records it as theirs.
  const accountId = owner();
  const pending = (await d.getAllFromIndex('opinions', 'state', 'pending')).filter((item) =>
    isMine(item, accountId),
  );
  if (!pending.length) return summary;
  const key = await deviceKey(d as IDBPDatabase<unknown>, 'keys');
  const items: SubmitOpinionInput[] = [];
  for (const item of pending) {
    const contributor = item.sealedContributor
      ? await unseal<ContributorInput>(key, item.sealedContributor)
      : undefined;
    items.push({ ...item.input, ...(contributor ? { contributor } : {}) });
  }
  // Each request goes with the session of the moment: once another account is signed in, the rest waits for its
  // writer (sent with the other's token, the server would record them as the other's).
  const stillTheirs = () => owner() === accountId;
  for (let start = 0; start < items.length; start += BATCH_LIMIT) {
    if (!stillTheirs()) return summary;
    const batch = items.slice(start, start + BATCH_LIMIT);
    const keys = pending.slice(start, start + BATCH_LIMIT).map((p) => p.key);
    summary.sent += batch.length;
    try {
      const { data } = await client.mutate({
        mutation: SubmitOpinionsDocument,
        variables: { input: { items: batch } },
      });
      for (const result of data?.submitOpinions ?? []) {
        const itemKey = keys[result.index];
        if (!itemKey) continue;
        if (!result.ok && result.error?.code === LIMITED) {
          summary.limited++;
          summary.limitMessage = result.error.message;
          continue;
        }
        if (result.ok && result.receiptNumber) summary.synced++;
        else summary.rejected++;
        await settle(itemKey, {
          receiptNumber: result.ok ? result.receiptNumber : null,
          error: result.error?.message,
          reason: result.error?.reason,
        });
      }
    } catch (error) {
      if (!errorCode(error)) {
        summary.offline = true;
        return summary;
      }
      // Signed out, or the password must be changed first: the opinions wait, untouched, for the next run.
      if (errorCode(error) === 'UNAUTHENTICATED' || errorReason(error) === PASSWORD_CHANGE_REQUIRED)
        return summary;
      if (errorCode(error) === LIMITED) {
        summary.limited += items.length - start;
        summary.limitMessage = errorMessage(error);
        return summary;
      }
      // The whole batch was refused (e.g. one item failed validation): send them one by one, so each item gets its
      // own answer and the good ones are not held back by a bad one.
      for (let i = 0; i < batch.length; i++) {
        if (!stillTheirs()) return summary;
        try {
          const { data } = await client.mutate({
            mutation: SubmitOpinionDocument,
            variables: { input: batch[i] },
          });
          summary.synced++;
          await settle(keys[i], { receiptNumber: data?.submitOpinion.receiptNumber });
        } catch (itemError) {
          if (!errorCode(itemError)) {
            summary.offline = true;
            return summary;
          }
          if (errorReason(itemError) === PASSWORD_CHANGE_REQUIRED) return summary;
          if (errorCode(itemError) === LIMITED) {
            summary.limited += items.length - start - i;
            summary.limitMessage = errorMessage(itemError);
            return summary;
          }
          summary.rejected++;
          await settle(keys[i], { error: errorMessage(itemError), reason: errorReason(itemError) });
        }
      }
    }
  }
  return summary;
}
