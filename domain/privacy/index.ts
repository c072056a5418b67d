export { privacyNoticeGaps, servicePrivacyEntries, retentionPeriod, type ServicePrivacyEntry } from './privacy-notice';
export { STORAGE_INVENTORY, NOT_STORAGE, storageItemFor, storageLabel, type StorageItem, type StorageKind } from './storage-inventory';
