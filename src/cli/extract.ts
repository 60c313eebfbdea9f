import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the events of each report, without touching any database')
    .argument('<files...>', 'report files (text, HTML, or JSONL with --input jsonl)')
    .option('--published <date>', 'publication date YYYY-MM-DD')
    .option('--source <name>', 'the outlet')
    .option('--format <format>', 'json | jsonl', 'json')
    .option('--input <kind>', 'text | html | jsonl')
    .option('--explain', 'show why each value was chosen')
    .action(() => {
      throw new Error('extract: not built yet');
    });
}
