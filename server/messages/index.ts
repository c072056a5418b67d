export { messageSyncRoutes, messageFileRoutes, sendPdf } from './message-routes';
export { messagesOf, storeUpload, writeClerkMessage, readAttachment, PDF_MAX_BYTES } from './clerk-messages';
export { toDeviceMessage, type StoredMessage } from './stored-message';
