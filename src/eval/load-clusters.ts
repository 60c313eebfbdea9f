import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Document } from '../core/document.ts';
import { readInputs } from '../ingest/read-input.ts';

/** clusters.json: a list of incidents, each the list of report files that describe it. */
const ClustersSchema = z.array(z.array(z.string().min(1)).min(1)).min(1);

export interface ClusterCase {
  readonly clusters: string[][];
  /** Each report of the clusters, read from the articles folder, under its file name. */
  readonly reports: { readonly name: string; readonly doc: Document }[];
}

/** Reads the gold clusters and their reports; any problem names the file and what is wrong with it. */
export async function loadClusterCase(clustersFile: string, articlesDir: string): Promise<ClusterCase> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(clustersFile, 'utf8'));
  } catch (error) {
    throw new Error(`${clustersFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ClustersSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${clustersFile}: at ${issue.path.join('.') || 'top level'}: ${issue.message} (expected a list of lists of report file names)`);
  }
  const names = [...new Set(parsed.data.flat())];
  const reports: { name: string; doc: Document }[] = [];
  for (const name of names) {
    for await (const result of readInputs([join(articlesDir, name)])) {
      if (!result.ok) throw new Error(`${result.file}${result.line ? `:${result.line}` : ''}: ${result.message}`);
      reports.push({ name: basename(name), doc: result.doc });
    }
  }
  return { clusters: parsed.data.map((c) => c.map((n) => basename(n))), reports };
}
