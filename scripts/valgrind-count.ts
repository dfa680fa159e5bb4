/**
 * Instructions counted by valgrind for one run of `node --single-threaded --predictable SCRIPT`
 * with `env` added: V8 compiles and collects in the counted thread at the same points each time,
 * so a figure repeats on a loaded machine. Throws when valgrind gives no count.
 */
import { spawnSync } from 'node:child_process';

export function nodeInstructions(script: string, env: Record<string, string>): number {
  const out = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', 'node', '--single-threaded', '--predictable', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const refs = /refs:\s+([\d,]+)/.exec(out.stderr);
  if (out.status !== 0 || !refs) throw new Error(`valgrind gave no count (is it installed?)\n${out.stderr.slice(-800)}`);
  return Number(refs[1]!.replace(/,/g, ''));
}
