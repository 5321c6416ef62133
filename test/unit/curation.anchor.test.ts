import * as assert from 'assert';
import { anchor, selectorsFor, type Selector } from '../../src/core/curation';

const TEXT = 'Biden met Draghi in Rome. Later, Biden said the talks in Rome went well, and Draghi agreed.';

function select(text: string, quote: string, nth = 0): Selector[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return selectorsFor(text, at, at + quote.length);
}

function found(selectors: Selector[], text: string): string | null {
  const a = anchor(selectors, text);
  return a.ok ? `${a.start}:${text.slice(a.start, a.end)}` : null;
}

describe('curation anchoring', () => {
  it('uses the position when the text there is still the quote', () => {
    const s = select(TEXT, 'Biden', 1);
    const a = anchor(s, TEXT);
    assert.deepStrictEqual(a, { ok: true, start: 33, end: 38, moved: false });
  });

  it('follows an insertion before the span', () => {
    const s = select(TEXT, 'Biden', 1);
    const edited = 'BREAKING: ' + TEXT;
    assert.strictEqual(found(s, edited), `${33 + 10}:Biden`);
    assert.strictEqual((anchor(s, edited) as { moved: boolean }).moved, true);
  });

  it('stays put after an insertion after the span', () => {
    const s = select(TEXT, 'Rome', 0);
    assert.strictEqual(found(s, TEXT.replace('went well', 'went very well indeed')), '20:Rome');
  });

  it('finds the right copy of a repeated quote by its context, not the first one', () => {
    const s = select(TEXT, 'Rome', 1);
    // Text inserted between the two copies moves the second by more than the first.
    const edited = TEXT.replace('Later,', 'Later that evening, after dinner,');
    const a = anchor(s, edited);
    assert.ok(a.ok);
    assert.strictEqual(edited.slice(a.start - 'talks in '.length, a.end), 'talks in Rome');
  });

  it('finds the right copy when the position now points at the other copy', () => {
    const text = 'Draghi spoke. Draghi left.';
    const s = select(text, 'Draghi', 1);
    // Deleting the first sentence puts the second copy at offset 0, where no context matches the old one.
    const edited = 'Draghi left.';
    assert.strictEqual(found(s, edited), '0:Draghi');
  });

  it('follows an edit inside the context on one side', () => {
    const s = select(TEXT, 'Draghi', 1);
    assert.strictEqual(found(s, TEXT.replace('and Draghi', 'and, later, Draghi')), `${TEXT.replace('and Draghi', 'and, later, Draghi').lastIndexOf('Draghi')}:Draghi`);
  });

  it('is orphaned when the text changed inside the span', () => {
    const s = select(TEXT, 'the talks in Rome');
    assert.deepStrictEqual(anchor(s, TEXT.replace('the talks in Rome', 'the talks in Milan')).ok, false);
  });

  it('is orphaned when the span is deleted, even though the words occur elsewhere', () => {
    const s = select(TEXT, 'Biden', 1);
    const edited = 'Biden met Draghi in Rome.';
    const a = anchor(s, edited);
    assert.strictEqual(a.ok, false);
    assert.match((a as { reason: string }).reason, /no longer where it was/);
  });

  it('is orphaned when the text vanished', () => {
    const a = anchor(select(TEXT, 'Draghi'), 'An unrelated article.');
    assert.deepStrictEqual(a, { ok: false, reason: 'the text “Draghi” is no longer in the article' });
  });

  it('is orphaned on an empty article', () => {
    assert.strictEqual(anchor(select(TEXT, 'Draghi'), '').ok, false);
  });

  it('counts positions in code points, as the Web Annotation model does', () => {
    const text = 'Flag 🇮🇹 for Draghi.';
    const [, position] = selectorsFor(text, text.indexOf('Draghi'), text.indexOf('Draghi') + 6);
    assert.deepStrictEqual(position, { type: 'TextPositionSelector', start: 12, end: 18 });
    assert.strictEqual(found(selectorsFor(text, 14, 20), text), '14:Draghi');
  });

  it('accepts a position selector alone when it lies inside the text', () => {
    assert.strictEqual(found([{ type: 'TextPositionSelector', start: 0, end: 5 }], TEXT), '0:Biden');
    assert.strictEqual(anchor([{ type: 'TextPositionSelector', start: 0, end: 500 }], TEXT).ok, false);
  });

  it('anchors the Web Annotation model example of a text quote selector', () => {
    // https://www.w3.org/TR/annotation-model/#text-quote-selector
    const s: Selector[] = [{ type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' }];
    const text = 'Here this is an anotation that has some typos, unlike an anotation elsewhere.';
    assert.strictEqual(found(s, text), '16:anotation');
  });
});
