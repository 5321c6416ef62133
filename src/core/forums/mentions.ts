import type { ActorMention, Article, DateMention, Span, TextSpan } from '../types';
import { inOrder, isUpper, lastStartingAtOrBefore, phraseAt, phraseEndingAt, type ArticleWords, type Word } from '../statements/words';
import {
  COMPLEMENT_STOPS, COMPOUND_KIND, COMPOUND_KINDS, COREFERENCE_ONLY, DEFINITE, DETERMINERS, FORUM_NOUNS, FUTURE_WORDS, MODIFIERS,
  NEEDS_DETERMINER, NEEDS_MODIFIER, NOT_BEFORE, OF_MUST_NAME, PARTICIPLES, PLANNED_MODIFIERS, PREPOSITIONS, SERIES_BY_FIRST_WORD, SERIES_BY_LAST_WORD, SERIES_PLACES, type Series,
} from './lexicon';

/** A noun phrase naming a forum: "a special session on the humanitarian crisis in Afghanistan", "the meeting", "UNGA". */
export interface ForumMention extends TextSpan {
  kind: string;
  head: Span;
  determiner: 'definite' | 'indefinite' | 'possessive' | 'none';
  /** Lower-cased words between the determiner and the head noun. */
  modifiers: string[];
  /** Has a complement ("of foreign ministers", "with Foreign Minister Mevlut Cavusoglu"). */
  complement: boolean;
  series: Series | null;
  /** Written as a future event ("a planned meeting", "will use the meeting", "is scheduled"). */
  future: boolean;
  /** "the event": only refers back to a forum already found. */
  refersOnly: boolean;
  /** Mentions of other forums inside this one. */
  inner: Span[];
  sentence: number;
  paragraph: number;
}

/** Words after which a bare plural ("talks") is a noun, not a verb. */
const BARE_NOUN_AFTER = new Set(['during', 'after', 'before', 'at', 'in', 'for', 'of', 'following', 'ahead', 'amid', 'from', 'into', 'since', 'about', 'with', 'and', 'by', 'held', 'hold', 'holds', 'holding', 'host', 'hosted', 'attend', 'attended', 'join', 'joined', 'resume', 'resumed', 'open', 'opened']);
/** Determiners that are really modifiers ("the next meeting"). */
const ORDINAL_DETERMINERS = new Set(['next', 'last', 'first', 'second', 'third', 'latest', 'recent', 'two', 'three', 'several', 'both']);
/** After a determiner these follow a forum noun as prepositions ("a call on Monday"), not as a verb's particle ("calls on"). */
const WEAK_BLOCKERS = new Set(['on', 'upon', 'by', 'from']);
const MAX_MODIFIERS = 6;
/**
 * A quick test that a paragraph may hold a forum at all: a forum noun or a series name's first word
 * standing as a word, in any case (words are compared lower-cased; series names as written, which
 * any case also lets through). A word's edges are never ASCII letters or digits, so every paragraph
 * with one of those words matches and skipping the others loses nothing. A boundary character is
 * matched rather than looked behind for: that lets the regex engine skip ahead.
 */
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORUM_WORD = `(?:^|[^a-z0-9])(${[...FORUM_NOUNS.keys(), ...SERIES_BY_FIRST_WORD.keys()].map(escape).join('|')})(?![a-z0-9])`;
/**
 * A "meet" verb ("met", "meets", "meeting") may start where this matches: verbMeetings' quick test of a sentence.
 * It shares the forum words' search, which tries the forum words first at each place, so a "meeting" they
 * match is not matched again: it is a hit of both.
 */
const MEET = '\\bme(?:et|t)';
const MEET_START = new RegExp(`^${MEET}`, 'i');
const SEARCH = new RegExp(`${FORUM_WORD}|${MEET}`, 'gi');
/** The Kelvin sign lower-cases to "k", which a case-insensitive regex without the `u` flag does not match. */
const KELVIN = '\u212a';
const MAX_COMPLEMENT_WORDS = 16;
const MAX_SINCE_WORDS = 10;
/** A bare "the call" within this many characters after "called on"/"calls for" is that appeal. */
const APPEAL_WINDOW = 600;
const APPEAL_NOUNS = new Set(['call', 'calls']);
const APPEAL_BEFORE = /\bcall(?:ed|s|ing)? (?:on|upon|for)\b/i;
/** Words after a series name that make it the frame of the phrase ("consultations in the extended troika format"). */
const FORMAT_WORDS = new Set(['format']);
/** Modifiers after which a "since" clause belongs to the phrase ("the first … since", "the largest … since"). */
const SINCE_MODIFIERS = new Set(['first', 'such', 'only']);

/**
 * What the readers of one article's paragraphs share. The sorted actors and dates and whether the
 * article is about Afghanistan are worked out when first asked for: an article without a forum word needs none.
 */
class Scan {
  private sortedActors: readonly ActorMention[] | undefined;
  private sortedDates: readonly DateMention[] | undefined;
  private aboutAfghanistan: boolean | undefined;

  constructor(
    readonly words: ArticleWords,
    private readonly allActors: readonly ActorMention[],
    private readonly dates: readonly DateMention[],
  ) {}

  get article(): Article {
    return this.words.article;
  }

  get actors(): readonly ActorMention[] {
    return (this.sortedActors ??= inOrder(this.allActors, (a, b) => a.start - b.start));
  }

  /** Whether a date (not a time or a span) starts at `pos`: a binary search of the dates, which come in order, rather than a set built per article. */
  isDateStart(pos: number): boolean {
    const dates = (this.sortedDates ??= inOrder(this.dates, (a, b) => a.start - b.start));
    for (let i = lastStartingAtOrBefore(dates, pos); i >= 0 && dates[i].start === pos; i--) if (dates[i].kind === 'date') return true;
    return false;
  }

  get talksAboutAfghanistan(): boolean {
    return (this.aboutAfghanistan ??= this.allActors.some((a) => a.id === 'afghanistan' || a.id === 'taliban'));
  }
}

/**
 * Every forum mention of the article, in text order (a named forum inside another's complement is its own mention),
 * from the forum words where searchText found them.
 */
export function findForumMentions(articleWords: ArticleWords, actors: readonly ActorMention[], dates: readonly DateMention[], search: TextSearch): ForumMention[] {
  const article = articleWords.article;
  const scan = new Scan(articleWords, actors, dates);
  const out: ForumMention[] = [];
  const starts = search.forumWords;
  let next = 0;
  for (const p of article.paragraphs) {
    while (starts && next < starts.length && starts[next] < p.start) next++;
    if (starts && (next === starts.length || starts[next] >= p.end)) continue;
    const words = articleWords.paragraph(p.index);
    // Only a word starting where the search found a forum word can be one.
    const candidates: number[] = [];
    if (!starts) for (let i = 0; i < words.length; i++) candidates.push(i);
    for (let i = 0; starts && next < starts.length && starts[next] < p.end; next++) {
      while (i < words.length && words[i].start < starts[next]) i++;
      if (i < words.length && words[i].start === starts[next]) candidates.push(i);
    }
    const found: ForumMention[] = [];
    for (const i of candidates) {
      const m = nounPhrase(scan, words, i, p.index);
      if (m) found.push(m);
    }
    for (const m of seriesMentions(scan, words, candidates, p.index, found)) found.push(m);
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // Sorted by start, then longest first: what lies inside a mention follows it, up to its end.
    for (let a = 0; a < found.length; a++) {
      const m = found[a];
      for (let b = a + 1; b < found.length && found[b].start < m.end; b++) {
        const n = found[b];
        if (n.end <= m.end && (n.start > m.start || n.end < m.end)) m.inner.push(n);
      }
    }
    markFuture(article.text, words, found);
    out.push(...found);
  }
  return out;
}

/** Where forum words and "meet" verbs may start, in text order. */
export interface TextSearch {
  /** Null when any word may be a forum word. */
  forumWords: number[] | null;
  meetVerbs: number[];
}

/** Forum words and "meet" verbs found in one search of the text, rather than one search for each. */
export function searchText(text: string): TextSearch {
  const forumWords: number[] = [];
  const meetVerbs: number[] = [];
  SEARCH.lastIndex = 0;
  for (let hit = SEARCH.exec(text); hit; hit = SEARCH.exec(text)) {
    if (hit[1] === undefined) {
      meetVerbs.push(hit.index);
      continue;
    }
    const start = hit.index + hit[0].length - hit[1].length;
    forumWords.push(start);
    if (MEET_START.test(hit[1]) && (start === 0 || !isAsciiWordCode(text.charCodeAt(start - 1)))) meetVerbs.push(start);
  }
  return { forumWords: text.includes(KELVIN) ? null : forumWords, meetVerbs };
}

/** What `\w` matches, by char code: the edge `\b` looks for. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function nounPhrase(scan: Scan, words: readonly Word[], i: number, paragraph: number): ForumMention | null {
  const { article } = scan;
  const text = article.text;
  const noun = words[i].lower;
  const kindOfNoun = FORUM_NOUNS.get(noun);
  if (!kindOfNoun) return null;
  const next = i + 1 < words.length && !breakBetween(text, words[i], words[i + 1]) ? words[i + 1] : null;
  const compound = phraseEndingAt(words, i, COMPOUND_KINDS);
  const kind = compound ? COMPOUND_KIND.get(words.slice(i - compound + 1, i + 1).map((w) => w.lower).join(' ')) ?? kindOfNoun : kindOfNoun;
  // Left: modifiers back to a determiner or possessive.
  let start = i;
  let determiner: ForumMention['determiner'] = 'none';
  const modifiers: string[] = [];
  // "the UK calls upon China": after a name, the noun may be the name's verb.
  let namedModifier = false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS; k--) {
    const w = words[k];
    // "the ‘Troika Plus’ meeting": a quoted name is a modifier too.
    if (breakBetween(text, w, words[k + 1]) && !(quoteGap(text, w, words[k + 1]) && (isUpper(w.text[0]) || isUpper(words[k + 1].text[0]) || DETERMINERS.has(w.lower)))) break;
    if (DETERMINERS.has(w.lower) && !ORDINAL_DETERMINERS.has(w.lower)) {
      determiner = DEFINITE.has(w.lower) ? 'definite' : 'indefinite';
      start = k;
      break;
    }
    if (isPossessive(w.text) && !actorAt(scan, w)) {
      determiner = 'possessive';
      start = k;
      break;
    }
    // "the Moscow format consultations": a series name before the noun is a modifier.
    const named0 = seriesEndingAt(words, k);
    if (named0 > 1) {
      for (let j = 0; j < named0; j++) modifiers.unshift(words[k - j].lower);
      namedModifier = true;
      k -= named0 - 1;
      start = k;
      continue;
    }
    const sentenceInitial = isSentenceStart(article, w.start);
    const named = actorAt(scan, w) || (isUpper(w.text[0]) && !sentenceInitial);
    if (MODIFIERS.has(w.lower) || ORDINAL_DETERMINERS.has(w.lower) || named || startsWithDigit(w.text) || (w.lower.includes('-') && !isUpper(w.text[0]))) {
      if (w.lower === 'of' && !(k > 0 && (words[k - 1].lower === 'round' || words[k - 1].lower === 'rounds'))) break;
      modifiers.unshift(w.lower);
      if (named) namedModifier = true;
      start = k;
      continue;
    }
    if (isPossessive(w.text)) {
      determiner = 'possessive';
      start = k;
      break;
    }
    break;
  }
  if (next && NOT_BEFORE.get(noun)?.has(next.lower) && !scan.isDateStart(next.start) && !(determiner !== 'none' && !namedModifier && WEAK_BLOCKERS.has(next.lower))) return null;
  if (NEEDS_DETERMINER.has(noun) && determiner === 'none' && modifiers.length === 0) return null;
  const needed = NEEDS_MODIFIER.get(noun);
  if (needed && !modifiers.some((m) => needed.has(m))) return null;
  if (determiner === 'none' && modifiers.length === 0) {
    const prev = i > 0 && !breakBetween(text, words[i - 1], words[i]) ? words[i - 1] : null;
    if (prev && !BARE_NOUN_AFTER.has(prev.lower)) return null;
  }
  // Right: prepositional complements, stopping at a date, a verb, a relative clause or a clause mark.
  let end = words[i].end;
  let preps = 0;
  for (let n = i + 1; n < words.length && n - i <= MAX_COMPLEMENT_WORDS; n++) {
    const w = words[n];
    if (breakBetween(text, words[n - 1], w) && !(preps > 0 && listComma(scan, words, n))) {
      // "the session of the Organisation of Islamic Cooperation (OIC)": an abbreviation in brackets.
      const close = preps > 0 ? bracketedActor(scan, words, n) : 0;
      if (!close) break;
      end = close;
      n++;
      continue;
    }
    if (w.lower === 'since' && modifiers.some((m) => SINCE_MODIFIERS.has(m) || m.endsWith('est'))) {
      end = sinceClause(scan, words, n, end);
      break;
    }
    if (scan.isDateStart(w.start)) break;
    if (PARTICIPLES.has(w.lower) && words[n + 1] && PREPOSITIONS.has(words[n + 1].lower) && !breakBetween(text, w, words[n + 1])) {
      preps++;
      n++;
      continue;
    }
    if (PREPOSITIONS.has(w.lower)) {
      const after = words[n + 1];
      if (!after || breakBetween(text, w, after) || scan.isDateStart(after.start)) break;
      if (w.lower === 'to' && !(DETERMINERS.has(after.lower) || isUpper(after.text[0]))) break;
      preps++;
      continue;
    }
    if (preps === 0) break;
    if (COMPLEMENT_STOPS.has(w.lower)) break;
    if (!isUpper(w.text[0]) && !MODIFIERS.has(w.lower) && (w.lower.endsWith('ly') || w.lower.endsWith('ed'))) break;
    if (w.lower === 'and') {
      const after = words[n + 1];
      if (!after || !(isUpper(after.text[0]) || (after.lower === 'the' && words[n + 2] && isUpper(words[n + 2].text[0])))) break;
      continue;
    }
    end = w.end;
    if (FORMAT_WORDS.has(w.lower)) break;
  }
  // "called on the Taliban to … The call came": an appeal, not a phone call.
  if (APPEAL_NOUNS.has(noun) && determiner === 'definite' && modifiers.length === 0 && end === words[i].end && APPEAL_BEFORE.test(text.slice(Math.max(0, words[i].start - APPEAL_WINDOW), words[i].start))) return null;
  if (OF_MUST_NAME.has(noun) && end > words[i].end && words[i + 1].lower === 'of' && !namesForum(words, i + 2, end)) return null;
  const s = words[start].start;
  return {
    start: s,
    end,
    text: text.slice(s, end),
    kind,
    head: { start: words[i].start, end: words[i].end },
    determiner,
    modifiers,
    complement: end > words[i].end,
    series: null,
    future: false,
    refersOnly: COREFERENCE_ONLY.has(noun),
    inner: [],
    sentence: sentenceIndex(article, s),
    paragraph,
  };
}

/** Named forums ("UN General Assembly", "Moscow format"): tag the noun phrase they modify, or stand alone. */
function seriesMentions(scan: Scan, words: readonly Word[], candidates: readonly number[], paragraph: number, found: ForumMention[]): ForumMention[] {
  const text = scan.article.text;
  const out: ForumMention[] = [];
  // Past the end of the last name found: a name inside it is not another.
  let from = 0;
  for (const i of candidates) {
    if (i < from) continue;
    const hit = SERIES_BY_FIRST_WORD.get(words[i].text)?.find((n) => n.words.every((w, k) => i + k < words.length && words[i + k].text === w));
    if (!hit) continue;
    const last = words[i + hit.words.length - 1];
    const after = words[i + hit.words.length];
    const owner = found.find((m) => m.start <= words[i].start && last.end <= m.head.end)
      ?? found.find((m) => m.head.end < words[i].start && last.end <= m.end && (OF_MUST_NAME.has(wordAt(words, m.head.start)) || (!!after && after.end <= m.end && FORMAT_WORDS.has(after.lower))));
    if (owner) owner.series = hit.series;
    else {
      const the = i > 0 && words[i - 1].lower === 'the' && !breakBetween(text, words[i - 1], words[i]) ? words[i - 1] : null;
      const s = the ? the.start : words[i].start;
      out.push({
        start: s, end: last.end, text: text.slice(s, last.end), kind: hit.series.kind, head: { start: words[i].start, end: last.end },
        determiner: the ? 'definite' : 'none', modifiers: [], complement: false, series: hit.series, future: false, refersOnly: false, inner: [],
        sentence: sentenceIndex(scan.article, s), paragraph,
      });
    }
    from = i + hit.words.length;
  }
  // "talks in the Russian capital", "the Moscow summit": a series known by where it meets.
  if (scan.talksAboutAfghanistan) {
    for (const m of found) {
      if (m.series) continue;
      const inner = scan.words.within(m.start, m.end);
      for (const { series: s, places } of SERIES_PLACES) {
        if (!s.generic.includes(m.kind)) continue;
        if (inner.some((_, k) => places.some((p) => p.every((w, j) => k + j < inner.length && inner[k + j].text === w)))) m.series = s;
      }
    }
  }
  return out;
}

/** A mention is future when it says so ("planned", "upcoming") or its neighbours do ("will use the meeting", "is scheduled"). */
function markFuture(text: string, words: readonly Word[], mentions: ForumMention[]): void {
  for (let x = 0; x < mentions.length; x++) {
    const m = mentions[x];
    if (m.modifiers.some((w) => PLANNED_MODIFIERS.has(w))) {
      m.future = true;
      continue;
    }
    const first = lastStartingAtOrBefore(words, m.start);
    const window: Word[] = [];
    for (let k = first - 1; k >= 0 && first - k <= 3 && !breakBetween(text, words[k], words[k + 1]); k--) window.unshift(words[k]);
    const nextStart = x + 1 < mentions.length ? mentions[x + 1].start : Infinity;
    let k = lastStartingAtOrBefore(words, m.end - 1) + 1;
    for (let n = 0; k < words.length && n < 4 && words[k].start < nextStart && !breakBetween(text, words[k - 1], words[k]); k++, n++) window.push(words[k]);
    m.future = window.some((_, i) => phraseAt(window, i, FUTURE_WORDS) > 0);
  }
}

/** A comma inside a list of actors ("of Canada, France, Italy and the US"): the list must end with "and"/"or". */
function listComma(scan: Scan, words: readonly Word[], n: number): boolean {
  const text = scan.article.text;
  const a = words[n - 1];
  const b = words[n];
  if (text.slice(a.end, b.start).trim() !== ',' || !actorAt(scan, a) || !(actorAt(scan, b) || b.lower === 'the')) return false;
  for (let m = n; m < words.length && m < n + 16; m++) {
    const w = words[m];
    if (m > n && breakBetween(text, words[m - 1], w) && text.slice(words[m - 1].end, w.start).trim() !== ',') return false;
    if (w.lower === 'and' || w.lower === 'or') return true;
    if (!actorAt(scan, w) && w.lower !== 'the') return false;
  }
  return false;
}

/** "the first such gathering … since the Taliban returned to power in August": with a verb, the clause runs to its end. */
function sinceClause(scan: Scan, words: readonly Word[], n: number, end: number): number {
  const text = scan.article.text;
  let verb = false;
  let out = end;
  for (let k = n + 1; k < words.length && k - n <= MAX_SINCE_WORDS && (!breakBetween(text, words[k - 1], words[k]) || abbreviationDot(text, words[k - 1], words[k])); k++) {
    const w = words[k];
    if (scan.isDateStart(w.start) && !verb) break;
    if (!verb && PREPOSITIONS.has(w.lower) && words[k + 1] && scan.isDateStart(words[k + 1].start)) break;
    if (COMPLEMENT_STOPS.has(w.lower) || w.lower === 'and') break;
    if (!isUpper(w.text[0]) && w.lower.endsWith('ed')) verb = true;
    out = w.end;
  }
  return out > words[n].end ? out : end;
}

/** "the U.S. withdrawal": the dot ends an abbreviation, not a sentence. */
function abbreviationDot(text: string, a: Word, b: Word): boolean {
  return /\.\p{L}$/u.test(a.text) && /^\.\s+$/.test(text.slice(a.end, b.start)) && !isUpper(b.text[0]);
}

/** The end of "(OIC)" when words[n] is an actor standing alone in brackets after the phrase, else 0. */
function bracketedActor(scan: Scan, words: readonly Word[], n: number): number {
  const text = scan.article.text;
  const w = words[n];
  if (text.slice(words[n - 1].end, w.start).trim() !== '(' || text[w.end] !== ')' || !actorAt(scan, w)) return 0;
  return w.end + 1;
}

/** Whether the words from `from` up to `end` hold a forum noun or a series name. */
function namesForum(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k < words.length && words[k].end <= end; k++) {
    if (FORUM_NOUNS.has(words[k].lower) || SERIES_BY_FIRST_WORD.has(words[k].text)) return true;
  }
  return false;
}

/** The lower-cased word starting at `pos`. */
function wordAt(words: readonly Word[], pos: number): string {
  return words[lastStartingAtOrBefore(words, pos)].lower;
}

/** Length in words of a series name of two or more words ending at words[k], or 0. */
function seriesEndingAt(words: readonly Word[], k: number): number {
  for (const n of SERIES_BY_LAST_WORD.get(words[k].text) ?? []) {
    const s = k - n.words.length + 1;
    if (n.words.length > 1 && s >= 0 && n.words.every((w, j) => words[s + j].text === w)) return n.words.length;
  }
  return 0;
}

/** "Taliban’s", "UK's": string tests, not regexes, as they run for every modifier read. */
function isPossessive(text: string): boolean {
  return text.endsWith('’s') || text.endsWith("'s");
}

/** What `/^\d/` matches: an ASCII digit first. */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Only quote marks (and spaces) between two words. */
function quoteGap(text: string, a: Word, b: Word): boolean {
  return /^[\s‘’“”"']+$/u.test(text.slice(a.end, b.start));
}

/** Anything but white space between two words. */
function breakBetween(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) if (!isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** What `\s` matches, by char code (a regex test per character is several times slower). */
function isWhiteSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function actorAt(scan: Scan, w: Span): ActorMention | undefined {
  const i = lastStartingAtOrBefore(scan.actors, w.start);
  return i >= 0 && scan.actors[i].end >= w.end ? scan.actors[i] : undefined;
}

function isSentenceStart(article: Article, pos: number): boolean {
  const i = lastStartingAtOrBefore(article.sentences, pos);
  return i >= 0 && article.sentences[i].start === pos;
}

export function sentenceIndex(article: Article, pos: number): number {
  return Math.max(0, lastStartingAtOrBefore(article.sentences, pos));
}
