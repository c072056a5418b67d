import { useState } from 'preact/hooks';
import { useCurrentServices } from '../../catalogue/catalogue';
import { useT } from '../../i18n/i18n';
import { PAYMENT_STATES } from '../../../domain/payments/payment-summary';
import { serviceName } from '../requests/request-texts';
import type { InboxView } from './inbox-query';

const STATUSES = ['received', 'in_progress', 'needs_info', 'submitted', 'completed', 'rejected', 'withdrawn'];

/**
 * The inbox filters as one form: nothing changes while the clerk types or picks, only on
 * "Anwenden", so a screen reader user is never surprised by a table that reloads under them.
 */
export function InboxFilters({ view, errors, onApply }: { view: InboxView; errors: Record<string, string>; onApply(view: InboxView): void }) {
  const t = useT();
  const services = useCurrentServices();
  const [draft, setDraft] = useState(view);
  const set = (key: keyof InboxView) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const field = (id: keyof InboxView, label: string, input: preact.JSX.Element) => (
    <div class={errors[id] ? 'form-group form-group--error inbox-filters__field' : 'form-group inbox-filters__field'}>
      <label class="label" for={`filter-${id}`}>
        {label}
      </label>
      {errors[id] ? (
        <p class="error-message" id={`filter-${id}-error`}>
          <span class="visually-hidden">{t('common:errorPrefix')} </span>
          {errors[id]}
        </p>
      ) : null}
      {input}
    </div>
  );
  const described = (id: string) => (errors[id] ? `filter-${id}-error` : undefined);
  return (
    <form
      class="inbox-filters"
      role="search"
      aria-label={t('clerk:filters.label')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, page: 1 });
      }}
    >
      {field(
        'q',
        t('clerk:filters.q'),
        <input class="input" type="search" id="filter-q" name="q" value={draft.q} onInput={set('q')} aria-describedby={described('q')} />,
      )}
      {field(
        'status',
        t('clerk:filters.status'),
        <select class="select" id="filter-status" name="status" value={draft.status} onChange={set('status')} aria-describedby={described('status')}>
          <option value="">{t('clerk:filters.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`common:statuses.${s}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'service',
        t('clerk:filters.service'),
        <select class="select" id="filter-service" name="service" value={draft.service} onChange={set('service')} aria-describedby={described('service')}>
          <option value="">{t('clerk:filters.all')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {serviceName(t, s.id)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'payment',
        t('clerk-payments:filter'),
        <select class="select" id="filter-payment" name="payment" value={draft.payment} onChange={set('payment')} aria-describedby={described('payment')}>
          <option value="">{t('clerk:filters.all')}</option>
          {PAYMENT_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`clerk-payments:states.${s}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        'assignee',
        t('clerk-workday:assignee.label'),
        <select class="select" id="filter-assignee" name="assignee" value={draft.assignee} onChange={set('assignee')} aria-describedby={described('assignee')}>
          <option value="">{t('clerk:filters.all')}</option>
          <option value="me">{t('clerk-workday:assignee.me')}</option>
          <option value="none">{t('clerk-workday:assignee.none')}</option>
        </select>,
      )}
      {field('from', t('clerk:filters.from'), <input class="input" type="date" id="filter-from" name="from" value={draft.from} onInput={set('from')} aria-describedby={described('from')} />)}
      {field('to', t('clerk:filters.to'), <input class="input" type="date" id="filter-to" name="to" value={draft.to} onInput={set('to')} aria-describedby={described('to')} />)}
      <div class="button-group inbox-filters__actions">
        <button type="submit" class="button">
          {t('clerk:filters.apply')}
        </button>
        <a class="link" href="/sachbearbeitung">
          {t('clerk:filters.reset')}
        </a>
      </div>
    </form>
  );
}
