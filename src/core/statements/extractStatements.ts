import type { ActorMention, Article, Statement } from '../types';
import { findCue, type Cue } from './attribution';
import { headlineParagraphs, isNameQuote, quoteWords, SHORT_QUOTE_WORDS } from './filters';
import { findQuotes, type Quote } from './quotes';
import { SpeakerResolver, type PriorSpeaker } from './speakers';
import { inOrder, lastStartingAtOrBefore } from './words';

interface Found {
  quote: Quote;
  statement: Statement;
  cue: Cue | null;
}

/**
 * Direct quotations and who said them. Quotes are found first (marks paired per paragraph), name and
 * scare quotes dropped, then each is attributed by, in order: its own cue; the paragraph before, when
 * that one left its quote open (a quotation running over paragraphs); the quote before it in the same
 * sentence; and, for a longer quote, the speaker of the statement just before.
 */
export function extractStatements(article: Article, actors: readonly ActorMention[]): Statement[] {
  const sorted = inOrder(actors, (a, b) => a.start - b.start || b.end - a.end);
  const resolver = new SpeakerResolver(article, sorted);
  const quotes = findQuotes(article);
  const isHeadline = headlineParagraphs(article);
  const found: Found[] = [];
  const prior: PriorSpeaker[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (isNameQuote(article, q)) continue;
    const prevQuote = i > 0 && quotes[i - 1].paragraph === q.paragraph ? quotes[i - 1] : null;
    const nextQuote = i + 1 < quotes.length && quotes[i + 1].paragraph === q.paragraph ? quotes[i + 1] : null;
    const cue = findCue(q, {
      article,
      resolver,
      prior,
      previousQuoteEnd: prevQuote ? prevQuote.end : 0,
      nextQuoteStart: nextQuote ? nextQuote.start : article.text.length,
    });
    const last = found[found.length - 1];
    let speaker: string | null;
    let used: Cue | null = cue;
    if (cue) speaker = cue.speaker;
    else if (last && continues(article, last.quote, q)) ({ speaker, used } = { speaker: last.statement.speaker, used: last.cue });
    else if (last && prevQuote === last.quote && sameSentence(article, last.quote, q)) ({ speaker, used } = { speaker: last.statement.speaker, used: last.cue });
    else if (last && !isHeadline(q.paragraph) && q.paragraph - last.quote.paragraph <= 1 && quoteWords(article, q) > SHORT_QUOTE_WORDS + 1) {
      speaker = last.statement.speaker;
      used = null;
    } else continue;
    const statement: Statement = {
      start: q.start,
      end: q.end,
      text: article.text.slice(q.start, q.end),
      speaker,
      cue: used ? article.text.slice(used.start, used.end) : null,
      forum: null,
    };
    if (used) statement.cueSpan = { start: used.start, end: used.end };
    found.push({ quote: q, statement, cue: used });
    prior.push({ speaker, paragraph: q.paragraph, start: q.start });
  }
  return found.map((f) => f.statement);
}

/** A quote left open at the end of its paragraph goes on in the next paragraph that opens with a quote mark. */
function continues(article: Article, previous: Quote, q: Quote): boolean {
  return previous.unclosed && q.paragraph === previous.paragraph + 1 && q.start === article.paragraphs[q.paragraph].start && !q.unopened;
}

function sameSentence(article: Article, a: Quote, b: Quote): boolean {
  const i = lastStartingAtOrBefore(article.sentences, a.start);
  return i >= 0 && b.start < article.sentences[i].end;
}
