import { ActionPictogram } from '../../easy-language/Pictogram';
import { useT } from '../../i18n/i18n';

/**
 * GOV.UK back link. A real link to the previous page (not history.back()), so it works after a
 * reload; nothing typed is lost because every keystroke is already stored.
 */
export function BackLink({ href }: { href: string }) {
  const t = useT();
  return (
    <a class="back-link" href={href}>
      <ActionPictogram name="back" />
      {t('common:actions.back')}
    </a>
  );
}
