import { environment } from '../environment';

/**
 * Under `npm start` (PORTAL_SUPERVISED=1) stdin is a pipe from the launcher: when it closes, the
 * launcher is gone (even killed with SIGKILL), and this process stops instead of lingering.
 */
export function stopWithSupervisor(stop: () => void): void {
  if (environment().PORTAL_SUPERVISED !== '1') return;
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
}
