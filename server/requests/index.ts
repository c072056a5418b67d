export { toDeviceDoc, toStoredRequest, type DecisionRecord, type StoredRequest } from './stored-request';
export { citizenNames, deriveMissingSearchWords, refreshOwnerSearchWords, withSearchWords } from './search-words';
