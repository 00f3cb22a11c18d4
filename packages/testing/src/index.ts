export * from './events.ts';
export * from './git-repo.ts';
