// Entry point of the `gantry` command (bundled to dist/cli/index.js): wires main() to the process.
import { main } from './main.ts';

const controller = new AbortController();
// The first Ctrl-C (or SIGTERM) stops the work and lets the clean-up run (a deploy lock released, a
// kubeconfig removed); a second one exits at once. The listeners stay registered (`on`, not
// `once`): execa's signal-exit re-raises a signal that no other listener is left to handle.
let signals = 0;
const onSignal = (code: number) => () => {
  signals += 1;
  if (signals === 1) controller.abort();
  else process.exit(code);
};
process.on('SIGINT', onSignal(130));
process.on('SIGTERM', onSignal(143));
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  signal: controller.signal,
});
