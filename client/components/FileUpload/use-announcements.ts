import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeviceFile } from '../../data/files/file-store';
import type { Translate } from '../../i18n/i18n';

/** Progress is told in quarters: often enough to follow, rarely enough not to drown the page. */
const STEP = 25;

/**
 * The sentence for the live region when a file's upload moves on: stored, uploading (start and
 * every quarter), uploaded, refused. Each change is told once.
 */
export function useAnnouncements(files: DeviceFile[], t: Translate): string {
  const told = useRef(new Map<string, string>());
  const [text, setText] = useState('');
  useEffect(() => {
    const news: string[] = [];
    for (const f of files) {
      const quarter = f.state === 'uploading' ? Math.floor(Math.min(100, (f.sentBytes / f.size) * 100) / STEP) * STEP : 0;
      const key = `${f.state}:${quarter}`;
      const before = told.current.get(f.id);
      if (before === key) continue;
      told.current.set(f.id, key);
      // The first look at a file already in the list says nothing: only changes are news.
      if (before === undefined && f.state !== 'stored') continue;
      if (f.state === 'stored') news.push(t('files:announce.stored', { name: f.name }));
      else if (f.state === 'uploading') news.push(`${t('files:announce.uploading', { name: f.name })} ${t('files:state.uploading', { percent: quarter })}`);
      else if (f.state === 'uploaded') news.push(t('files:announce.uploaded', { name: f.name }));
      else if (f.state === 'refused') news.push(t('files:announce.refused', { name: f.name, reason: t(`files:problems.${f.refusedCode ?? 'refused'}`, { max: '' }) }));
    }
    if (news.length) setText(news.join(' '));
  }, [files]);
  return text;
}
