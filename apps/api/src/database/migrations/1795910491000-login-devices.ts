import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempts remember the device cookie they came with (its random id, never the cookie), so a
 * trusted browser's own failures can be counted apart from everyone else's; the account's failures
 * are read back a day (the delay doubles with each one); the (email, at) index serves that.
 */
export class LoginDevices1795910491000 implements MigrationInterface {
  name = 'LoginDevices1795910491000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_attempts ADD COLUMN device text`);
    await q.query(`CREATE INDEX login_attempts_device_idx ON login_attempts (device, at) WHERE device IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS login_attempts_device_idx`);
    await q.query(`ALTER TABLE login_attempts DROP COLUMN IF EXISTS device`);
  }
}
