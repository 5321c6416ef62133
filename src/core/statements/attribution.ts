import type { Article, Span } from '../types';
import { ADVERBIALS, INVERTED_VERBS, RELATIVE_STARTS, SPEECH_VERBS, STATEMENT_PHRASES, VERB_PARTICLES } from './lexicon';
import type { Quote } from './quotes';
import type { PriorSpeaker, Resolution, SpeakerResolver } from './speakers';
import { lastStartingAtOrBefore, phraseAt, wordsOf, type Word } from './words';

/** An attribution found for a quote: its text span and the speaker it names. */
export interface Cue extends Span, Resolution {}

/** How far (UTF-16 units) before and after a quote a cue is looked for: keeps the work per quote bounded. */
const REACH = 400;
/** At most this many words between a clause boundary and its speech verb. */
const MAX_SUBJECT_WORDS = 12;
const CLAUSE_MARKS = ',;:–—()“”"‘’[]';
const COORDINATORS = new Set(['and', 'or', 'but', 'to', 'not', 'nor', 'be', 'been', 'being']);
const APPOSITION_STARTS = new Set(['a', 'an']);

export interface CueContext {
  article: Article;
  resolver: SpeakerResolver;
  prior: readonly PriorSpeaker[];
  /** Where the quote before this one, in the same paragraph, ended (the pre-quote search stops there). */
  previousQuoteEnd: number;
  /** Where the next quote starts (the post-quote search stops there). */
  nextQuoteStart: number;
}

/** The attribution of a quote: right after it ("…,” he said), at the end of its sentence, or before it in its sentence. */
export function findCue(q: Quote, ctx: CueContext): Cue | null {
  const { article } = ctx;
  const sentences = article.sentences;
  const si = Math.max(0, lastStartingAtOrBefore(sentences, q.start));
  const se = Math.max(0, lastStartingAtOrBefore(sentences, q.end - 1));
  const paragraph = article.paragraphs[q.paragraph];
  // "…now!” Biden said": the splitter ends a sentence after ?” or !”, but the attribution follows.
  const asks = sentences[se].end === q.end && /[?!]["”’']$/.test(article.text.slice(q.end - 2, q.end)) && se + 1 < sentences.length;
  const sentenceEnd = asks ? sentences[se + 1].end : sentences[se].end;
  const postEnd = Math.min(sentenceEnd, paragraph.end, q.end + REACH, ctx.nextQuoteStart);
  const post = q.end < postEnd ? after(q, postEnd, ctx) : null;
  // "X said … “…”, while Y told …": a new clause after the quote has its own speaker.
  if (post && !opensNewClause(article.text, q.end, post.end)) return post;
  const preStart = Math.max(sentences[si].start, paragraph.start, q.start - REACH, ctx.previousQuoteEnd);
  const pre = preStart < q.start ? before(preStart, q.start, ctx) : null;
  if (pre) return pre;
  if (post) return post;
  // "Truss said:" ending the sentence (or paragraph) just before the quote.
  if (si > 0 && q.start === sentences[si].start) {
    const prev = sentences[si - 1];
    if (/:\s*$/.test(article.text.slice(prev.start, prev.end))) return before(Math.max(prev.start, prev.end - REACH), prev.end, ctx);
  }
  return null;
}

function after(q: Quote, end: number, ctx: CueContext): Cue | null {
  const text = ctx.article.text;
  const words = wordsOf(ctx.article, q.end, end);
  if (words.length === 0) return null;
  // "…,” said Blinken" / "…,” according to the report"
  const inv = phraseAt(words, 0, INVERTED_VERBS);
  if (inv && onlyPunctuation(text, q.end, words[0].start)) {
    let stop = inv;
    while (stop < words.length && stop - inv < 8 && !clauseBreak(text, words[stop - 1].end, words[stop].start) && !STOP_AFTER_INVERTED.has(words[stop].lower)) stop++;
    const subject = words.slice(inv, stop);
    if (subject.length) {
      const r = ctx.resolver.resolve({ start: subject[0].start, end: subject[subject.length - 1].end }, subject, ctx.prior, q.paragraph);
      if (r) return { start: words[0].start, end: subject[subject.length - 1].end, speaker: r.speaker, source: r.source };
    }
  }
  for (let v = 0; v < words.length && v < 60; v++) {
    if (!SPEECH_VERBS.has(words[v]) || isNounUse(words, v)) continue;
    const cue = subjectBefore(words, v, q.end, ctx, q.paragraph, true);
    if (cue) return cue;
  }
  return null;
}

function before(start: number, end: number, ctx: CueContext): Cue | null {
  const words = wordsOf(ctx.article, start, end);
  const paragraph = paragraphAt(ctx.article, start);
  let pronounCue: Cue | null = null;
  for (let v = 0; v < words.length; v++) {
    // Its length first: a word that lower-cases to "according" has nine characters, and most words are not lower-cased then.
    if (words[v].end - words[v].start === 9 && words[v].lower === 'according' && words[v + 1]?.lower === 'to') {
      // "According to Lavrov, “…”"
      let e = v + 2;
      while (e < words.length && e - v < 10 && !clauseBreak(ctx.article.text, words[e - 1].end, words[e].start)) e++;
      const subject = words.slice(v + 2, e);
      const r = subject.length ? ctx.resolver.resolve({ start: subject[0].start, end: subject[subject.length - 1].end }, subject, ctx.prior, paragraph) : null;
      if (r && r.speaker) return { start: words[v].start, end: subject[subject.length - 1].end, speaker: r.speaker, source: r.source };
    }
    if (!SPEECH_VERBS.has(words[v]) || isNounUse(words, v)) continue;
    const cue = subjectBefore(words, v, start, ctx, paragraph, false);
    if (!cue) continue;
    if (cue.source !== 'pronoun') return cue;
    pronounCue = cue;
  }
  return pronounCue;
}

/**
 * The subject of the speech verb words[v]: the words back to the last clause mark, stepping over
 * asides (", for his part,"), relative clauses (", which obtained …,") and appositions (", a key member …,").
 */
function subjectBefore(words: readonly Word[], v: number, floor: number, ctx: CueContext, paragraph: number, afterQuote: boolean): Cue | null {
  const text = ctx.article.text;
  const prev = v > 0 ? words[v - 1] : null;
  if (prev && COORDINATORS.has(prev.lower) && !clauseBreak(text, prev.end, words[v].start)) return null;
  let s = v;
  for (let hops = 0; hops < 4; hops++) {
    // After the first clause, step back over the mark that ends the clause before.
    let k = hops === 0 ? s : s - 1;
    while (k > 0 && !clauseBreak(text, words[k - 1].end, words[k].start) && s - k < MAX_SUBJECT_WORDS + 1) k--;
    if (s - k > MAX_SUBJECT_WORDS) return null;
    const clause = words.slice(k, s);
    if (clause.some((w) => SPEECH_VERBS.has(w))) return null;
    const aside = clause.length === 0 || clause.every((w) => ADVERBIALS.has(w.lower)) || RELATIVE_STARTS.has(clause[0].lower) || (APPOSITION_STARTS.has(clause[0].lower) && hops < 3 && k > 0) || isParticipleAside(clause);
    if (!aside || k === 0) {
      if (clause.length === 0) return null;
      const region = { start: clause[0].start, end: clause[clause.length - 1].end };
      const r = ctx.resolver.resolve(region, clause, ctx.prior, paragraph);
      if (!r) {
        if (afterQuote && k === 0 && clause.length <= 4 && onlyPunctuation(text, floor, clause[0].start)) return cueOf(words, k, v, text, { speaker: null, source: 'description' });
        return null;
      }
      return cueOf(words, k, v, text, r);
    }
    if (k === 0) return null;
    s = k;
  }
  return null;
}

/** "led by …", "accompanied by …": a participle aside between a subject and its verb. */
function isParticipleAside(clause: readonly Word[]): boolean {
  return clause.length >= 2 && clause[0].lower.endsWith('ed') && clause[1].lower === 'by';
}

/** The cue: subject, verb, a particle ("called for") and a statement phrase ("in a statement"), naming the speaker resolved. */
function cueOf(words: readonly Word[], k: number, v: number, text: string, r: Resolution): Cue {
  let end = words[v].end;
  let n = v + 1;
  if (n < words.length && VERB_PARTICLES.has(words[n].lower) && !clauseBreak(text, words[v].end, words[n].start)) end = words[n++].end;
  // "stated in a joint statement", "repeated such concerns in a joint statement"
  for (let m = n; m < words.length && m <= n + 3 && !clauseBreak(text, words[m - 1].end, words[m].start); m++) {
    const phrase = phraseAt(words, m, STATEMENT_PHRASES);
    if (phrase) {
      end = words[m + phrase - 1].end;
      break;
    }
  }
  return { start: words[k].start, end, speaker: r.speaker, source: r.source };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);

/** "after the call", "a warning": a speech verb's form used as a noun. */
function isNounUse(words: readonly Word[], v: number): boolean {
  return v > 0 && DETERMINERS.has(words[v - 1].lower);
}

const NEW_CLAUSE = /^[\s,;–—-]*(?:while|whilst|whereas|but|although|though|;)/i;

/** Whether the text between a quote and a later cue starts a new clause ("…”, while Macron said"). */
function opensNewClause(text: string, from: number, to: number): boolean {
  return NEW_CLAUSE.test(text.slice(from, to));
}

const STOP_AFTER_INVERTED = new Set(['in', 'at', 'during', 'on', 'after', 'before', 'ahead', 'while', 'when', 'as', 'to', 'that', 'who', 'which', 'adding', 'saying']);

/** Clause marks and sentence ends, by char code: tested once per character between two words. */
const CLAUSE_BREAKS = new Set([...`${CLAUSE_MARKS}.!?`].map((c) => c.charCodeAt(0)));

function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return true;
  return false;
}

function onlyPunctuation(text: string, from: number, to: number): boolean {
  return /^[\s,;:.–—-]*$/.test(text.slice(from, to));
}

function paragraphAt(article: Article, pos: number): number {
  const i = lastStartingAtOrBefore(article.paragraphs, pos);
  return i < 0 ? 0 : article.paragraphs[i].index;
}
