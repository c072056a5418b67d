/**
 * A second server process appending to the audit trail, for the two-writer test: the in-process
 * queue of `appendAudit` serialises writers of one process only, so two processes are the real
 * race. Usage: store URL, database prefix, department, count; prints "done" when all are in.
 */
import { appendAudit } from '../audit';
import { openStore } from '../store';

const [url, prefix, department, count] = process.argv.slice(2);
const store = openStore(url, prefix);
await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    appendAudit(store, { department, actorId: `pid-${process.pid}`, actorName: 'Sachbearbeitung', action: `read-${i}`, requestId: `r-${process.pid}-${i}` }),
  ),
);
process.stdout.write('done\n');
