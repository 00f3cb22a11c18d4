/**
 * The environment the compile command runs in: the step's own, minus the action's INPUT_*
 * variables (the compiler has no business with them), with Python output unbuffered so that
 * stdout and stderr interleave in the log as they were written (unless the job sets it).
 */
export function compileEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PYTHONUNBUFFERED: '1' };
  for (const [key, value] of Object.entries(base)) {
    if (!key.toUpperCase().startsWith('INPUT_')) env[key] = value;
  }
  return env;
}
