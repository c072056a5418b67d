import { useEffect, useRef, useState } from 'preact/hooks';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { formatSlot } from '../../format/format-slot';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { districtName } from '../../../domain/places';
import { AdminLoading } from './AdminLoading';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { CapacityDays } from './CapacityDays';
import { CapacityFiguresForm } from './CapacityFiguresForm';
import { fetchCapacity, type PoolCapacity } from './capacity-api';
import { CloseDayForm } from './CloseDayForm';
import { useAdminData } from './use-admin-data';
import './admin.css';

interface Done {
  key: string;
  params?: Record<string, string>;
  n: number;
}

/** The result of the last change; it takes focus, so a screen reader reads it first (as on the other admin pages). */
function DoneBanner({ done }: { done: Done | null }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [done?.n]);
  if (!done) return null;
  return (
    <div ref={ref} tabIndex={-1} class="focus-target" id="capacity-feedback">
      <NotificationBanner id="capacity-done" kind="success" title={t('admin:doneTitle')}>
        <p>{t(`capacity:done.${done.key}`, done.params)}</p>
      </NotificationBanner>
    </div>
  );
}

/**
 * `/verwaltung/kapazitaet`: pickups per day and district, the Bürgerbüro's counters and hours,
 * closed and extra days. Citizens' date choices follow at once (the server's free lists).
 */
export function CapacityPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const data = useAdminData(fetchCapacity, 'capacity');
  const [done, setDone] = useState<Done | null>(null);
  const show = (d: Omit<Done, 'n'>) => setDone((old) => ({ ...d, n: (old?.n ?? 0) + 1 }));
  usePageTitle(t('capacity:page.title'));
  const take = (pool: PoolCapacity) => data.setData((data.data ?? []).map((p) => (p.id === pool.id ? pool : p)));
  const pools = data.data;
  return (
    <>
      <BackLink href="/verwaltung" />
      <DoneBanner done={done} />
      <PageHeading>{t('capacity:page.title')}</PageHeading>
      <p class="lead">{t('capacity:page.lead')}</p>
      {pools ? (
        <>
          {pools.map((p) => (
            <CapacityFiguresForm key={`${p.id}-${p.rev}`} pool={p} onSaved={(saved, key) => (take(saved), show({ key }))} />
          ))}
          <CloseDayForm
            pools={pools}
            onClosed={(pool, count, date, district) =>
              (take(pool), show({ key: district ? 'districtClosed' : 'dayClosed', params: { count: String(count), date: formatSlot(date, locale, t), district: district ? districtName(district) : '' } }))
            }
          />
          <CapacityDays pools={pools} onChanged={(pool, key, date) => (take(pool), show({ key, params: { date: formatSlot(date, locale, t) } }))} />
        </>
      ) : (
        <AdminLoading failed={data.failed} />
      )}
    </>
  );
}
