/**
 * How a worker takes jobs from an engine's atomic claim: `concurrency` lanes, each claiming one job, running
 * it to the end and claiming the next at once, resting `pollMs` only when there is none. (plainjob has no
 * runner of its own; pg-boss 10's rests a whole polling interval after every job, two jobs a second at most.) `stop` lets every lane finish the job in hand and resolves once they all have.
 */
export interface ClaimLoopOptions<T> {
  readonly claim: () => T | null | Promise<T | null>;
  readonly run: (job: T) => Promise<void>;
  readonly concurrency: number;
  readonly pollMs: number;
  /** A fault in claiming or running (a bug, a closed database); the lane rests and goes on. */
  readonly onError: (error: unknown) => void;
}

export function startClaimLoop<T>(options: ClaimLoopOptions<T>): { stop(): Promise<void> } {
  let stopping = false;
  const wakers = new Set<() => void>();
  const rest = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, options.pollMs);
      function done() {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      }
      wakers.add(done);
    });
  const lane = async () => {
    while (!stopping) {
      let job: T | null;
      try {
        job = await options.claim();
        if (job !== null) await options.run(job);
      } catch (error) {
        options.onError(error);
        job = null;
      }
      if (job === null && !stopping) await rest();
    }
  };
  const lanes = Array.from({ length: Math.max(1, options.concurrency) }, lane);
  return {
    async stop() {
      stopping = true;
      for (const wake of [...wakers]) wake();
      await Promise.all(lanes);
    },
  };
}
