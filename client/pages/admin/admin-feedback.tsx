import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiRequestError, NetworkError } from '../../api/api-client';
import type { FormProblem } from '../../api/api-error-text';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';

/**
 * Words a failed admin call: the admin texts for each field (`admin:errors.<field>.<code>`, the
 * same the server words them with), the server's sentence as fallback; without a field the
 * general API error.
 */
export function describeAdminFailure(t: Translate, error: unknown): FormProblem[] {
  if (error instanceof NetworkError) return [{ text: t('common:apiErrors.offline') }];
  if (!(error instanceof ApiRequestError)) return [{ text: t('common:apiErrors.unknown') }];
  const { body } = error;
  const fieldProblems = (body.problems ?? [])
    .filter((p) => p.field)
    .map((p) => {
      const general = p.field!.startsWith('route.') ? [`admin:errors.route.${p.code}`] : [];
      return { field: p.field, text: t([`admin:errors.${p.field}.${p.code}`, ...general], { defaultValue: p.message || body.message }) };
    });
  if (fieldProblems.length) return fieldProblems;
  return [{ text: t(`common:apiErrors.${body.error}`, { defaultValue: body.message || t('common:apiErrors.unknown') }) }];
}

/** A success to report: a text key of `admin:done` and its values. */
export interface Notice {
  key: string;
  params?: Record<string, string>;
}

/** A success for the page the administrator is sent to next (GOV.UK: the list shows "created"). Kept in memory only. */
export const pendingNotice = signal<Notice | null>(null);

export function useNotice() {
  const [notice, setNotice] = useState<{ value: Notice; n: number } | null>(() => {
    const pending = pendingNotice.value;
    pendingNotice.value = null;
    return pending ? { value: pending, n: 0 } : null;
  });
  return {
    notice,
    show: (value: Notice) => setNotice((old) => ({ value, n: (old?.n ?? 0) + 1 })),
    clear: () => setNotice(null),
  };
}

/**
 * The success banner. It takes focus when it appears, so a screen reader reads the result first
 * (as on the case page); it renders before the h1 of a page it was carried to, whose own focus
 * move after the navigation comes first and is then taken over.
 */
export function NoticeBanner({ notice }: { notice: { value: Notice; n: number } | null }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice?.n, notice?.value]);
  if (!notice) return null;
  const { key, params } = notice.value;
  return (
    <div ref={ref} tabIndex={-1} class="focus-target" id="admin-feedback">
      <NotificationBanner id="admin-done" kind="success" title={t('admin:doneTitle')}>
        <p>{t(`admin:done.${key}`, params)}</p>
      </NotificationBanner>
    </div>
  );
}
