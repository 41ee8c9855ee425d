import { describe, expect, it } from 'vitest';
import { signDevice, verifyDevice } from './device-cookie';

const ada = { id: '6f1c1d1e-0000-4000-8000-000000000001', passwordHash: '$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g' };

describe('device cookies', () => {
  it('prove a sign-in of this account with this password, and nothing else', () => {
    const { value, deviceId } = signDevice(ada.id, ada.passwordHash);
    expect(verifyDevice(value, ada)).toBe(deviceId);
    expect(verifyDevice(value, { ...ada, id: '6f1c1d1e-0000-4000-8000-000000000002' })).toBeNull();
    expect(verifyDevice(value, { ...ada, passwordHash: `${ada.passwordHash}x` })).toBeNull();
    const [v, user, id, mac] = value.split('.');
    // Tamper with the MAC's first character: all six of its bits are data (the last one's low bits are padding).
    expect(verifyDevice([v, user, id, `${mac!.startsWith('A') ? 'B' : 'A'}${mac!.slice(1)}`].join('.'), ada)).toBeNull();
    expect(verifyDevice([v, user, 'A'.repeat(22), mac].join('.'), ada)).toBeNull();
    for (const junk of [undefined, '', 'v1', 'v2.a.b.c', `${value}.extra`]) expect(verifyDevice(junk, ada)).toBeNull();
    expect(signDevice(ada.id, ada.passwordHash).deviceId).not.toBe(deviceId);
  });
});
