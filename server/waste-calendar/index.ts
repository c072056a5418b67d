export { wasteFeedRoutes } from './feed-route';
