/**
 * Why each value was chosen. Messages are built lazily so that tracing costs nothing
 * unless someone asks for it (`sitrep extract --explain`).
 */
export interface Trace {
  readonly enabled: boolean;
  note(stage: string, message: () => string): void;
  readonly lines: readonly string[];
}

export function createTrace(enabled: boolean): Trace {
  const lines: string[] = [];
  return {
    enabled,
    lines,
    note(stage, message) {
      if (enabled) lines.push(`[${stage}] ${message()}`);
    },
  };
}
