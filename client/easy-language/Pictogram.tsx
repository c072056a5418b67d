import { easyLanguage } from './easy-mode';

/**
 * Pictograms for the main actions, drawn as lines in the text colour (currentColor), so they follow
 * dark mode, forced colours and the button's own colours. Leichte Sprache puts a picture beside
 * an action to support the word, never instead of it: the button keeps its text as its name and
 * the picture is hidden from screen readers.
 */
const SHAPES = {
  next: ['M4 12h15', 'M13 6l6 6-6 6'],
  back: ['M20 12H5', 'M11 6l-6 6 6 6'],
  send: ['M3 11 21 3l-8 18-2-8z', 'M11 13 21 3'],
  pay: ['M3 6h18v12H3z', 'M3 10h18', 'M7 15h4'],
  calendar: ['M4 5h16v16H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4'],
  document: ['M6 2h9l5 5v15H6z', 'M14 2v6h6', 'M9 13h8', 'M9 17h8'],
  book: ['M3 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H3z', 'M21 5h-7a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h7z'],
} as const;

export type PictogramName = keyof typeof SHAPES;

export function Pictogram({ name }: { name: PictogramName }) {
  return (
    <svg
      class="pictogram"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      data-pictogram={name}
    >
      {SHAPES[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** A pictogram shown only in Leichte Sprache, placed inside an action before its text. */
export function ActionPictogram({ name }: { name: PictogramName }) {
  return easyLanguage.value ? <Pictogram name={name} /> : null;
}
