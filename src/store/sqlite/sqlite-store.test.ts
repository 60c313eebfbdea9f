import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEventStoreContract } from '../store.contract.ts';
import { testDocument, testEvent } from '../store-fixtures.ts';
import { openSqliteStore } from './open-sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEventStoreContract('SQLite (temp file)', (now) => openSqliteStore({ file: join(dir, `store-${(n += 1)}.db`), now }));

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
