import { useEffect, useState } from 'preact/hooks';
import { PROFILE_LANGUAGES, checkProfile, profileUiLanguage, type Profile, type ProfileLanguage, type ProfileProblem } from '../../../domain/profile';
import { LANGUAGE_NAMES, textDirection } from '../../i18n/languages';
import { usePageTitle } from '../../app/page-title';
import { takeFlashMessage } from '../../app/flash-message';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, Hint } from '../../components/Field/FormGroup';
import { TextInput } from '../../components/Field/TextInput';
import { Loading } from '../../components/Loading/Loading';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StreetInput } from '../../components/StreetInput/StreetInput';
import { whenDatabaseReady } from '../../data/user-data';
import { setLanguage, useT, type Translate } from '../../i18n/i18n';
import { dropProfileDraft, keepProfileDraft, readProfileDraft, saveProfileOnDevice } from '../../profile/profile-store';
import { useProfile } from '../../profile/use-profile';
import { NotificationChoice } from './NotificationChoice';
import { BundIdSection, verifiedFields } from './BundIdSection';

type TextKey = 'name' | 'street' | 'houseNumber' | 'postcode' | 'phone' | 'email';

/** Ids the error summary links to: the input where the citizen fixes the problem. */
function fieldInputId(field: string): string {
  return field === 'language' ? 'field-language-de' : `field-${field}`;
}

function problemText(t: Translate, p: ProfileProblem): string {
  return t(`profile:errors.${p.field}.${p.code}`, { defaultValue: t(`validation:${p.code}`) });
}

function LanguageChoice({ value, onChange, error }: { value: Profile['language']; onChange(v: ProfileLanguage): void; error?: string }) {
  const t = useT();
  return (
    <FormGroup error={error}>
      <fieldset class="fieldset" aria-describedby={error ? 'field-language-error' : undefined}>
        <legend class="fieldset__legend">{t('profile:fields.language.label')}</legend>
        <ErrorMessage id="field-language-error" text={error} />
        <div class="checkboxes">
          {PROFILE_LANGUAGES.map((lng) => (
            <div class="checkboxes__item" key={lng}>
              <input
                class="checkboxes__input"
                id={`field-language-${lng}`}
                type="radio"
                name="language"
                value={lng}
                checked={value === lng}
                onChange={() => onChange(lng)}
              />
              {/* The language name in itself, marked with its lang so screen readers pronounce it right. */}
              <label class="checkboxes__label" for={`field-language-${lng}`} lang={lng} dir={textDirection(lng)}>
                {LANGUAGE_NAMES[lng]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}

/**
 * The citizen's profile: saved on the device at once (offline too), sent to the server when
 * there is a connection. Checked with the same rules the server applies.
 */
export function ProfilePage() {
  const t = useT();
  const stored = useProfile();
  const [form, setForm] = useState<Profile | undefined>(undefined);
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [result, setResult] = useState<'saved' | 'savedLocally' | 'saveFailed' | undefined>(undefined);
  const [flash] = useState(takeFlashMessage);
  usePageTitle(t('profile:title'), problems.length > 0);

  const [draft, setDraft] = useState<Profile | null | undefined>(undefined);
  useEffect(() => {
    void whenDatabaseReady()
      .then(readProfileDraft)
      .then(setDraft, () => setDraft(null));
  }, []);
  // The form starts from unsaved typing of an earlier visit, else from the stored profile, and
  // is the citizen's from then on.
  useEffect(() => {
    if (stored && draft !== undefined && form === undefined) setForm(draft ? { ...stored, ...draft } : stored);
  }, [stored, draft, form]);
  if (!form) return <Loading />;

  const set = (field: keyof Profile, value: Profile[keyof Profile]) => {
    const next = { ...form, [field]: value };
    setForm(next);
    setResult(undefined);
    void whenDatabaseReady()
      .then((db) => keepProfileDraft(db, next))
      .catch((error: unknown) => console.error('Could not keep the profile input', error));
  };
  const at = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? problemText(t, p) : undefined;
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const { profile, problems: found } = checkProfile({ ...form, updatedAt: undefined });
    setProblems(found);
    if (found.length) {
      setFocusToken((n) => n + 1);
      return;
    }
    try {
      const db = await whenDatabaseReady();
      const { sent } = await saveProfileOnDevice(db, profile);
      await dropProfileDraft(db);
      setDraft(null);
      setForm(profile);
      setResult(sent ? 'saved' : 'savedLocally');
      const lng = profileUiLanguage(profile);
      if (lng) void setLanguage(lng);
    } catch (error) {
      console.error('Could not save the profile', error);
      setResult('saveFailed');
    }
  };

  // Fields BundID confirmed are shown in the BundID section, not offered for editing.
  const verified = verifiedFields();
  const text = (field: TextKey, def: Parameters<typeof TextInput>[0]['def']) => verified.has(field) ? null : (
    <TextInput
      fieldId={field}
      def={def}
      label={t(`profile:fields.${field}.label`)}
      hint={t(`profile:fields.${field}.hint`, { defaultValue: '' }) || undefined}
      error={at(field)}
      value={form[field] ?? ''}
      asHeading={false}
      onInput={(v) => set(field, v)}
    />
  );

  return (
    <>
      <ErrorSummary errors={problems.map((p) => ({ href: `#${fieldInputId(p.field)}`, text: problemText(t, p) }))} focusToken={focusToken} />
      {result === 'saved' || result === 'savedLocally' ? (
        <NotificationBanner id="profile-saved" kind="success" title={t(`profile:${result}`)}>
          <p>
            <a href="/mein-bereich">{t('home:title')}</a>
          </p>
        </NotificationBanner>
      ) : null}
      {result === 'saveFailed' ? <p class="inset-text inset-text--error">{t('profile:saveFailed')}</p> : null}
      <PageHeading>{t('profile:title')}</PageHeading>
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      {draft ? <p class="inset-text">{t('profile:draftRestored')}</p> : null}
      <p>{t('profile:intro')}</p>
      <p class="hint">{t('profile:offlineNote')}</p>
      <form onSubmit={submit} noValidate>
        <h2 class="heading-m">{t('profile:sections.person')}</h2>
        {text('name', { type: 'text', required: false, maxLength: 100, autocomplete: 'name' })}
        {text('phone', { type: 'tel', required: false })}
        {/* pattern only turns spellchecking off: an address is not a word. */}
        {text('email', { type: 'text', required: false, maxLength: 200, autocomplete: 'email', pattern: '.' })}
        <h2 class="heading-m">{t('profile:sections.address')}</h2>
        {verified.has('street') ? null : <StreetInput
          fieldId="street"
          label={t('profile:fields.street.label')}
          hint={t('profile:fields.street.hint')}
          error={at('street')}
          value={form.street ?? ''}
          asHeading={false}
          onInput={(v) => set('street', v)}
        />}
        {text('houseNumber', { type: 'text', required: false, maxLength: 10, width: 4, pattern: '.' })}
        {text('postcode', { type: 'text', required: false, maxLength: 5, width: 5, autocomplete: 'postal-code' })}
        <h2 class="heading-m">{t('profile:sections.language')}</h2>
        <LanguageChoice value={form.language} error={at('language')} onChange={(v) => set('language', v)} />
        <FormGroup>
          <div class="checkboxes">
            <div class="checkboxes__item">
              <input
                class="checkboxes__input"
                id="field-easyLanguage"
                type="checkbox"
                checked={form.easyLanguage === true}
                aria-describedby="field-easyLanguage-hint"
                onChange={(e) => set('easyLanguage', e.currentTarget.checked)}
              />
              <label class="checkboxes__label" for="field-easyLanguage">
                {t('profile:fields.easyLanguage.label')}
              </label>
            </div>
            <Hint id="field-easyLanguage-hint" text={t('profile:fields.easyLanguage.hint')} />
          </div>
        </FormGroup>
        <h2 class="heading-m">{t('email:notifications.title')}</h2>
        <NotificationChoice value={form.notifications} onChange={(v) => set('notifications', v)} />
        <button type="submit" class="button">
          {t('profile:save')}
        </button>
      </form>
      <BundIdSection profile={form} />
      <h2 class="heading-m">{t('profile:data.title')}</h2>
      <p>{t('profile:data.exportText')}</p>
      <p>
        {/* A plain download link: the server sends the file with Content-Disposition. */}
        <a class="button button--secondary" href="/api/profile/export" download="buergerportal-werne-meine-daten.json">
          {t('profile:data.export')}
        </a>
      </p>
      <p class="hint">{t('profile:data.exportOffline')}</p>
      <p>
        <a href="/profil/passwort">{t('password:change.profileLink')}</a>
      </p>
      <p>
        <a href="/profil/email">{t('email:change.profileLink')}</a>
      </p>
      <p>{t('profile:data.deleteText')}</p>
      <p>
        <a class="button button--warning" href="/profil/konto-loeschen">
          {t('profile:data.delete')}
        </a>
      </p>
    </>
  );
}
