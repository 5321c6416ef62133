import * as assert from 'assert';
import { escapeMarkdown, truncate } from '../../src/core/markdown';

describe('escapeMarkdown', () => {
  // Hostile article text that must render as plain text in a hover card.
  const hostile = [
    '[click me](command:workbench.action.terminal.new)',
    '<img src=x onerror=alert(1)>',
    '$(zap) $(alert) theme icons',
    'https://example.com/and www.example.com',
    '**bold** _em_ `code` # heading',
  ];
  for (const text of hostile) {
    it(`leaves no live markup in ${JSON.stringify(text)}`, () => {
      const out = escapeMarkdown(text);
      assert.ok(!/(^|[^\\])[[\]()<>`*_$]/.test(out), out);
      assert.ok(!/https?:\/\//.test(out) && !/www\.e/.test(out), 'no autolink survives');
      assert.strictEqual(out.replace(/\\(.)/g, '$1'), text, 'unescaping gives the text back');
    });
  }
  it('folds line breaks, which would end a list item', () => assert.strictEqual(escapeMarkdown('a\n\nb'), 'a b'));
});

describe('truncate', () => {
  it('keeps short text', () => assert.strictEqual(truncate('short', 10), 'short'));
  it('cuts at a word boundary with an ellipsis', () => assert.strictEqual(truncate('one two three four five', 12), 'one two…'));
});
