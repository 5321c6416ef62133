// Hover cards as Markdown. Everything that comes from an article goes through `escapeMarkdown`;
// the only links are Dossier's own `dossier.openLocation` commands, the only command the card trusts.
import * as vscode from 'vscode';
import type { ActorCard, CorpusIndex, DateCard, ForumCard, Located } from '../core/corpusIndex';
import { escapeMarkdown as esc, truncate } from '../core/markdown';
import type { DateMention, Statement, TextSpan } from '../core/types';
import { articleLabel, openLocationUri } from './convert';

const MAX_LIST = 6;
/** Date mentions a date card asks the index for: its list, and the hovered mention itself. */
export const DATE_CARD_LIST = MAX_LIST + 1;

export function cardMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: ['dossier.openLocation'] };
  md.supportHtml = false;
  return md;
}

function link(label: string, article: string, span: TextSpan | { start: number; end: number }): string {
  return `[${esc(label)}](${openLocationUri(article, span)})`;
}

function more(n: number): string {
  return n > 0 ? ` *and ${n} more*` : '';
}

function quoteLine(index: CorpusIndex, s: Located<Statement>, withSpeaker: boolean): string {
  const speaker = withSpeaker && s.item.speaker ? `${esc(index.actorName(s.item.speaker))}: ` : '';
  return `- ${speaker}${link(truncate(s.item.text, 140), s.article, s.item)} — ${esc(articleLabel(s.article))}`;
}

export function actorCardMarkdown(index: CorpusIndex, card: ActorCard, here: string): vscode.MarkdownString {
  const md = cardMarkdown();
  const titles = card.titles.length ? ` · ${esc(card.titles.join(', '))}` : '';
  md.appendMarkdown(`**${esc(card.name)}** · ${card.kind}${titles}\n\n`);
  if (card.aliases.length) md.appendMarkdown(`Also: ${card.aliases.map(esc).join(', ')}\n\n`);
  const others = card.articles.filter((m) => m.article !== here);
  const elsewhere = card.articleCount - 1; // the card is shown on a mention in `here`
  md.appendMarkdown(`**${card.mentionCount}** mention${card.mentionCount === 1 ? '' : 's'} in **${card.articleCount}** article${card.articleCount === 1 ? '' : 's'}`);
  if (card.firstDate) md.appendMarkdown(card.firstDate === card.lastDate ? ` · ${card.firstDate}` : ` · ${card.firstDate} – ${card.lastDate}`);
  md.appendMarkdown('\n\n');
  if (others.length) {
    md.appendMarkdown(`**Elsewhere**\n\n`);
    for (const m of others.slice(0, MAX_LIST)) {
      md.appendMarkdown(`- ${link(articleLabel(m.article), m.article, m.first)} (${m.count})\n`);
    }
    md.appendMarkdown(`${more(elsewhere - Math.min(others.length, MAX_LIST))}\n\n`);
  }
  if (card.statements.length) {
    md.appendMarkdown(`**Said**\n\n`);
    for (const s of card.statements.slice(0, MAX_LIST)) md.appendMarkdown(quoteLine(index, s, false) + '\n');
    md.appendMarkdown(`${more(card.statements.length - MAX_LIST)}\n\n`);
  }
  if (card.forums.length) {
    md.appendMarkdown(`**Forums**\n\n`);
    for (const f of card.forums.slice(0, MAX_LIST)) {
      md.appendMarkdown(`- ${link(f.item.name, f.article, f.item.mentions[0])}${f.item.date ? ` · ${esc(f.item.date)}` : ''}\n`);
    }
    md.appendMarkdown(`${more(card.forums.length - MAX_LIST)}\n\n`);
  }
  if (card.coActors.length) {
    md.appendMarkdown(`**Appears with** ${card.coActors.slice(0, 8).map((c) => `${esc(c.name)} (${c.count})`).join(', ')}\n`);
  }
  return md;
}

export function dateCardMarkdown(index: CorpusIndex, date: DateMention, card: DateCard | null, here: string): vscode.MarkdownString {
  const md = cardMarkdown();
  const value = date.value ?? (date.weekday ? `${date.weekday} (article has no date)` : 'unresolved');
  // Not a code span: escapes are not undone inside one, and the value would show its backslashes.
  md.appendMarkdown(`**${esc(date.text)}** · ${date.kind} · ${esc(value)}\n\n`);
  if (!card) return md;
  const elsewhere = card.mentions.filter((m) => !(m.article === here && m.item.start === date.start));
  // The hovered mention is one of those counted (its value is the card's), listed or not.
  const elsewhereCount = Math.max(elsewhere.length, card.mentionCount - 1);
  if (card.forums.length) {
    md.appendMarkdown(`**Forums then**\n\n`);
    for (const f of card.forums.slice(0, MAX_LIST)) md.appendMarkdown(`- ${link(f.item.name, f.article, f.item.mentions[0])}${f.item.date ? ` · ${esc(f.item.date)}` : ''}\n`);
    md.appendMarkdown(`${more(card.forumCount - Math.min(MAX_LIST, card.forums.length))}\n\n`);
  }
  if (elsewhere.length) {
    md.appendMarkdown(`**Also then** (${elsewhereCount})\n\n`);
    for (const m of elsewhere.slice(0, MAX_LIST)) {
      const entry = index.get(m.article);
      const sentence = entry?.article.sentences.find((s) => s.start <= m.item.start && m.item.start < s.end);
      const text = sentence ? entry!.article.text.slice(sentence.start, sentence.end) : m.item.text;
      md.appendMarkdown(`- ${link(truncate(text, 120), m.article, sentence ?? m.item)} — ${esc(articleLabel(m.article))}\n`);
    }
    md.appendMarkdown(`${more(elsewhereCount - Math.min(MAX_LIST, elsewhere.length))}\n\n`);
  }
  if (card.articles.length) {
    md.appendMarkdown(`**Articles dated then** ${card.articles.slice(0, MAX_LIST).map((a) => link(articleLabel(a.article), a.article, { start: 0, end: 0 })).join(', ')}\n`);
    md.appendMarkdown(`${more(card.articleCount - Math.min(MAX_LIST, card.articles.length))}\n`);
  }
  return md;
}

export function statementCardMarkdown(index: CorpusIndex, s: Statement, article: string): vscode.MarkdownString {
  const md = cardMarkdown();
  const speaker = s.speaker ? index.actorName(s.speaker) : 'unattributed';
  md.appendMarkdown(`**Statement** by **${esc(speaker)}**`);
  if (s.cue) md.appendMarkdown(` · “${esc(s.cue)}”`);
  md.appendMarkdown('\n\n');
  const forum = s.forum ? index.forumCard(s.forum) : undefined;
  if (forum) md.appendMarkdown(`At ${link(forum.forum.name, forum.mentions[0].article, forum.mentions[0].item)}${forum.forum.date ? ` · ${esc(forum.forum.date)}` : ''}\n\n`);
  const docDate = index.get(article)?.article.docDate;
  if (docDate) md.appendMarkdown(`Article dated ${docDate}\n\n`);
  if (s.speaker) {
    const others = index.actorCard(s.speaker, { articleLimit: 0, listLimit: MAX_LIST + 1 })?.statements.filter((o) => !(o.article === article && o.item.start === s.start)) ?? [];
    if (others.length) {
      md.appendMarkdown(`**Other statements by ${esc(speaker)}**\n\n`);
      for (const o of others.slice(0, MAX_LIST)) md.appendMarkdown(quoteLine(index, o, false) + '\n');
      md.appendMarkdown(`${more(others.length - MAX_LIST)}\n`);
    }
  }
  return md;
}

export function forumCardMarkdown(index: CorpusIndex, card: ForumCard): vscode.MarkdownString {
  const md = cardMarkdown();
  const f = card.forum;
  md.appendMarkdown(`**${esc(f.name)}**${f.status === 'planned' ? ' · planned' : ''}\n\n`);
  const facts: string[] = [];
  facts.push(`Date: ${f.date ? esc(f.date) : 'unknown'}`);
  if (f.place) facts.push(`Place: ${f.place === 'virtual' ? 'virtual' : esc(index.actorName(f.place))}`);
  if (f.host) facts.push(`Host: ${esc(index.actorName(f.host))}`);
  md.appendMarkdown(facts.join(' · ') + '\n\n');
  if (f.participants.length) md.appendMarkdown(`**Participants** ${f.participants.map((p) => esc(index.actorName(p))).join(', ')}\n\n`);
  if (card.statements.length) {
    md.appendMarkdown(`**Statements**\n\n`);
    for (const s of card.statements.slice(0, MAX_LIST)) md.appendMarkdown(quoteLine(index, s, true) + '\n');
    md.appendMarkdown(`${more(card.statements.length - MAX_LIST)}\n\n`);
  }
  md.appendMarkdown(`In ${card.articles.map((a) => esc(articleLabel(a))).join(', ')}\n`);
  return md;
}
