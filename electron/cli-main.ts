/** Entry point of the `tandai` bundle (out/cli.js): runs the CLI and exits with its code. */
import { runCli } from './cli.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
