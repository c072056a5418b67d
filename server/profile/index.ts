export { profileRoutes } from './profile-routes';
export { deleteAccount, exportAccountData } from './account-data';
export { saveProfile } from './profile-store';
