import { afterEach, describe, expect, it } from 'vitest';
import type { JobHandler, JobQueue, JobState, JobStatus, RetryPolicy } from './job-queue.ts';

/**
 * One contract for every engine behind the job queue port. `place()` makes a fresh, empty place (a file, a
 * schema) and gives the opener of a queue there; opening it again opens the same jobs.
 */
export type QueuePlace = () => (retry: RetryPolicy) => Promise<JobQueue>;

const QUICK_RETRY: RetryPolicy = { maxAttempts: 2, backoffSeconds: 1 };
const SETTLED: readonly JobState[] = ['done', 'failed'];

export function describeJobQueueContract(name: string, place: QueuePlace): void {
  describe(`JobQueue contract: ${name}`, () => {
    const opened: JobQueue[] = [];
    const fresh = async (open = place()) => {
      const queue = await open(QUICK_RETRY);
      opened.push(queue);
      return queue;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((q) => q.close()));
    });

    it('hands out one id per job, in order, and keeps them queued until a worker comes', async () => {
      const queue = await fresh();
      const ids = await queue.enqueue([{ payload: { n: 1 } }, { payload: { n: 2 } }, { payload: { n: 3 } }]);
      expect(new Set(ids).size).toBe(3);
      for (const id of ids) expect(await queue.get(id)).toMatchObject({ id, state: 'queued', attempts: 0, result: null, error: null });
      expect(await queue.counts()).toEqual({ queued: 3, active: 0, retry: 0, done: 0, failed: 0 });
    });

    it('knows no job for ids it never handed out', async () => {
      const queue = await fresh();
      await queue.enqueue([{ payload: { n: 1 } }]);
      for (const id of ['999999', '0', 'not-an-id', '3f0c4e1a-8b7d-4c2e-9a6f-1d2b3c4d5e6f', '']) expect(await queue.get(id)).toBeNull();
    });

    it('runs each job once and keeps its result', async () => {
      const queue = await fresh();
      const ids = await queue.enqueue([{ payload: { n: 2 } }, { payload: { n: 5 } }]);
      const seen: unknown[] = [];
      await queue.work(async (job) => {
        seen.push(job.payload);
        return { ok: true, result: { doubled: (job.payload as { n: number }).n * 2, attempt: job.attempt } };
      });
      const [a, b] = await settle(queue, ids);
      expect(a).toMatchObject({ state: 'done', attempts: 1, result: { doubled: 4, attempt: 1 }, error: null });
      expect(b).toMatchObject({ state: 'done', result: { doubled: 10, attempt: 1 } });
      expect(seen).toHaveLength(2);
      expect(await queue.counts()).toEqual({ queued: 0, active: 0, retry: 0, done: 2, failed: 0 });
    });

    it('records a job the handler settles as failed, with its message, and never runs it again', async () => {
      const queue = await fresh();
      const [id] = await queue.enqueue([{ payload: { bad: true } }]);
      let runs = 0;
      await queue.work(async () => {
        runs += 1;
        return { ok: false, message: 'report.jsonl:7: not valid JSON' };
      });
      const [status] = await settle(queue, [id!]);
      expect(status).toMatchObject({ state: 'failed', attempts: 1, result: null, error: 'report.jsonl:7: not valid JSON' });
      expect(runs).toBe(1);
      expect((await queue.counts()).failed).toBe(1);
    });

    it('retries a job whose run threw, after a delay, and counts the attempts', async () => {
      const queue = await fresh();
      const [id] = await queue.enqueue([{ payload: { flaky: true } }]);
      const attempts: number[] = [];
      await queue.work(async (job) => {
        attempts.push(job.attempt);
        if (job.attempt === 1) throw new Error('connection reset');
        return { ok: true, result: 'second time lucky' };
      });
      const [status] = await settle(queue, [id!]);
      expect(status).toMatchObject({ state: 'done', attempts: 2, result: 'second time lucky' });
      expect(attempts).toEqual([1, 2]);
    });

    it('gives up after the last attempt and says why', async () => {
      const queue = await fresh();
      const [id] = await queue.enqueue([{ payload: { down: true } }]);
      let runs = 0;
      await queue.work(async () => {
        runs += 1;
        throw new Error('503 from the server');
      });
      const [status] = await settle(queue, [id!]);
      expect(status!.state).toBe('failed');
      expect(status!.error).toContain('503 from the server');
      expect(runs).toBe(QUICK_RETRY.maxAttempts);
    });

    it('holds as many jobs at once as the concurrency allows', async () => {
      const queue = await fresh();
      const ids = await queue.enqueue([{ payload: 1 }, { payload: 2 }]);
      const started = gate(2);
      await queue.work(
        async () => {
          // Each run waits until both have started: with one job at a time this never happens.
          started.arrive();
          return { ok: true, result: (await started.all) ? 'together' : 'alone' };
        },
        { concurrency: 2 },
      );
      const statuses = await settle(queue, ids);
      expect(statuses.map((s) => s.result)).toEqual(['together', 'together']);
    });

    it('lets the job in hand finish when closed', async () => {
      const open = place();
      const queue = await open(QUICK_RETRY);
      const [id] = await queue.enqueue([{ payload: { slow: true } }]);
      const running = gate(1);
      let finished = false;
      const handler: JobHandler = async () => {
        running.arrive();
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
        return { ok: true, result: 'finished' };
      };
      await queue.work(handler);
      await running.all;
      await queue.close();
      expect(finished).toBe(true);
      const again = await fresh(open);
      expect(await again.get(id!)).toMatchObject({ state: 'done', result: 'finished' });
    });
  });
}

/** Polls until every job is settled; the test's own timeout bounds the wait. */
async function settle(queue: JobQueue, ids: readonly string[]): Promise<JobStatus[]> {
  for (;;) {
    const statuses = await Promise.all(ids.map((id) => queue.get(id)));
    if (statuses.every((s) => s !== null && SETTLED.includes(s.state))) return statuses as JobStatus[];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves `all` with true once `n` arrivals happened, or false after 20 s. */
function gate(n: number) {
  let count = 0;
  let open!: (value: boolean) => void;
  const all = new Promise<boolean>((resolve) => {
    open = resolve;
    setTimeout(() => resolve(false), 20_000).unref();
  });
  return {
    all,
    arrive() {
      count += 1;
      if (count >= n) open(true);
    },
  };
}
