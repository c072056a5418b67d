import type { ComponentChildren } from 'preact';

export interface SummaryRow {
  key: string;
  label: string;
  /** A list renders one line per item (ticked options). */
  value: string | string[];
  /** Said beside the answer, in its cell, so a screen reader reads it with the answer. */
  note?: string;
  /** "Ändern" link; its hidden text names the answer, so 5 links don't all read "Ändern". */
  change?: { href: string; text: string };
}

export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row" key={row.key}>
          <dt class="summary-list__key">{row.label}</dt>
          <dd class="summary-list__value">
            {Array.isArray(row.value) ? (
              <ul class="plain-list">
                {row.value.map((item) => (
                  <li key={item}>
                    <bdi>{item}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              // Isolated: a phone number, date or reference keeps its order in a right-to-left page.
              <bdi>{row.value}</bdi>
            )}
            {/* The space keeps the answer and "Von BundID bestätigt." two phrases when read or copied as text. */}
            {row.note ? <> <span class="summary-list__note">{row.note}</span></> : null}
          </dd>
          {row.change ? (
            <dd class="summary-list__actions">
              <a href={row.change.href}>
                {row.change.text}
                <span class="visually-hidden"> {row.label}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** A plain key/value card (reference number, department) in the same look. */
export function SummaryCard({ children }: { children: ComponentChildren }) {
  return <div class="summary-card">{children}</div>;
}
