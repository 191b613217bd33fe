import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for argon2id (m=19 MiB, t=2, p=1): about 8 ms a hash on this machine. */
/** `Algorithm` is an ambient const enum (unusable with isolatedModules): 2 is Argon2id. */
export const ARGON2_OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordService {
  /** Verified against when the username is unknown, so that both paths cost the same. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('minyi-dummy-password');
    const target = passwordHash ?? (await this.dummyHash);
    try {
      const ok = await verify(target, password);
      return ok && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
