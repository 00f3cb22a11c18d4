export * from './events.ts';
export * from './git-http-server.ts';
export * from './git-repo.ts';
export * from './seed-fixtures.ts';
