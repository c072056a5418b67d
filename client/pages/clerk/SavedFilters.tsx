import { useEffect, useState } from 'preact/hooks';
import { saidFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { deleteSavedFilter, fetchSavedFilters, saveFilter, type SavedFilter } from './desk-api';
import { viewQuery, type InboxView } from './inbox-query';

const NAME = 'saved-filter-name';

/** The clerk's own named filter sets: pick one again as a link, save the current view under a name, remove one. */
export function SavedFilters({ view }: { view: InboxView }) {
  const t = useT();
  const [filters, setFilters] = useState<SavedFilter[]>([]);
  const [name, setName] = useState('');
  // Kept as how to say them, so they follow a language switch.
  const [error, setError] = useSaid();
  const [done = '', setDone] = useSaid();
  useEffect(() => {
    fetchSavedFilters().then(setFilters, () => setFilters([]));
  }, []);
  const current = viewQuery({ ...view, page: 1 });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setError((t) => t('clerk-workday:savedFilters.nameMissing'));
    try {
      const saved = await saveFilter(name, Object.fromEntries(new URLSearchParams(current)));
      setFilters([...filters.filter((f) => f.name.toLocaleLowerCase('de') !== saved.name.toLocaleLowerCase('de')), saved].sort((a, b) => a.name.localeCompare(b.name, 'de')));
      setName('');
      setError(undefined);
      setDone((t) => t('clerk-workday:savedFilters.saved', { name: saved.name }));
    } catch (failure) {
      setError(saidFailure(failure));
    }
  };

  const remove = async (f: SavedFilter) => {
    try {
      await deleteSavedFilter(f.id);
      setFilters(filters.filter((x) => x.id !== f.id));
      setDone((t) => t('clerk-workday:savedFilters.deleted', { name: f.name }));
    } catch (failure) {
      setDone(saidFailure(failure));
    }
  };

  return (
    <section class="saved-filters" aria-labelledby="saved-filters-title">
      <h2 class="heading-s" id="saved-filters-title">
        {t('clerk-workday:savedFilters.title')}
      </h2>
      {filters.length === 0 ? (
        <p class="hint">{t('clerk-workday:savedFilters.empty')}</p>
      ) : (
        <ul class="saved-filters__list">
          {filters.map((f) => {
            const q = new URLSearchParams(f.query).toString();
            return (
              <li key={f.id}>
                <a href={`/sachbearbeitung${q ? `?${q}` : ''}`} aria-current={q === current ? 'true' : undefined}>
                  {f.name}
                </a>{' '}
                <button type="button" class="button button--secondary button--small" onClick={() => void remove(f)}>
                  {t('clerk-workday:savedFilters.delete', { name: f.name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form noValidate onSubmit={save}>
        <PlainTextField id={NAME} name={NAME} label={t('clerk-workday:savedFilters.name')} hint={t('clerk-workday:savedFilters.hint')} error={error} value={name} onInput={setName} />
        <button type="submit" class="button button--secondary" id="saved-filter-save">
          {t('clerk-workday:savedFilters.save')}
        </button>
      </form>
      <p role="status" id="saved-filter-outcome">
        {done}
      </p>
    </section>
  );
}
