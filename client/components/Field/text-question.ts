/** What QuestionField hands every question that is answered by typing (text, textarea, location, street). */
export interface TextQuestionProps {
  fieldId: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  asHeading: boolean;
  onInput(value: string): void;
}
