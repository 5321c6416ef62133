import type { Article, Span } from '../types';
import { isLetterOrDigit, isSpaceCode } from './words';

/** A quoted stretch of text, marks included. */
export interface Quote extends Span {
  paragraph: number;
  /** Opened but not closed in its paragraph: runs to the paragraph's end. */
  unclosed: boolean;
  /** Closed without an opening mark: runs from the paragraph's start. */
  unopened: boolean;
  /** In single quotes (‘ ’ or ' '). */
  single: boolean;
}

const OPEN_BEFORE = '([{—–-/:';
const CLOSE_AFTER = '.,;:!?)]}—–-…';

/** Quotations of every paragraph, in text order. Linear in the paragraph's length. */
export function findQuotes(article: Article): Quote[] {
  const out: Quote[] = [];
  const text = article.text;
  const marks = quoteMarks(text);
  for (const p of article.paragraphs) {
    const doubles = doubleQuotes(text, p.start, p.end, p.index, marks.doubles);
    let from = p.start;
    for (const q of doubles) {
      singleQuotes(text, from, q.start, p.index, marks.singles, out);
      out.push(q);
      from = q.end;
    }
    singleQuotes(text, from, p.end, p.index, marks.singles, out);
  }
  return out;
}

/** Offsets of one kind of quotation mark, read in text order by the paragraphs in turn. */
interface Marks {
  at: number[];
  next: number;
}

const QUOTE_MARK = /["“”„‘’']/g;

/** Every quotation mark of the text, in one native scan: the paragraphs then visit their marks only, not every character. */
function quoteMarks(text: string): { doubles: Marks; singles: Marks } {
  const doubles: number[] = [];
  const singles: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  // test() rather than exec(): no match object per mark (apostrophes are many); a mark is one character, so it sits just before lastIndex.
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    const c = text.charCodeAt(i);
    (c === 0x2018 || c === 0x2019 || c === 39 ? singles : doubles).push(i);
  }
  return { doubles: { at: doubles, next: 0 }, singles: { at: singles, next: 0 } };
}

/** The marks in [start, end), for spans asked in text order. */
function marksIn(marks: Marks, start: number, end: number): { from: number; to: number } {
  while (marks.next < marks.at.length && marks.at[marks.next] < start) marks.next++;
  const from = marks.next;
  while (marks.next < marks.at.length && marks.at[marks.next] < end) marks.next++;
  return { from, to: marks.next };
}

function opensHere(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const before = prev === undefined || isSpaceCode(prev.charCodeAt(0)) || OPEN_BEFORE.includes(prev);
  return before && next !== undefined && !isSpaceCode(next.charCodeAt(0));
}

function closesHere(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const after = next === undefined || isSpaceCode(next.charCodeAt(0)) || CLOSE_AFTER.includes(next) || next === '’' || next === "'";
  return after && prev !== undefined && !isSpaceCode(prev.charCodeAt(0));
}

/** “ ” and " ", which some texts mix within one quotation. A second opening mark inside a quote is part of it. */
function doubleQuotes(text: string, start: number, end: number, paragraph: number, marks: Marks): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let seenMark = false;
  const { from, to } = marksIn(marks, start, end);
  for (let k = from; k < to; k++) {
    const i = marks.at[k];
    const ch = text[i];
    const canOpen = ch === '“' || ch === '„' || (ch === '"' && opensHere(text, i, start, end)) || (ch === '”' && open < 0 && opensHere(text, i, start, end) && !closesHere(text, i, start, end));
    const canClose = ch === '”' || (ch !== '„' && closesHere(text, i, start, end));
    if (open < 0) {
      if (canOpen) open = i;
      else if (canClose && !seenMark && i > start) out.push({ start, end: i + 1, paragraph, unclosed: false, unopened: true, single: false });
      else if (ch === '"') open = i;
    } else if (canClose || (ch === '"' && !canOpen)) {
      out.push({ start: open, end: i + 1, paragraph, unclosed: false, unopened: false, single: false });
      open = -1;
    }
    seenMark = true;
  }
  if (open >= 0 && end - open > 1) out.push({ start: open, end, paragraph, unclosed: true, unopened: false, single: false });
  return out;
}

/** ‘ ’ and ' ' pairs; a closing mark needs an opener before it (’ is also the apostrophe: "Taliban’s", "the US’ troops"). */
function singleQuotes(text: string, start: number, end: number, paragraph: number, marks: Marks, out: Quote[]): void {
  let open = -1;
  const { from, to } = marksIn(marks, start, end);
  for (let k = from; k < to; k++) {
    const i = marks.at[k];
    const ch = text[i];
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (ch !== '’' && (prev === undefined || isSpaceCode(prev.charCodeAt(0)) || OPEN_BEFORE.includes(prev) || prev === '“' || prev === '"') && isLetterOrDigit(next)) {
      open = i;
      continue;
    }
    if (open >= 0 && ch !== '‘' && closesHere(text, i, start, end) && !isLetterOrDigit(next)) {
      if (i - open > 2) out.push({ start: open, end: i + 1, paragraph, unclosed: false, unopened: false, single: true });
      open = -1;
    }
  }
}
