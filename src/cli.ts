import * as fs from 'fs';
import * as path from 'path';
import { CURATION_FOLDER } from './core/curation';
import { CorpusIndex } from './core/corpusIndex';
import { buildExportCorpus, EXPORT_FORMATS, exportFiles, isExportFormat, type ExtractedArticle } from './core/export';
import { KnowledgeBase } from './core/knowledge';
import { formatProblem, readCurationFolder } from './node/curationFiles';
import { readArticleFile, collectArticleFiles, writeFileAtomic } from './node/files';
import { DEFAULT_MAX_ARTICLE_BYTES } from './core/decode';

const USAGE = `usage: dossier extract <files or folders...> --out DIR [--format json] [--max-size MB]
       dossier export <folder> --format ${EXPORT_FORMATS.join('|')} --out DIR [--curation DIR] [--max-size MB]

  extract   writes one JSON per article in the annotation guideline's format
            (000_name.txt -> 000_name.json). Unreadable or binary files are reported and skipped.
  export    applies the curation in <folder>/.dossier (or --curation DIR, whose parent folder
            the annotation targets are relative to) and writes the articles as
              json  one guideline JSON per article
              csv   actors.csv, mentions.csv, dates.csv, statements.csv, forums.csv, notes.csv
              brat  a .txt and a standoff .ann per article, and annotation.conf
              w3c   annotations.jsonld, a W3C Web Annotation collection
  --max-size  files larger than this many megabytes are skipped with a message
            (default ${DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024)}, as the dossier.maxArticleSize setting)`;

interface Options {
  command: string;
  inputs: string[];
  out: string | null;
  format: string;
  curation: string | null;
  maxBytes: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { command: argv[0] ?? '', inputs: [], out: null, format: 'json', curation: null, maxBytes: DEFAULT_MAX_ARTICLE_BYTES };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i] ?? null;
    else if (a === '--format') opts.format = argv[++i] ?? '';
    else if (a === '--curation' && opts.command === 'export') opts.curation = argv[++i] ?? null;
    else if (a === '--max-size') {
      const mb = Number(argv[++i]);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size needs a positive number of megabytes, not ${argv[i] ?? 'nothing'}`);
      opts.maxBytes = Math.round(mb * 1024 * 1024);
    }
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
  if (opts.command === 'extract') {
    if (!opts.out || opts.inputs.length === 0) {
      console.error(`dossier: extract needs input files or folders and --out DIR\n${USAGE}`);
      return 2;
    }
    if (opts.format !== 'json') {
      console.error(`dossier: unknown format '${opts.format}' (known: json)`);
      return 2;
    }
    return extractCommand(opts.inputs, opts.out, opts.maxBytes);
  }
  if (opts.command === 'export') {
    if (!opts.out || opts.inputs.length !== 1) {
      console.error(`dossier: export needs one folder and --out DIR\n${USAGE}`);
      return 2;
    }
    if (!isExportFormat(opts.format)) {
      console.error(`dossier: unknown format '${opts.format}' (known: ${EXPORT_FORMATS.join(', ')})`);
      return 2;
    }
    return exportCommand(opts.inputs[0], opts.format, opts.out, opts.curation, opts.maxBytes);
  }
  console.error(`dossier: unknown command '${opts.command}'\n${USAGE}`);
  return 2;
}

interface ReadCorpus {
  index: CorpusIndex;
  /** Article name -> the file it was read from. */
  files: Map<string, string>;
  skipped: number;
  unreadable: number;
}

/** Reads and extracts the articles of the inputs, reporting what cannot be read; null when there is nothing. */
function readCorpus(inputs: string[], maxBytes: number): ReadCorpus | null {
  const corpus: ReadCorpus = { index: new CorpusIndex(KnowledgeBase.default()), files: new Map(), skipped: 0, unreadable: 0 };
  const { files, missing } = collectArticleFiles(inputs);
  for (const m of missing) {
    console.error(`dossier: cannot read ${m.path}: ${m.reason}`);
    corpus.unreadable++;
  }
  if (files.length === 0) {
    console.error(`dossier: no article files (*.txt) in ${inputs.join(', ')}`);
    return null;
  }
  for (const file of files) {
    const read = readArticleFile(file, maxBytes);
    if (!read.ok) {
      console.error(`dossier: skipped ${file}: ${read.reason}`);
      if (read.reason.startsWith('unreadable')) corpus.unreadable++;
      else corpus.skipped++;
      continue;
    }
    if (read.note) console.error(`dossier: ${file}: ${read.note}`);
    const name = path.basename(file);
    if (corpus.index.has(name)) {
      console.error(`dossier: skipped ${file}: another input is also named ${name}`);
      corpus.skipped++;
      continue;
    }
    corpus.index.set(name, read.text);
    corpus.files.set(name, file);
  }
  return corpus;
}

function makeFolder(out: string): boolean {
  try {
    fs.mkdirSync(out, { recursive: true });
    return true;
  } catch (e) {
    console.error(`dossier: cannot create output folder ${out}: ${(e as Error).message}`);
    return false;
  }
}

function summary(corpus: ReadCorpus): string {
  const notes = [corpus.skipped && `skipped ${corpus.skipped}`, corpus.unreadable && `could not read ${corpus.unreadable}`].filter(Boolean).join(', ');
  return notes ? `; ${notes}` : '';
}

// Exit codes: 0 all read; 1 some input could not be read (the rest is written) or nothing to do; 2 usage.
function extractCommand(inputs: string[], out: string, maxBytes: number): number {
  const corpus = readCorpus(inputs, maxBytes);
  if (!corpus) return 1;
  if (!makeFolder(out)) return 1;
  let written = 0;
  for (const name of corpus.index.articleNames()) {
    const annotations = corpus.index.annotations(name);
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
  console.log(`dossier: wrote ${written} article(s) to ${out}${summary(corpus)}`);
  return corpus.unreadable ? 1 : 0;
}

/** Forward-slash path of `file` relative to `root`, as annotation targets name articles. */
function relativeSource(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

// Exit codes as extract; also 1 when a curation file cannot be read (nothing is written then).
function exportCommand(folder: string, format: (typeof EXPORT_FORMATS)[number], out: string, curationOption: string | null, maxBytes: number): number {
  let isFolder = false;
  try {
    isFolder = fs.statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) {
    console.error(`dossier: export needs a folder of articles: ${folder} is not one`);
    return 1;
  }
  const curationDir = curationOption ?? path.join(folder, CURATION_FOLDER);
  if (curationOption && !fs.existsSync(curationOption)) {
    console.error(`dossier: no curation folder ${curationOption}`);
    return 1;
  }
  const read = readCurationFolder(curationDir);
  for (const { file, problems } of read.problems) for (const p of problems) console.error(`dossier: ${formatProblem(file, p)}`);
  if (read.failed) {
    console.error(`dossier: the curation in ${curationDir} cannot be read; fix it and export again (nothing written)`);
    return 1;
  }
  const corpus = readCorpus([folder], maxBytes);
  if (!corpus) return 1;
  const root = path.dirname(path.resolve(curationDir));
  const extracted: ExtractedArticle[] = [];
  for (const name of corpus.index.articleNames()) {
    const annotations = corpus.index.annotations(name);
    const file = corpus.files.get(name)!;
    if (!annotations) continue;
    extracted.push({
      source: relativeSource(root, path.resolve(file)),
      path: relativeSource(path.resolve(folder), path.resolve(file)).replace(/\.[^./]*$/, ''),
      text: corpus.index.get(name)!.article.text,
      annotations,
    });
  }
  const exported = buildExportCorpus(extracted, read.curation, corpus.index.kb);
  for (const a of exported.articles) {
    for (const o of a.orphans) console.error(`dossier: ${a.source}: annotation ${o.id} is orphaned: ${o.reason}`);
    for (const p of a.problems) console.error(`dossier: ${a.source}: annotation ${p.id}: ${p.message}`);
  }
  if (!makeFolder(out)) return 1;
  const files = exportFiles(exported, format);
  for (const f of files) {
    const target = path.join(out, ...f.path.split('/'));
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      writeFileAtomic(target, f.content);
    } catch (e) {
      console.error(`dossier: cannot write ${target}: ${(e as Error).message}`);
      return 1;
    }
  }
  console.log(`dossier: exported ${exported.articles.length} article(s) as ${format} to ${out} (${files.length} file(s))${summary(corpus)}`);
  return corpus.unreadable ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
