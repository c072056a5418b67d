import { useEffect, useRef, useState } from 'preact/hooks';
import type { FileField } from '../../../domain/catalogue/service-definition';
import { acceptAttribute, acceptedNames, checkChosenFile, formatBytes, maxBytesOf } from '../../../domain/files/file-rules';
import { addFile, fileStoreVersion, getFiles, updateFile, type DeviceFile } from '../../data/files/file-store';
import { sha256Hex } from '../../data/files/file-hash';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { LabelledField } from '../Field/FormGroup';
import { inputId } from '../Field/field-ids';
import { useAnnouncements } from './use-announcements';
import { FilePreview } from './FilePreview';
import { connected } from '../../data/sync-state';

export interface FileUploadProps {
  fieldId: string;
  def: FileField;
  label: string;
  hint?: string;
  error?: string;
  /** The file ids the answer holds. */
  value: string[];
  asHeading: boolean;
  onChange(value: string[]): void;
  /** The request the files belong to (the server records it with each file). */
  owner: { requestId: string; serviceId: string; catalogueVersion: number };
}

export function percentOf(file: Pick<DeviceFile, 'sentBytes' | 'size'>): number {
  return Math.min(100, Math.floor((file.sentBytes / file.size) * 100));
}

export function stateText(t: Translate, file: DeviceFile, online: boolean): string {
  if (file.state === 'stored') return t(online ? 'files:state.stored' : 'files:state.waiting');
  if (file.state === 'uploading') return online ? t('files:state.uploading', { percent: percentOf(file) }) : t('files:state.waiting');
  return t(`files:state.${file.state}`);
}

const TAG: Record<DeviceFile['state'], string> = {
  stored: 'tag tag--grey',
  uploading: 'tag tag--blue',
  uploaded: 'tag tag--green',
  refused: 'tag tag--red',
  deleting: 'tag tag--grey',
};

/**
 * A file question (GOV.UK file upload pattern): the native file input, then the chosen files
 * with name, size, where each stands and a remove button. Chosen files are checked on the device
 * (type by name and browser type, size), kept in this device's file store — so a file chosen
 * offline survives a reload — and uploaded by the queue whenever there is a connection.
 */
export function FileUpload({ fieldId, def, label, hint, error, value, asHeading, onChange, owner }: FileUploadProps) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const id = inputId(fieldId);
  const online = connected.value;
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<DeviceFile[] | undefined>(undefined);
  const [choiceErrors, setChoiceErrors] = useState<string[]>([]);
  const version = fileStoreVersion.value;
  const types = new Intl.ListFormat(locale, { type: 'disjunction' }).format(acceptedNames(def));
  const announcement = useAnnouncements(files ?? [], t);

  useEffect(() => {
    let live = true;
    getFiles(value)
      .then((found) => live && setFiles(found))
      .catch(() => live && setFiles([]));
    return () => {
      live = false;
    };
  }, [value.join(','), version]);

  const choose = async (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const chosen = Array.from(target.files ?? []);
    // Cleared, so choosing the same file again (after removing it) fires a change again.
    target.value = '';
    let ids = [...value];
    const problems: string[] = [];
    for (const file of chosen) {
      const problem = checkChosenFile(def, file, ids.length);
      if (problem) {
        const max = problem.code === 'tooLarge' ? formatBytes(maxBytesOf(def), locale) : problem.params?.max;
        problems.push(t(`files:choice.${problem.code}`, { name: file.name, max, types }));
        continue;
      }
      try {
        const record: DeviceFile = {
          id: crypto.randomUUID(),
          ...owner,
          fieldId,
          name: file.name,
          type: file.type,
          size: file.size,
          sha256: await sha256Hex(file),
          state: 'stored',
          sentBytes: 0,
          addedAt: new Date().toISOString(),
        };
        await addFile(record, file);
        ids = [...ids, record.id];
        onChange(ids);
      } catch (failure) {
        console.error('Could not keep a chosen file', failure);
        problems.push(t('files:choice.storeFailed', { name: file.name }));
      }
    }
    // The upload queue wakes by itself on every change to the file store.
    setChoiceErrors(problems);
  };

  const remove = async (fileId: string) => {
    onChange(value.filter((v) => v !== fileId));
    setChoiceErrors([]);
    // The queue removes it from the server too (or, offline, once there is a connection).
    await updateFile(fileId, { state: 'deleting' }).catch(() => undefined);
    // The button is gone: focus goes back to the question, not to the page's start.
    input.current?.focus();
  };

  const rulesHint = t('files:hint', { types, max: formatBytes(maxBytesOf(def), locale), count: def.maxFiles });
  // A hint the service wrote says it in its own words; otherwise the rules are spelled out.
  const hintText = hint ?? rulesHint;
  const shown = value.map((v) => files?.find((f) => f.id === v)).filter((f): f is DeviceFile => !!f);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : '', choiceErrors.length ? `${id}-choice-error` : ''].filter(Boolean).join(' ');
  return (
    <LabelledField id={id} label={label} hint={hintText} error={error} asHeading={asHeading} groupError={error || choiceErrors[0]}>
      {choiceErrors.length ? (
        <div id={`${id}-choice-error`}>
          {choiceErrors.map((text) => (
            <p key={text} class="error-message">
              <span class="visually-hidden">{t('common:errorPrefix')} </span>
              {text}
            </p>
          ))}
        </div>
      ) : null}
      <input
        ref={input}
        class={error || choiceErrors.length ? 'file-upload file-upload--error' : 'file-upload'}
        type="file"
        id={id}
        name={fieldId}
        accept={acceptAttribute(def)}
        multiple={def.maxFiles > 1}
        aria-describedby={describedBy}
        onChange={choose}
      />
      <h2 class="heading-s file-list__heading">{t('files:chosenHeading')}</h2>
      {shown.length === 0 ? (
        <p class="file-list__empty">{t('files:noneChosen')}</p>
      ) : (
        <ul class="file-list">
          {shown.map((file) => (
            <li key={file.id} class="file-list__item" data-file-state={file.state}>
              <FilePreview file={file} />
              <span class="file-list__name">{file.name}</span>
              <span class="file-list__size">
                {t('files:size')}: {formatBytes(file.size, locale)}
              </span>
              <strong class={TAG[file.state]}>{stateText(t, file, online)}</strong>
              {file.state === 'refused' ? (
                <p class="error-message file-list__problem">{t(`files:problems.${file.refusedCode ?? 'refused'}`, { max: formatBytes(maxBytesOf(def), locale) })}</p>
              ) : null}
              <button type="button" class="button button--secondary file-list__remove" onClick={() => void remove(file.id)}>
                {t('files:remove')}
                <span class="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Polite: progress is news, not an interruption (GOV.UK: status messages, WCAG 4.1.3). */}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </LabelledField>
  );
}
