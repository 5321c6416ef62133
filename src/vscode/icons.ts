import * as vscode from 'vscode';
import type { ActorKind } from '../core/types';

const ICON: Record<ActorKind, [string, string]> = {
  person: ['person', 'dossier.person'],
  state: ['globe', 'dossier.state'],
  demonym: ['globe', 'dossier.state'],
  organization: ['organization', 'dossier.organization'],
  group: ['shield', 'dossier.group'],
  place: ['location', 'dossier.place'],
};

/** A theme icon in the kind's contributed colour, so every theme (including high contrast) can restyle it. */
export function actorIcon(kind: ActorKind | undefined): vscode.ThemeIcon {
  const [icon, color] = ICON[kind ?? 'person'];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}
