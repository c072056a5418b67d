export { startNotificationFollower, type NotificationFollower } from './notification-follower';
export { requestEvents, messageEvents, type NotificationEvent } from './notification-events';
export { notificationMailId, queueNotification } from './send-notification';
export { startReminderScan, REMINDER_SCAN_MS, type ReminderScan, type ReminderScanOptions } from './reminder-scan';
export { invoiceEvents, reminderEvents, FEE_REMINDER_DAYS } from './reminder-events';
