export { fundsachenRoutes } from './fundsachen-routes';
export { startClaimFollower } from './claim-follower';
