import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiRequestError } from '../../api/api-client';

/**
 * Data of an admin page from the server: `undefined` while loading, `failed` when the server
 * could not be reached, `missing` on a 404 (the page then shows "not found").
 */
export function useAdminData<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [missing, setMissing] = useState(false);
  const reload = useCallback(async () => {
    try {
      const value = await load();
      setData(value);
      setFailed(false);
      return value;
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 404) setMissing(true);
      else setFailed(true);
      return undefined;
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, setData, failed, missing, reload };
}
