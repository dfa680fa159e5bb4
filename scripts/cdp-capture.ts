/**
 * The two captures the measuring scripts take of a Chromium tab through the DevTools protocol: a
 * trace of chosen categories and a sampled CPU profile. Each starts on a session and returns the
 * function that stops it and hands back what was captured.
 */
import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace (the fields the scripts read). */
export interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }
/** One node of a CPU profile's call tree. */
export interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
/** A CPU profile as the Profiler domain returns it. */
export interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** Starts tracing `categories`; the returned function ends the trace and resolves to its events. */
export async function startTrace(cdp: CDPSession, categories: string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const finished = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  return async () => {
    await cdp.send('Tracing.end');
    await finished;
    return events;
  };
}

/** Starts a CPU profile sampled every 100 µs; the returned function stops it and resolves to the profile. */
export async function startProfile(cdp: CDPSession): Promise<() => Promise<Profile>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
}
