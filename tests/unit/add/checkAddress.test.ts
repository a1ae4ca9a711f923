import { describe, expect, it } from 'vitest';
import { refusedRange } from '../../../scripts/add/checkAddress.ts';

describe('refusedRange', () => {
  it.each([
    ['8.8.8.8', undefined],
    ['2a00:1450:4001:80b::200e', undefined],
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['224.0.0.1', 'multicast'],
  ])('%s → %s', (address, range) => expect(refusedRange(address)).toBe(range));
});
