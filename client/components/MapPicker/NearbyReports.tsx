import { useEffect, useRef, useState } from 'preact/hooks';
import { distanceMetres, roundedDistance } from '../../../domain/maps';
import { saidRefusal } from '../../api/api-error-text';
import { useT, type Said } from '../../i18n/i18n';
import { fetchNearbyReports, sendMeToo, type NearbyReport } from './nearby-reports-api';

interface Props {
  id: string;
  /** The point the list is about: the chosen place, or the map's start. */
  point: { lat: number; lon: number };
  /** Hands the list to the map, which marks each report. */
  onReports(reports: NearbyReport[]): void;
}

/** Fetch again only when the point has moved this far: arrow keys move the map in small steps. */
const REFETCH_METRES = 150;

/** What became of a "me too", kept as how to say it so a language switch rewords it. */
type Outcome = { id: string; said: Said; error?: boolean };

/**
 * Open reports near the chosen place, as a list (the accessible way; the map marks the same
 * ones): category, distance, status, how many reported it, and "Ich auch". Saying "me too" is
 * the whole report for that problem; the citizen need not send a second one.
 */
export function NearbyReports({ id, point, onReports }: Props) {
  const t = useT();
  const [reports, setReports] = useState<NearbyReport[] | null>(null);
  const [joined, setJoined] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fetchedAt = useRef<{ lat: number; lon: number } | null>(null);
  const handOver = useRef(onReports);
  handOver.current = onReports;

  useEffect(() => {
    if (fetchedAt.current && distanceMetres(fetchedAt.current, point) < REFETCH_METRES) return;
    fetchedAt.current = point;
    const abort = new AbortController();
    let done = false;
    fetchNearbyReports(point, abort.signal)
      .then((found) => {
        setReports(found);
        handOver.current(found);
      })
      // Offline or no answer: the list is a help, never a condition for reporting.
      .catch(() => undefined)
      .finally(() => (done = true));
    return () => {
      // Cut short by a new point (the location button, a typed value): that point is fetched instead.
      if (!done) fetchedAt.current = null;
      abort.abort();
    };
  }, [point.lat, point.lon]);

  const label = (r: NearbyReport) =>
    t('map:nearby.item', {
      category: t(`maengelmelder:fields.category.options.${r.category}`, { defaultValue: r.category }),
      distance: roundedDistance(distanceMetres(point, r)),
    });

  const join = async (report: NearbyReport) => {
    setOutcome(null);
    try {
      const answer = await sendMeToo(report.id);
      setJoined((was) => new Set(was).add(report.id));
      setReports((list) => list?.map((r) => (r.id === report.id ? { ...r, count: answer.count } : r)) ?? null);
      setOutcome({ id: report.id, said: (t) => t(answer.counted ? 'map:nearby.counted' : 'map:nearby.already', { count: answer.count }) });
    } catch (err) {
      setOutcome({ id: report.id, said: saidRefusal(err, (code) => [`map:apiErrors.${code}`], 'map:nearby.failed'), error: true });
    }
  };

  if (!reports) return null;
  return (
    <section class="nearby-reports" aria-labelledby={`${id}-nearby`}>
      <h2 class="heading-m" id={`${id}-nearby`}>
        {t('map:nearby.heading')}
      </h2>
      {reports.length === 0 ? (
        <p>{t('map:nearby.none')}</p>
      ) : (
        <>
          <p class="hint">{t('map:nearby.hint')}</p>
          <ul class="nearby-reports__list">
            {reports.map((r, n) => (
              <li key={r.id} class="nearby-reports__item">
                <span class="nearby-reports__number" aria-hidden="true">
                  {n + 1}
                </span>
                <span>
                  <strong>{label(r)}</strong>
                  <br />
                  {t(`common:statuses.${r.status}`)} · {t('map:nearby.count', { count: r.count })}
                </span>
                {r.mine ? (
                  <span class="nearby-reports__mine">{t('map:nearby.mine')}</span>
                ) : (
                  <button type="button" class="button button--secondary" disabled={joined.has(r.id)} onClick={() => void join(r)}>
                    {t('map:nearby.meToo')}
                    <span class="visually-hidden">: {label(r)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class={outcome?.error ? 'error-message' : 'nearby-reports__outcome'} role="status">
        {outcome?.said(t) ?? ''}
      </p>
    </section>
  );
}
