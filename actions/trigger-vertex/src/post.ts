import { runPost } from './post-run.ts';

await runPost();
