export { startNotificationFollower, type NotificationFollower } from './notification-follower';
export { requestEvents, messageEvents, type NotificationEvent } from './notification-events';
export { notificationMailId, queueNotification } from './send-notification';
