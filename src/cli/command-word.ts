/** The command word of `argv`: the first argument that is neither an option nor the global option's value. */
export function commandWord(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--data-dir') i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}
