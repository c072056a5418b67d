import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { canWithdraw } from '../../../domain/lifecycle/request-status';
import { flashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { WarningText } from '../../components/WarningText/WarningText';
import { withdrawRequest } from '../../data/request-store';
import { connected } from '../../data/sync-state';
import { useRequest } from '../../data/use-requests';
import { formatSlot } from '../../format/format-slot';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { NotFoundPage } from '../NotFoundPage';
import { requestLabel } from './request-texts';

/**
 * "Antrag zurückziehen" on a page of its own: the citizen confirms once, plainly (GOV.UK: a
 * destructive action asks, and says what follows). Works offline like every change: it is kept
 * on the device and sent when a connection exists.
 */
export function WithdrawPage({ params }: { params: { id: string } }) {
  const t = useT();
  const { route } = useLocation();
  const doc = useRequest(params.id);
  const locale = INTL_LOCALES[language.value];
  const [busy, setBusy] = useState(false);
  usePageTitle(doc === null ? null : t('requests:withdraw.title'));
  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;
  const back = `/antraege/${doc.id}`;

  if (!canWithdraw(doc.status)) {
    return (
      <>
        <BackLink href={back} />
        <PageHeading>{t('requests:withdraw.title')}</PageHeading>
        <p>{t('requests:withdraw.notPossible')}</p>
        <p>
          <a href={back}>{t('requests:withdraw.cancel')}</a>
        </p>
      </>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await withdrawRequest(doc.id);
      flashMessage.value = 'requests:withdraw.done';
      route(back);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink href={back} />
      <span class="caption">{requestLabel(t, doc)}</span>
      <PageHeading>{t('requests:withdraw.title')}</PageHeading>
      <p>{t('requests:withdraw.text')}</p>
      {doc.confirmedSlot ? <p>{t('requests:withdraw.slot', { slot: formatSlot(doc.confirmedSlot, locale, t) })}</p> : null}
      {connected.value ? null : <WarningText>{t('requests:withdraw.offline')}</WarningText>}
      <form onSubmit={submit} noValidate>
        <div class="button-group">
          <button type="submit" class="button button--warning" id="withdraw-submit" disabled={busy}>
            {t('requests:withdraw.confirm')}
          </button>
          <a href={back}>{t('requests:withdraw.cancel')}</a>
        </div>
      </form>
    </>
  );
}
