export { toDeviceDoc, toStoredRequest, type StoredRequest } from './stored-request';
