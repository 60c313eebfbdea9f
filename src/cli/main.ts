import { Command } from 'commander';
import { commandWord } from './command-word.ts';

/**
 * Each command's module, loaded only when that command runs: a command pulls in what it needs (the server,
 * the store, the extractors) and nothing else, so `sitrep places` does not load the HTTP API. Without a
 * known command (`sitrep --help`, a typo) every command is registered, for the help and the error.
 */
const COMMANDS: Readonly<Record<string, () => Promise<(program: Command) => void>>> = {
  extract: async () => (await import('./extract.ts')).registerExtract,
  eval: async () => (await import('./eval.ts')).registerEval,
  places: async () => (await import('./places.ts')).registerPlaces,
  gazetteer: async () => (await import('./gazetteer.ts')).registerGazetteer,
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  export: async () => (await import('./export.ts')).registerExport,
  incidents: async () => (await import('./incidents.ts')).registerIncidents,
  serve: async () => (await import('./serve.ts')).registerServe,
  users: async () => (await import('./users.ts')).registerUsers,
  tokens: async () => (await import('./tokens.ts')).registerTokens,
  worker: async () => (await import('./worker.ts')).registerWorker,
};

async function main(): Promise<void> {
  const program = new Command();
  program
    .name('sitrep')
    .description('Structured, sourced, geolocated records of conflict events and civilian harm')
    .option('--data-dir <dir>', 'data directory (env SITREP_HOME, default ./.sitrep)');
  const word = commandWord(process.argv.slice(2));
  const chosen = word !== null && Object.hasOwn(COMMANDS, word) ? [COMMANDS[word]!] : Object.values(COMMANDS);
  for (const load of chosen) (await load())(program);
  await program.parseAsync(process.argv);
}

main().catch((error: unknown) => {
  process.stderr.write(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
