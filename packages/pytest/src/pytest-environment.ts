/**
 * The environment pytest runs in: the step's own, minus the action's INPUT_* variables (the tests
 * have no business with them), and no bytecode written next to the sources (__pycache__ in the
 * repository). Output needs no PYTHONUNBUFFERED: pytest flushes after every test.
 */
export function pytestEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (!key.toUpperCase().startsWith('INPUT_')) env[key] = value;
  }
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}
