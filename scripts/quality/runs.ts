/**
 * Runs `attempt` until it has succeeded `wanted` times. A failed attempt is reported and run again;
 * when as many attempts have failed as were wanted, the failure is not chance and the whole call fails.
 */
export async function collectRuns<T>(
  wanted: number,
  attempt: (index: number) => Promise<T>,
  onLost: (message: string, lostSoFar: number) => void,
): Promise<{ results: T[]; lost: string[] }> {
  const results: T[] = [];
  const lost: string[] = [];
  while (results.length < wanted) {
    try {
      results.push(await attempt(results.length + lost.length));
    } catch (error) {
      const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
      lost.push(message);
      onLost(message, lost.length);
      if (lost.length >= wanted) throw new Error(`${lost.length} runs failed; last: ${message}`);
    }
  }
  return { results, lost };
}
