// Personal data waiting on the device is sealed with AES-GCM under a key that cannot leave the browser: generated
// non-extractable and kept (as a CryptoKey object, never as bytes) in IndexedDB. Anyone reading the database's files
// sees only ciphertext.
import type { IDBPDatabase } from 'idb';

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const KEY_ID = 'contributor-data';

export async function deviceKey(db: IDBPDatabase<unknown>, store: string): Promise<CryptoKey> {
  const existing = (await db.get(store, KEY_ID)) as CryptoKey | undefined;
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await db.put(store, key, KEY_ID);
  return key;
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return { iv, data };
}

export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
