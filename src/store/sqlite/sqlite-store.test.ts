import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEventStoreContract } from '../store.contract.ts';
import { testDocument, testEvent } from '../store-fixtures.ts';
import Database from 'better-sqlite3';
import { describeVersion1Upgrade } from '../version-1-upgrade.contract.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { sqliteConnection } from './sqlite-connection.ts';
import { SQLITE_DIALECT } from './sqlite-dialect.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEventStoreContract('SQLite (temp file)', (now) => openSqliteStore({ file: join(dir, `store-${(n += 1)}.db`), now }));
// The small fixtures always let a narrowing filter drive and list the others' sets; this runs every query
// on an ordered index, each filter checked per row, instead, and the map, timeline and counts in SQL
// rather than from the in-memory snapshot.
describeEventStoreContract('SQLite, ordered plans only, no snapshot', (now) => openSqliteStore({ file: join(dir, `store-${(n += 1)}.db`), now, driveBelow: 0, listBelow: 0, snapshotMaxEvents: 0 }));

describeVersion1Upgrade('SQLite', async () => {
  const file = join(dir, `legacy-${(n += 1)}.db`);
  return {
    connect: async (only1) => sqliteConnection(new Database(file), only1(SQLITE_DIALECT)),
    reopen: () => openSqliteStore({ file }),
  };
});

describe('SQLite file', () => {
  it('keeps its data and migrates once across reopenings', async () => {
    const file = join(dir, 'reopen.db');
    const first = await openSqliteStore({ file });
    await first.putDocument(testDocument('d', 'Text.'), [testEvent('d', 1)]);
    await first.close();
    const second = await openSqliteStore({ file });
    expect(await second.getEvent('d#1')).not.toBeNull();
    expect((await second.summarise()).events).toBe(1);
    await second.close();
  });
});
