import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../geo/gazetteer-cache.ts';
import { prepareDataDirGazetteer } from '../geo/data-dir-gazetteer.ts';
import { gazetteerDir, rebuildImportIndex } from '../geo/gazetteer-imports.ts';
import { guessFormat, importGazetteerFile, IMPORT_FORMATS, type ImportFormat, type ImportReport } from '../geo/import-file.ts';
import { loadIso3166Directory } from '../geo/iso3166-directory.ts';
import { dataDirOf } from './open-reader.ts';

export const DEFAULT_GEONAMES_URL = 'https://download.geonames.org/export/dump/{CC}.zip';
const SHOWN_PROBLEMS = 20;

interface ImportOptions {
  readonly format?: string;
  readonly country?: string;
}

function countryOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z]{2}$/.test(value)) throw new Error(`--country expects a two-letter ISO code, not "${value}"`);
  return value.toUpperCase();
}

function formatOf(file: string, option: string | undefined): ImportFormat {
  const format = option ?? guessFormat(file);
  if (format === null) throw new Error(`${file}: cannot tell the format from the name; give --format ${IMPORT_FORMATS.join('|')}`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`--format ${format}: expected one of ${IMPORT_FORMATS.join(', ')}`);
  return format as ImportFormat;
}

/** One summary line on stdout; the bad rows on stderr, named by file and line; exit code 2 when there were any. */
function report(result: ImportReport): void {
  const what = result.format === 'boundaries' ? `${result.units} boundary unit(s)` : `${result.places} place(s), ${result.units} admin unit(s)`;
  process.stdout.write(`${result.file}: imported ${what} (${result.format})${result.problems.length > 0 ? `; ${result.problems.length} bad row(s) skipped` : ''}\n`);
  for (const problem of result.problems.slice(0, SHOWN_PROBLEMS)) {
    process.stderr.write(`sitrep gazetteer: ${result.file}${problem.line > 0 ? `:${problem.line}` : ''}: ${problem.message}\n`);
  }
  if (result.problems.length > SHOWN_PROBLEMS) process.stderr.write(`sitrep gazetteer: ${result.file}: ... and ${result.problems.length - SHOWN_PROBLEMS} more\n`);
  if (result.problems.length > 0) process.exitCode = 2;
}

/** The download address for a country: `{CC}` in the template is replaced; a template ending in "/" gets "CC.zip". */
export function geonamesUrl(template: string, country: string): string {
  if (template.includes('{CC}')) return template.replaceAll('{CC}', country);
  return template.endsWith('/') ? `${template}${country}.zip` : template;
}

export function registerGazetteer(program: Command): void {
  const gazetteer = program.command('gazetteer').description('add places and admin boundaries to the data directory\'s gazetteer');
  gazetteer
    .command('import')
    .description('import OCHA community tables, GeoNames country dumps or admin boundary polygons (GeoJSON/TopoJSON, .gz)')
    .argument('<files...>', 'files to import')
    .option('--format <format>', `${IMPORT_FORMATS.join(' | ')} (default: from the file name)`)
    .option('--country <CC>', 'ISO 3166-1 alpha-2 country of the rows, when the file does not say')
    .action((files: string[], options: ImportOptions, command: Command) => {
      const dataDir = dataDirOf(command.optsWithGlobals<{ dataDir?: string }>());
      const country = countryOption(options.country);
      const directory = loadIso3166Directory();
      for (const file of files) report(importGazetteerFile(dataDir, file, formatOf(file, options.format), directory, country));
      // Every place put in the imported polygons now, once, rather than by the first command that reads them.
      prepareDataDirGazetteer(dataDir);
    });
  gazetteer
    .command('fetch')
    .description('download a GeoNames country dump and import it')
    .argument('<CC>', 'ISO 3166-1 alpha-2 country code')
    .option('--url <template>', `download address, {CC} replaced by the code (env SITREP_GEONAMES_URL; default ${DEFAULT_GEONAMES_URL})`)
    .action(async (code: string, options: { url?: string }, command: Command) => {
      const dataDir = dataDirOf(command.optsWithGlobals<{ dataDir?: string }>());
      const country = countryOption(code)!;
      const url = geonamesUrl(options.url ?? process.env.SITREP_GEONAMES_URL ?? DEFAULT_GEONAMES_URL, country);
      const response = await fetch(url).catch((error: unknown) => {
        throw new Error(`fetch ${url}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
      });
      if (!response.ok) throw new Error(`fetch ${url}: HTTP ${response.status} ${response.statusText}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      // The download is kept beside the imports: what was imported can be checked and imported again offline.
      const downloads = join(gazetteerDir(dataDir), 'downloads');
      mkdirSync(downloads, { recursive: true });
      const name = url.toLowerCase().endsWith('.zip') || bytes.readUInt32LE(0) === 0x04034b50 ? `${country}.zip` : `${country}.txt`;
      writeAtomically(join(downloads, name), bytes);
      report(importGazetteerFile(dataDir, join(downloads, name), 'geonames', loadIso3166Directory(), country, bytes));
      prepareDataDirGazetteer(dataDir);
    });
  gazetteer
    .command('rebuild')
    .description("rebuild the index over every stored import (done by itself when sitrep's name keys change)")
    .action((_options: unknown, command: Command) => {
      const dataDir = dataDirOf(command.optsWithGlobals<{ dataDir?: string }>());
      const pointer = rebuildImportIndex(dataDir);
      prepareDataDirGazetteer(dataDir);
      process.stdout.write(`indexed ${pointer.places} imported place(s) from ${pointer.imports.length} import(s)\n`);
    });
}
