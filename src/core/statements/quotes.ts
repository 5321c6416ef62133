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
  for (const p of article.paragraphs) {
    const doubles = doubleQuotes(article.text, p.start, p.end, p.index);
    let from = p.start;
    for (const q of doubles) {
      singleQuotes(article.text, from, q.start, p.index, out);
      out.push(q);
      from = q.end;
    }
    singleQuotes(article.text, from, p.end, p.index, out);
  }
  return out;
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
function doubleQuotes(text: string, start: number, end: number, paragraph: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let seenMark = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 0x201d && code !== 34 && code !== 0x201e) continue;
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
function singleQuotes(text: string, start: number, end: number, paragraph: number, out: Quote[]): void {
  let open = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2018 && code !== 0x2019 && code !== 39) continue;
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
