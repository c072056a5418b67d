import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { namespaceReady } from '../i18n/namespace-texts';
import { easyLanguage } from './easy-mode';

/**
 * The notice shows only in Leichte Sprache and only once the lazy texts are there, so its code
 * is a small chunk of its own: the first download (budget 80 KB) stays free of it.
 */
export function LazyEasyLanguageNotice() {
  const wanted = easyLanguage.value && namespaceReady('easy');
  const [Notice, setNotice] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!wanted || Notice) return;
    void import(/* webpackChunkName: "easy-notice" */ './EasyLanguageNotice')
      .then((m) => setNotice(() => m.EasyLanguageNotice))
      // Only a first visit that lost its connection gets here; the notice comes with the next load.
      .catch(() => undefined);
  }, [wanted]);
  return wanted && Notice ? <Notice /> : null;
}
