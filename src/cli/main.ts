import { Command } from 'commander';
import { registerEval } from './eval.ts';
import { registerExport } from './export.ts';
import { registerExtract } from './extract.ts';
import { registerIncidents } from './incidents.ts';
import { registerGazetteer } from './gazetteer.ts';
import { registerIngest } from './ingest.ts';
import { registerPlaces } from './places.ts';
import { registerServe } from './serve.ts';
import { registerTokens } from './tokens.ts';
import { registerUsers } from './users.ts';
import { registerWorker } from './worker.ts';

const program = new Command();
program
  .name('sitrep')
  .description('Structured, sourced, geolocated records of conflict events and civilian harm')
  .option('--data-dir <dir>', 'data directory (env SITREP_HOME, default ./.sitrep)');

registerExtract(program);
registerEval(program);
registerPlaces(program);
registerGazetteer(program);
registerIngest(program);
registerExport(program);
registerIncidents(program);
registerServe(program);
registerUsers(program);
registerTokens(program);
registerWorker(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
