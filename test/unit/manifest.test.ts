// package.json is part of the product: every path it names exists, every command has a category,
// every view-only command is hidden from the palette, every setting is in a titled section.
// (That every contributed command is registered is checked in the real host: test/integration.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = pkg.contributes;

describe('package.json', () => {
  it('names only files that exist', () => {
    const paths = [
      ...c.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
    ];
    for (const p of paths) assert.ok(fs.existsSync(path.join(root, p)), `${p} exists`);
  });

  it('has entry points that the build produces', () => {
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
    const esbuild = fs.readFileSync(path.join(root, 'esbuild.js'), 'utf8');
    for (const out of [pkg.main, pkg.browser]) assert.ok(esbuild.includes(`'${out.replace('./', '')}'`), `esbuild.js writes ${out}`);
  });

  it('gives every command a category and hides view-only commands from the palette', () => {
    const hidden = new Set((c.menus.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const cmd of c.commands) {
      assert.strictEqual(cmd.category, 'Dossier', `${cmd.command} has the Dossier category`);
      if (cmd.command === 'dossier.openLocation') assert.ok(hidden.has(cmd.command), 'openLocation takes arguments: hidden from the palette');
    }
    const declared = new Set(c.commands.map((x: { command: string }) => x.command));
    const submenus = new Set((c.submenus ?? []).map((x: { id: string }) => x.id));
    for (const [menu, items] of Object.entries(c.menus) as [string, { command?: string; submenu?: string }[]][]) {
      if (!menu.includes('/') && !menu.startsWith('commandPalette')) assert.ok(submenus.has(menu), `menu ${menu} is a declared submenu`);
      for (const item of items) {
        if (item.submenu) assert.ok(submenus.has(item.submenu), `${menu} refers to a declared submenu: ${item.submenu}`);
        else assert.ok(declared.has(item.command!), `${menu} refers to a declared command: ${item.command}`);
      }
    }
  });

  it('puts every setting in a titled section', () => {
    for (const section of c.configuration) {
      assert.ok(section.title, 'section has a title');
      for (const [key, prop] of Object.entries(section.properties) as [string, { description?: string; markdownDescription?: string }][]) {
        assert.ok(key.startsWith('dossier.'), key);
        assert.ok(prop.description || prop.markdownDescription, `${key} is described`);
      }
    }
  });

  it('maps every semantic token type to TextMate scopes, so every theme colours it', () => {
    const scopes = c.semanticTokenScopes[0].scopes;
    for (const t of c.semanticTokenTypes) assert.ok(scopes[t.id]?.length, `${t.id} has a scope fallback`);
  });

  it('declares its behaviour in untrusted and virtual workspaces', () => {
    assert.ok(pkg.capabilities.untrustedWorkspaces.supported !== undefined);
    assert.ok(pkg.capabilities.virtualWorkspaces !== undefined);
  });

  it('declares an engine no newer than its @types/vscode', () => {
    const engine = pkg.engines.vscode.replace(/^\^/, '');
    assert.strictEqual(pkg.devDependencies['@types/vscode'], engine);
  });
});
