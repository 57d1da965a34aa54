// `npm test`: the unit project first, then the reliability project and the end-to-end specs side by
// side. The kill test (200 restarts) spends most of its time waiting on child processes, and the e2e
// specs run one file at a time, so together they take about as long as the longer of the two instead
// of their sum. Any failing run fails the whole command.
import { spawn } from 'node:child_process';

const vitest = (projects) =>
  new Promise((resolve) => {
    const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
    const child = spawn('npx', args, { stdio: 'inherit', env: process.env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const unit = await vitest(['unit']);
const [reliability, e2e] = await Promise.all([vitest(['reliability']), vitest(['e2e'])]);
const failed = Object.entries({ unit, reliability, e2e }).filter(([, code]) => code !== 0);
if (failed.length > 0) {
  console.error(`npm test: ${failed.map(([name]) => name).join(', ')} failed.`);
  process.exit(1);
}
