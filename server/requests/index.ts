export { toDeviceDoc, toStoredRequest, type DecisionRecord, type StoredRequest } from './stored-request';
