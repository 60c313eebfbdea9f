/**
 * Throughput check for the dates extractor alone (not a test): node --import tsx src/extract/dates/benchmark.ts
 * Reports MB/s on generated report-like sentences and on hostile single lines, whose time must grow
 * linearly with their length.
 */
import { findDates } from './index.ts';

const OPENERS = ['On Thursday', 'Since late April', 'Two weeks ago', 'On 3 February 2022', 'Yesterday', 'Overnight', 'In March 2021', 'Last week'];
const SUBJECTS = ['regime forces', 'unidentified gunmen', 'the air force', 'militants of the 5th Army Corps', 'protesters', 'police'];
const VERBS = ['shelled', 'raided', 'marched on', 'attacked', 'besieged', 'gathered in'];
const PLACES = ['Kafr Nabudah', 'the town of Ariha', 'a market in Maarat', 'villages near Jisr al-Shughur', 'the capital'];
const TAILS = [
  'killing 12 civilians including 3 children.',
  'and local sources said 2020 soldiers may have been deployed at 1200 GMT.',
  'according to the monitor, which counted 350 deaths since 2011.',
  'after a march of about 400 people.',
  'wounding at least 27, the White Helmets said.',
];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

function corpus(bytes: number): string[] {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    // Only some sentences carry a date, as in real reports.
    const opener = i % 3 === 0 ? `${pick(OPENERS, i * 7)}, ` : '';
    const line = `${opener}${pick(SUBJECTS, i * 3)} ${pick(VERBS, i * 5)} ${pick(PLACES, i * 11)}, ${pick(TAILS, i * 13)}`;
    lines.push(line);
    size += line.length;
  }
  return lines;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function main(): void {
  const lines = corpus(20_000_000);
  const bytes = lines.reduce((sum, line) => sum + line.length, 0);
  time(() => lines.slice(0, 20_000).forEach((line) => findDates(line, 0, '2019-06-21')));
  let found = 0;
  const seconds = time(() => {
    for (const line of lines) found += findDates(line, 0, '2019-06-21').length;
  });
  console.log(`report-like: ${(bytes / 1e6).toFixed(1)} MB, ${found} mentions, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);

  const hostile: Record<string, (n: number) => string> = {
    'May May': (n) => 'May '.repeat(n / 4),
    digits: (n) => '7'.repeat(n),
    'spaced digits': (n) => '12 '.repeat(n / 3),
    'Thursday night': (n) => 'last Thursday '.repeat(n / 14),
    'dates': (n) => '3 March 2019 to '.repeat(n / 16),
    spaces: (n) => `3${' '.repeat(n)}March`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    const small = make(1_000_000);
    const large = make(5_000_000);
    const a = time(() => findDates(small, 0, '2019-06-21'));
    const b = time(() => findDates(large, 0, '2019-06-21'));
    console.log(`${name}: 1 MB ${a.toFixed(3)} s, 5 MB ${b.toFixed(3)} s (ratio ${(b / a).toFixed(1)}, linear is ~5)`);
  }
}

main();
