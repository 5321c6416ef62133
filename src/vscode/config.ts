import * as vscode from 'vscode';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../core/decode';

export type HighlightKind = 'person' | 'state' | 'demonym' | 'organization' | 'group' | 'place' | 'date' | 'statement' | 'forum';

export interface DossierConfig {
  articles: string[];
  maxArticleSize: number;
  highlight: Record<HighlightKind, boolean>;
  followCursor: boolean;
  cacheExtractions: boolean;
}

const HIGHLIGHT_KINDS: HighlightKind[] = ['person', 'state', 'demonym', 'organization', 'group', 'place', 'date', 'statement', 'forum'];

export function readConfig(scope?: vscode.ConfigurationScope): DossierConfig {
  const c = vscode.workspace.getConfiguration('dossier', scope);
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) highlight[k] = c.get<boolean>(`highlight.${k}`, true);
  return {
    articles: c.get<string[]>('articles', ['seeds/**/*.txt', 'articles/**/*.txt']).filter((g) => typeof g === 'string' && g.length > 0),
    maxArticleSize: c.get<number>('maxArticleSize', DEFAULT_MAX_ARTICLE_BYTES),
    highlight,
    followCursor: c.get<boolean>('sidebar.followCursor', true),
    cacheExtractions: c.get<boolean>('cacheExtractions', true),
  };
}
