import type { ChainCheck } from '../../../domain/audit/chain-check';
import { Table, type TableColumn } from '../../components/Table/Table';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import './clerk.css';

interface ChainEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
}

interface Props<Entry extends ChainEntry> {
  /**
   * Where the words are: a department's trail (read by its lead) and the administration's are
   * worded apart, with the same keys.
   */
  texts: 'clerk:audit' | 'admin:audit';
  verification: ChainCheck;
  entries: Entry[];
  /** The one column the two trails differ in (the case's Aktenzeichen, the change's details). */
  lastColumn: TableColumn<Entry>;
}

/** An audit chain: first whether the check found it unchanged, then its entries, newest first. */
export function AuditTrail<Entry extends ChainEntry>({ texts, verification, entries, lastColumn }: Props<Entry>) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  return (
    <>
      <p class={verification.ok ? 'audit-ok' : 'audit-broken'}>
        {verification.ok ? t(`${texts}.intact`, { count: verification.entries }) : t(`${texts}.broken`, { seq: verification.brokenAt })}
      </p>
      {entries.length === 0 ? (
        <p>{t(`${texts}.empty`)}</p>
      ) : (
        <Table
          caption={t(`${texts}.caption`)}
          rows={entries}
          rowKey={(e) => e.seq}
          columns={[
            { header: t(`${texts}.seq`), rowHeader: true, cell: (e) => e.seq },
            { header: t(`${texts}.at`), cell: (e) => formatTimestamp(e.at, locale) },
            { header: t(`${texts}.who`), cell: (e) => e.actorName },
            { header: t(`${texts}.action`), cell: (e) => t(`${texts}.actions.${e.action}`, { defaultValue: e.action }) },
            lastColumn,
          ]}
        />
      )}
    </>
  );
}
