// The chrono-node parsers and refiners the date extractor keeps are chosen by what each does to probe
// texts (class names do not survive minification); the extractor takes them by position from a list made
// so, and this test holds the list to the probes of the chrono-node installed.
import * as assert from 'assert';
import * as chrono from 'chrono-node';
import { chooseChronoParts, KNOWN_CHRONO_PARTS } from '../../src/core/dates/chronoExtractor';

describe('chrono-node parts kept by the date extractor', () => {
  it('the list by position is what the probes keep, and drops some of each', () => {
    const config = chrono.en.configuration.createCasualConfiguration(false);
    const chosen = chooseChronoParts(config);
    const at = <T>(all: T[], some: T[]) => some.map((x) => all.indexOf(x));
    assert.deepStrictEqual([config.parsers.length, config.refiners.length], [KNOWN_CHRONO_PARTS.parsers, KNOWN_CHRONO_PARTS.refiners], 'the configuration has the size the list was made for');
    assert.deepStrictEqual(at(config.parsers, chosen.parsers), KNOWN_CHRONO_PARTS.keepParsers, 'parsers: update KNOWN_CHRONO_PARTS in chronoExtractor.ts');
    assert.deepStrictEqual(at(config.refiners, chosen.refiners), KNOWN_CHRONO_PARTS.keepRefiners, 'refiners: update KNOWN_CHRONO_PARTS in chronoExtractor.ts');
    assert.ok(chosen.parsers.length > 0 && chosen.parsers.length < config.parsers.length);
    assert.ok(chosen.refiners.length > 0 && chosen.refiners.length < config.refiners.length);
  });
});
