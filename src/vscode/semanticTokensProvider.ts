import * as vscode from 'vscode';
import { flattenSpans } from '../core/spans';
import type { ActorKind, Span } from '../core/types';
import type { ArticleWorkspace } from './articleWorkspace';
import type { DossierConfig, HighlightKind } from './config';

// Token types and modifiers as contributed in package.json (semanticTokenTypes / semanticTokenScopes).
const TOKEN_TYPES = ['person', 'state', 'demonym', 'organization', 'armedGroup', 'place', 'date', 'statement', 'forum'] as const;
const TOKEN_MODIFIERS = ['speaker', 'unresolved'] as const;
export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const ACTOR_TOKEN: Record<ActorKind, (typeof TOKEN_TYPES)[number]> = {
  person: 'person',
  state: 'state',
  demonym: 'demonym',
  organization: 'organization',
  group: 'armedGroup',
  place: 'place',
};

interface Token extends Span {
  type: number;
  modifiers: number;
}

/** Actors by kind, dates, statements and forum mentions as semantic tokens; a setting turns each kind off. */
export class DossierSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly config: () => DossierConfig,
  ) {}

  /** Asks the editor to fetch tokens again (after a settings change or an index change elsewhere). */
  refresh(): void {
    this.changed.fire();
  }

  provideDocumentSemanticTokens(doc: vscode.TextDocument): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(legend);
    const entry = this.workspace.fresh(doc);
    // A large article's new text is still being extracted: the editor keeps the tokens it has (moved with the edits).
    if (!entry && this.workspace.isExtracting(doc)) throw new vscode.CancellationError();
    if (!entry) return builder.build();
    const on = this.config().highlight;
    const a = entry.annotations;
    const speakers = new Set(a.statements.map((s) => s.speaker));
    const tokens: Token[] = [];
    const push = (kind: HighlightKind, type: (typeof TOKEN_TYPES)[number], span: Span, modifiers = 0) => {
      if (on[kind]) tokens.push({ start: span.start, end: span.end, type: TOKEN_TYPES.indexOf(type), modifiers });
    };
    // Statements first: actors and dates inside a quotation are pushed after and split it.
    for (const s of a.statements) push('statement', 'statement', s);
    for (const f of a.forums) for (const m of f.mentions) push('forum', 'forum', m);
    for (const m of a.actors) push(m.kind, ACTOR_TOKEN[m.kind], m, speakers.has(m.id) ? 1 : 0);
    for (const d of a.dates) push('date', 'date', d, d.value === null ? 2 : 0);
    for (const t of flattenSpans(tokens)) emit(builder, doc, t);
    return builder.build();
  }
}

/** Semantic tokens live on one line: split a span that crosses line breaks. */
function emit(builder: vscode.SemanticTokensBuilder, doc: vscode.TextDocument, t: Token): void {
  const start = doc.positionAt(t.start);
  const end = doc.positionAt(t.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : doc.lineAt(line).text.length;
    if (to > from) builder.push(line, from, to - from, t.type, t.modifiers);
  }
}
