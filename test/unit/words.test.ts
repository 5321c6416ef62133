import * as assert from 'assert';
import { isUpper } from '../../src/core/statements/words';

describe('isUpper', () => {
  it('answers as the case mappings do, for every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.strictEqual(isUpper(ch), ch !== ch.toLowerCase() && ch === ch.toUpperCase(), `U+${c.toString(16)}`);
    }
    assert.strictEqual(isUpper(undefined), false);
    assert.strictEqual(isUpper('\u{10400}'), true);
  });
});
