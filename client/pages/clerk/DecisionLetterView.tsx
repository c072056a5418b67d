import type { DecisionLetter } from '../../../domain/decisions/decision-letter';
import { useT } from '../../i18n/i18n';

/** The letter as the citizen will read it in the PDF: the same lines, in the same order. */
export function DecisionLetterView({ letter, headingId, heading }: { letter: DecisionLetter; headingId: string; heading: string }) {
  const t = useT();
  return (
    <article class="decision-letter" aria-labelledby={headingId}>
      <h3 class="heading-s" id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p class="decision-letter__head">
        <strong>{letter.letterhead.city}</strong>
        <br />
        {letter.letterhead.department}
      </p>
      <dl class="facts">
        <div>
          <dt>{t('clerk-decisions:to')}</dt>
          <dd>{letter.recipient}</dd>
        </div>
        <div>
          <dt>{t('decision-letter:reference')}</dt>
          <dd>{letter.reference}</dd>
        </div>
        <div>
          <dt>{t('decision-letter:date')}</dt>
          <dd>{letter.dateText}</dd>
        </div>
      </dl>
      {/* Letters are written in German (the administration's language), whatever the screen shows. */}
      <div lang="de">
      <p>
        <strong>{letter.subject}</strong>
      </p>
      <p>{letter.salutation}</p>
      {letter.text.split(/\n{2,}/).map((part, i) => (
        <p key={i} class="decision-letter__text">
          {part}
        </p>
      ))}
      <p>{letter.closing}</p>
      <p>
        {letter.signature.name}
        <br />
        {letter.signature.department}
      </p>
      {letter.remedy ? (
        <>
          <p>
            <strong>{letter.remedy.title}</strong>
          </p>
          <p>{letter.remedy.text}</p>
        </>
      ) : null}
      </div>
    </article>
  );
}
