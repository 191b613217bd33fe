import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Personal data of a contributor, as entered (all optional: name and phone are never required). */
export interface ContributorDetails {
  name?: string | null;
  phone?: string | null;
  address?: string | null;
  note?: string | null;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM sealing of personal data at rest (个人信息保护法 art. 51). The key comes from PERSONAL_DATA_KEY (or a
 * generated local key for the embedded default); a sealed value names its format version so the key or cipher can be
 * rotated later. GCM authenticates: a tampered value fails to open instead of yielding garbage.
 */
export class PersonalDataCipher {
  private readonly key: Buffer;

  constructor(keyBase64: string) {
    this.key = Buffer.from(keyBase64, 'base64');
    if (this.key.length !== 32) throw new Error('PERSONAL_DATA_KEY 必须是 32 字节密钥的 Base64 编码');
  }

  seal(details: ContributorDetails): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string): ContributorDetails {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown sealed format');
    const bytes = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as ContributorDetails;
  }
}

export const PERSONAL_DATA_CIPHER = Symbol('PERSONAL_DATA_CIPHER');
