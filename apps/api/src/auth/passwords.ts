// @node-rs/argon2 ships prebuilt binaries for Node-API 9 (Node 20); the `argon2` package would need a compiler.
import { type Algorithm, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which isolated modules cannot read). */
const ARGON2ID = 2 as Algorithm;
import { randomBytes } from 'node:crypto';
import type { AuthSection } from '../config/auth.config';

/** The domain's rule (the CMS checks the same before sending). MAX bounds the hashing work an unauthenticated caller can ask for. */
export { PASSWORD_MIN_LENGTH as MIN_PASSWORD_LENGTH, PASSWORD_MAX_LENGTH as MAX_PASSWORD_LENGTH } from '@dualcarbon/domain';

/** argon2id hashing with the configured cost; verification reads the cost from each hash. */
export class Passwords {
  private dummy?: Promise<string>;

  constructor(private readonly cost: AuthSection['argon2']) {}

  hash(password: string): Promise<string> {
    return argon2Hash(password, { algorithm: ARGON2ID, ...this.cost });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2Verify(hash, password);
    } catch {
      return false; // malformed hash: treat as a wrong password
    }
  }

  /** For unknown or inactive accounts: spend the same time as a real check, then fail. */
  async verifyDummy(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.dummy, password);
    return false;
  }

  /** True when a hash was made with other parameters than today's (rehash after a successful login). */
  needsRehash(hash: string): boolean {
    // PHC string: $argon2id$v=19$m=65536,t=3,p=4$salt$hash
    const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
    if (!m) return true;
    const [, memoryCost, timeCost, parallelism] = m.map(Number);
    return memoryCost !== this.cost.memoryCost || timeCost !== this.cost.timeCost || parallelism !== this.cost.parallelism;
  }
}

/**
 * The password_hash of an account that has no password yet (an invitation) or whose password an admin
 * reset: no password matches it (argon2 refuses to read it), and its random part keeps it secret, since
 * device cookies are signed with the hash.
 */
export const unusableHash = (why: 'invite' | 'reset') => `!${why}:${randomBytes(32).toString('base64url')}`;
export const isUsableHash = (hash: string) => !hash.startsWith('!');

/** A one-time password shown once to an admin: 20 characters from an unambiguous alphabet (~115 bits). */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely.
      if (b < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[b % alphabet.length]!);
    }
  }
  return out.join('');
}
