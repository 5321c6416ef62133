import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from './core/corpusIndex';
import { KnowledgeBase } from './core/knowledge';
import { readArticleFile, collectArticleFiles, writeFileAtomic } from './node/files';

const USAGE = `usage: dossier extract <files or folders...> --out DIR [--format json]

  extract   writes one JSON per article in the annotation guideline's format
            (000_name.txt -> 000_name.json). Unreadable or binary files are reported and skipped.`;

interface Options {
  command: string;
  inputs: string[];
  out: string | null;
  format: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { command: argv[0] ?? '', inputs: [], out: null, format: 'json' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i] ?? null;
    else if (a === '--format') opts.format = argv[++i] ?? '';
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  return opts;
}

class UsageError extends Error {}

export function main(argv: string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`dossier: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.command === '--help' || opts.command === 'help' || opts.command === '') {
    console.log(USAGE);
    return opts.command === '' ? 2 : 0;
  }
  if (opts.command !== 'extract') {
    console.error(`dossier: unknown command '${opts.command}'\n${USAGE}`);
    return 2;
  }
  if (!opts.out || opts.inputs.length === 0) {
    console.error(`dossier: extract needs input files or folders and --out DIR\n${USAGE}`);
    return 2;
  }
  if (opts.format !== 'json') {
    console.error(`dossier: unknown format '${opts.format}' (known: json)`);
    return 2;
  }
  return extractCommand(opts.inputs, opts.out);
}

// Exit codes: 0 all read; 1 some input could not be read (the rest is written) or nothing to do; 2 usage.
function extractCommand(inputs: string[], out: string): number {
  let skipped = 0;
  let unreadable = 0;
  const { files, missing } = collectArticleFiles(inputs);
  for (const m of missing) {
    console.error(`dossier: cannot read ${m.path}: ${m.reason}`);
    unreadable++;
  }
  if (files.length === 0) {
    console.error(`dossier: no article files (*.txt) in ${inputs.join(', ')}`);
    return 1;
  }
  const index = new CorpusIndex(KnowledgeBase.default());
  for (const file of files) {
    const read = readArticleFile(file);
    if (!read.ok) {
      console.error(`dossier: skipped ${file}: ${read.reason}`);
      if (read.reason.startsWith('unreadable')) unreadable++;
      else skipped++;
      continue;
    }
    if (read.note) console.error(`dossier: ${file}: ${read.note}`);
    const name = path.basename(file);
    if (index.has(name)) {
      console.error(`dossier: skipped ${file}: another input is also named ${name}`);
      skipped++;
      continue;
    }
    index.set(name, read.text);
  }
  try {
    fs.mkdirSync(out, { recursive: true });
  } catch (e) {
    console.error(`dossier: cannot create output folder ${out}: ${(e as Error).message}`);
    return 1;
  }
  let written = 0;
  for (const name of index.articleNames()) {
    const annotations = index.annotations(name);
    if (!annotations) continue;
    const target = path.join(out, name.replace(/\.[^.]*$/, '') + '.json');
    try {
      writeFileAtomic(target, JSON.stringify(annotations, null, 1) + '\n');
      written++;
    } catch (e) {
      console.error(`dossier: cannot write ${target}: ${(e as Error).message}`);
      return 1;
    }
  }
  const notes = [skipped && `skipped ${skipped}`, unreadable && `could not read ${unreadable}`].filter(Boolean).join(', ');
  console.log(`dossier: wrote ${written} article(s) to ${out}${notes ? `; ${notes}` : ''}`);
  return unreadable ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
