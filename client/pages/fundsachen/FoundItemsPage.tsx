import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FUND_CATEGORIES, filterFoundItems, type PublicFoundItem } from '../../../domain/fundsachen';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { currentUser } from '../../session/session';
import { formatFoundOn } from './format-found-on';
import { fetchFoundItems, readCachedFoundItems, type FoundItemsSnapshot } from './found-items-cache';
import { startClaim } from './start-claim';

type LoadState = 'loading' | 'fresh' | 'offline';

function FoundItemCard({ item, onClaim }: { item: PublicFoundItem; onClaim?: (number: string) => void }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const user = currentUser.value;
  return (
    <li class="found-item">
      <h3 class="heading-s found-item__title">{t(`fundbuero:fields.what.options.${item.category}`)}</h3>
      <p class="found-item__description">{item.description}</p>
      <dl class="found-item__facts">
        <div>
          <dt>{t('fundsachen-liste:list.number')}</dt>
          <dd>{item.number}</dd>
        </div>
        <div>
          <dt>{t('fundsachen-liste:list.foundOn')}</dt>
          <dd>{formatFoundOn(item.foundOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('fundsachen-liste:list.place')}</dt>
          <dd>{item.place}</dd>
        </div>
      </dl>
      {user?.role === 'citizen' && onClaim ? (
        <button type="button" class="button button--secondary" onClick={() => onClaim(item.number)}>
          {t('fundsachen-liste:list.claim')}
          {/* Every card has this button: the number makes each one's name unique for screen readers. */}
          <span class="visually-hidden">: {item.number}</span>
        </button>
      ) : null}
    </li>
  );
}

/**
 * The public list of found items (/fundsachen): no login, nothing personal. Shows the copy kept
 * on the device at once and replaces it when the server answers; offline, the kept copy stays,
 * with the time it is from. Filtering runs on the device.
 */
export function FoundItemsPage() {
  const t = useT();
  const { route } = useLocation();
  const locale = INTL_LOCALES[language.value];
  const user = currentUser.value;
  const [snapshot, setSnapshot] = useState<FoundItemsSnapshot | undefined>(() => readCachedFoundItems());
  const [state, setState] = useState<LoadState>('loading');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const claiming = useRef(false);
  usePageTitle(t('fundsachen-liste:list.title'));

  useEffect(() => {
    let alive = true;
    const load = () =>
      fetchFoundItems().then(
        (fresh) => alive && (setSnapshot(fresh), setState('fresh')),
        () => alive && setState('offline'),
      );
    void load();
    window.addEventListener('online', load);
    return () => {
      alive = false;
      window.removeEventListener('online', load);
    };
  }, []);

  const claim = async (number: string) => {
    if (claiming.current) return;
    claiming.current = true;
    try {
      const path = await startClaim(number);
      if (path) route(path);
    } finally {
      claiming.current = false;
    }
  };

  const shown = snapshot ? filterFoundItems(snapshot.items, { category, text }) : [];
  return (
    <>
      <PageHeading>{t('fundsachen-liste:list.title')}</PageHeading>
      <p class="lead">{t('fundsachen-liste:list.lead')}</p>
      <p>{t('fundsachen-liste:list.privacy')}</p>
      {/*
        Before the list, not after it: the prerendered page has no list yet, and text below the
        list would be pushed down when it arrives (a layout shift of 0.08 on a phone, issue 17).
      */}
      {!user ? (
        <p>
          <a href={`/anmelden?weiter=${encodeURIComponent('/fundsachen')}`}>{t('fundsachen-liste:list.loginToClaim')}</a>
        </p>
      ) : null}
      <h2 class="heading-m">{t('fundsachen-liste:list.lost')}</h2>
      <p>
        <a href="/fundbuero-verlust">{t('fundsachen-liste:list.lostLink')}</a>
      </p>
      {state === 'offline' ? <p class="inset-text">{t(snapshot ? 'fundsachen-liste:list.offline' : 'fundsachen-liste:list.neverLoaded')}</p> : null}
      {snapshot ? (
        <>
          <p class="found-list__as-of">{t('fundsachen-liste:list.asOf', { time: formatTimestamp(snapshot.asOf, locale) })}</p>
          <h2 class="heading-m">{t('fundsachen-liste:list.filterTitle')}</h2>
          <form class="found-filter" role="search" onSubmit={(e) => e.preventDefault()}>
            <div class="form-group">
              <label class="label" for="fundsachen-category">
                {t('fundsachen-liste:list.category')}
              </label>
              <select id="fundsachen-category" class="select" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
                <option value="">{t('fundsachen-liste:list.allCategories')}</option>
                {FUND_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`fundbuero:fields.what.options.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="form-group">
              <label class="label" for="fundsachen-text">
                {t('fundsachen-liste:list.text')}
              </label>
              <div class="hint" id="fundsachen-text-hint">
                {t('fundsachen-liste:list.textHint')}
              </div>
              <input
                id="fundsachen-text"
                class="input fundsachen-search"
                type="search"
                aria-describedby="fundsachen-text-hint"
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
            </div>
          </form>
          {/* Polite: the count changes as the citizen types, and is read when they pause. */}
          <p class="found-list__count" aria-live="polite">
            {snapshot.items.length === 0
              ? t('fundsachen-liste:list.none')
              : shown.length === 0
                ? t('fundsachen-liste:list.empty')
                : t('fundsachen-liste:list.results', { count: shown.length })}
          </p>
          <ul class="found-list">
            {shown.map((item) => (
              <FoundItemCard key={item.number} item={item} onClaim={claim} />
            ))}
          </ul>
        </>
      ) : state === 'loading' ? (
        <p class="loading">{t('common:loading')}</p>
      ) : null}
    </>
  );
}
