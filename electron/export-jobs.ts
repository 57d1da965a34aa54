/**
 * Progress of running folder exports, so a caller can show a progress bar over any transport:
 * `export.library` with a `jobId` records its progress here, and `export.progress {jobId}` reads it
 * (a second request, concurrent with the first, over IPC or HTTP; the CLI polls the same way).
 * One registry per open Library; finished jobs are kept briefly so a last poll sees "done".
 */
import type { Result } from '../shared/api.js';

type Progress = Result<'export.progress'>;

const KEEP_FINISHED = 32;
const registries = new WeakMap<object, Map<string, Progress>>();

function registry(owner: object): Map<string, Progress> {
  let jobs = registries.get(owner);
  if (!jobs) registries.set(owner, (jobs = new Map()));
  return jobs;
}

export function jobProgress(owner: object, jobId: string): Progress {
  return registry(owner).get(jobId) ?? { jobId, state: 'unknown', done: 0, total: 0 };
}

export function reportProgress(owner: object, jobId: string, progress: Omit<Progress, 'jobId'>): void {
  const jobs = registry(owner);
  jobs.delete(jobId);
  jobs.set(jobId, { jobId, ...progress });
  // Oldest first in a Map: forget finished jobs beyond the last few.
  let finished = [...jobs.values()].filter((j) => j.state !== 'running').length;
  for (const [id, job] of jobs) {
    if (finished <= KEEP_FINISHED) break;
    if (job.state !== 'running') {
      jobs.delete(id);
      finished--;
    }
  }
}
