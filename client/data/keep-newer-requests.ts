import type {
  BulkWriteRow,
  RxStorage,
  RxStorageBulkWriteResponse,
  RxStorageInstanceCreationParams,
  RxStorageWriteError,
} from 'rxdb/plugins/core';
import { REQUEST_SCHEMA, type RequestDoc } from '../../domain/request/request-document';
import { isOlderRequestState } from '../../domain/sync/older-request-state';

/** RxDB's context for writes of pulled states ('replication-downstream-' + checkpoint key). */
const PULLED = 'replication-downstream';

/**
 * A storage wrapper that refuses to store a pulled request state older than the one the device
 * holds (domain/sync/older-request-state.ts). RxDB replaces the device's state with a pulled one
 * whenever the device has nothing unsent — it cannot tell a pull answered before the device's
 * last push from a newer one. Here, at the write itself (compared with the stored state the write
 * replaces, so no later write slips in between), the old state is answered as a conflict, which
 * RxDB's pull leaves alone: the device keeps what the citizen saw, the newer state on the server
 * arrives with the next pull.
 */
export function keepNewerRequests<I, C>(storage: RxStorage<I, C>): RxStorage<I, C> {
  return {
    ...storage,
    name: `keep-newer-${storage.name}`,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, C>) {
      const instance = await storage.createStorageInstance(params);
      const schema = params.schema as { title?: string; primaryKey?: unknown };
      if (schema.title !== REQUEST_SCHEMA.title || schema.primaryKey !== REQUEST_SCHEMA.primaryKey) return instance;
      const write = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows: BulkWriteRow<T>[], context: string): Promise<RxStorageBulkWriteResponse<T>> => {
        if (!context.startsWith(PULLED)) return write(rows, context);
        const refused: RxStorageWriteError<T>[] = [];
        const taken = rows.filter((row) => {
          const older = row.previous && isOlderRequestState(row.document as unknown as RequestDoc, row.previous as unknown as RequestDoc);
          if (older) {
            const documentId = (row.document as unknown as RequestDoc).id;
            refused.push({ status: 409, isError: true, documentId, writeRow: row, documentInDb: row.previous!, context });
          }
          return !older;
        });
        const result = taken.length ? await write(taken, context) : { error: [] };
        return { ...result, error: [...result.error, ...refused] };
      };
      return instance;
    },
  };
}
