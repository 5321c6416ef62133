import data from '../data/dates.json';

// Regex sources and lookups shared by the extractors, built once from src/core/data/dates.json.

export const NUMBER_WORDS: Readonly<Record<string, number>> = data.numberWords;

/** "20", "two", "twenty-five", "a". */
export const COUNT = `(?:\\d{1,3}|(?:${Object.keys(data.numberWords).filter((w) => w.length > 2).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|an?)`;

/** The words COUNT can start with, as word shapes (see wordPattern.ts): a number of up to three digits, a number word, "a". */
export const COUNT_WORDS: readonly string[] = ['#', '##', '###', ...Object.keys(data.numberWords)];

// The same few count words recur thousands of times in a corpus.
const countValues = new Map<string, number | null>();

export function countValue(word: string): number | null {
  // A count in digits, the most common, is read as such: a map lookup of a string just cut from the text cost more.
  if (isDigits(word)) return +word;
  let n = countValues.get(word);
  if (n === undefined) {
    n = readCount(word);
    if (countValues.size < 4096) countValues.set(word, n);
  }
  return n;
}

function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A count in words ("two", "twenty-one", "a"): countValue reads one in digits. */
function readCount(word: string): number | null {
  const parts = word.toLowerCase().split('-');
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** A capitalised month name, abbreviations with an optional full stop. */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

export const VAGUE = new Set(data.vagueExpressions);
export const COUNT_NOUNS = new Set(data.countNouns);
export const NAME_FOLLOWERS = new Set(data.nameFollowers);
