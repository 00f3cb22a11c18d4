export * from './events.ts';
export * from './git-repo.ts';
export * from './github-api-server.ts';
