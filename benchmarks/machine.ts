/** Facts about the machine a benchmark ran on, for its results file. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem, release } from 'node:os';

export interface MachineDetails {
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
}

/** Reads the machine's processor, cores, memory, kernel and Node version. */
export function machineDetails(): MachineDetails {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
  };
}

/** Returns the first line a command prints, or "not found" when it cannot run. */
export function commandVersion(command: string, args: string[] = ['--version']): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return 'not found';
  }
}
