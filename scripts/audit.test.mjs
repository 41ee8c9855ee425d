import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verdict } from './audit.mjs';

describe('the dependency audit', () => {
  it('passes when pnpm audit finds nothing high or critical', () => {
    assert.equal(verdict({ status: 0, output: 'No known vulnerabilities found\n' }).outcome, 'pass');
  });
  it('fails on advisories at or above high', () => {
    const table = '┌─────────┬──────────┐\n│ high    │ Prototype Pollution in foo │\n└─────────┴──────────┘\n1 vulnerabilities found\nSeverity: 1 high\n';
    assert.equal(verdict({ status: 1, output: table }).outcome, 'fail');
    assert.equal(verdict({ status: 1, output: 'something we cannot read' }).outcome, 'fail');
  });
  it('skips with a note when the registry does not answer audit requests', () => {
    const refused =
      'Error: ERR_PNPM_AUDIT_BAD_RESPONSE\n\n  × The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/\n  │ advisories/bulk) responded with 405:\n';
    const v = verdict({ status: 1, output: refused });
    assert.equal(v.outcome, 'skip');
    assert.match(v.note, /ERR_PNPM_AUDIT_BAD_RESPONSE: The audit endpoint/);
    assert.equal(verdict({ status: 1, output: 'request to https://registry.example failed, reason: getaddrinfo ENOTFOUND registry.example' }).outcome, 'skip');
    assert.equal(verdict({ status: null, output: '', timedOut: true }).outcome, 'skip');
  });
});
