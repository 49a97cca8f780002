/**
 * Cooperative cancellation for a generate run. The stages are synchronous, so a SIGINT/SIGTERM
 * handler only runs when the run yields: each checkpoint yields to the event loop once, then
 * reports whether the run was aborted. The last checkpoint is right before writing, and writing is
 * synchronous, so an aborted run never writes anything.
 */
export async function isInterrupted(signal: AbortSignal | undefined): Promise<boolean> {
  if (signal === undefined) return false;
  await new Promise<void>((resolve) => setImmediate(resolve));
  return signal.aborted;
}

/** The signal name a CLI passed as the abort reason (`stop.abort("SIGTERM")`), if any. */
export function abortSignalName(signal: AbortSignal | undefined): string | undefined {
  const reason: unknown = signal?.reason;
  return typeof reason === "string" && /^SIG[A-Z]+$/.test(reason) ? reason : undefined;
}

const SIGNAL_NUMBERS: Readonly<Record<string, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The shell convention: 128 + the signal number (130 for SIGINT, 143 for SIGTERM). */
export function exitCodeForSignal(name: string | undefined): number {
  return 128 + (name !== undefined && Object.hasOwn(SIGNAL_NUMBERS, name) ? SIGNAL_NUMBERS[name]! : SIGNAL_NUMBERS.SIGINT!);
}
