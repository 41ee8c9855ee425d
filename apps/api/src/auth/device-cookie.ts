import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from './tokens';

/**
 * A device cookie (OWASP, "slow down online guessing attacks with device cookies"): proof that this
 * browser signed in to this account before. Login limits never hold back the right password from such
 * a browser, so someone who only knows an editor's address cannot lock them out.
 *
 * `v1.<user id>.<device id>.<mac>`, where mac = HMAC-SHA256 keyed with the account's current password
 * hash (a secret with a random salt that only the database holds): any API process can check it
 * without a shared key, and a password change or reset retires every device cookie of the account.
 */
export interface DeviceProof {
  value: string;
  /** Random, per cookie: its own failed attempts are counted under it. */
  deviceId: string;
}

const mac = (userId: string, deviceId: string, passwordHash: string) =>
  createHmac('sha256', passwordHash).update(`dualcarbon device v1|${userId}|${deviceId}`).digest('base64url');

export function signDevice(userId: string, passwordHash: string): DeviceProof {
  const deviceId = randomBytes(16).toString('base64url');
  return { value: `v1.${userId}.${deviceId}.${mac(userId, deviceId, passwordHash)}`, deviceId };
}

/** The device id when the cookie was made for this user with this password hash, else null. */
export function verifyDevice(value: string | undefined, user: { id: string; passwordHash: string }): string | null {
  const parts = value?.split('.');
  if (!parts || parts.length !== 4 || parts[0] !== 'v1' || parts[1] !== user.id || !/^[\w-]{22}$/.test(parts[2]!)) return null;
  return safeEqual(parts[3]!, mac(user.id, parts[2]!, user.passwordHash)) ? parts[2]! : null;
}
