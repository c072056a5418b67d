/** `npm run a11y:summary`: the last complete accessibility-matrix run becomes the reviewed summary. */
import { updateCommittedSummary } from './matrix-summary';

try {
  console.log(updateCommittedSummary());
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
