import { writeRunSummary } from './matrix-summary';

/** Playwright's global teardown: the walks ran on two workers, so only the end of the run sees them all. */
export default function matrixTeardown(): void {
  writeRunSummary();
}
