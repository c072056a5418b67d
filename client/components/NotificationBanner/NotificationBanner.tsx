import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  /** success: something the citizen did worked. info: something to know (update, kept answers). */
  kind?: 'info' | 'success';
  children: ComponentChildren;
}

/**
 * GOV.UK notification banner. A labelled region, so screen reader users find it in the
 * landmarks list; it does not take focus or interrupt (it is not an error).
 */
export function NotificationBanner({ id, title, kind = 'info', children }: Props) {
  return (
    <section class={`notification-banner notification-banner--${kind}`} aria-labelledby={id}>
      <div class="notification-banner__header">
        <h2 class="notification-banner__title" id={id}>
          {title}
        </h2>
      </div>
      <div class="notification-banner__content">{children}</div>
    </section>
  );
}
