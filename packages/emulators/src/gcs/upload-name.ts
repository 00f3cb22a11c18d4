import { invalid, required } from './errors.ts';
import type { RequestUrl } from './request-url.ts';

/**
 * An upload's object name: the `name` parameter or the metadata's `name`. Sent both ways, they
 * must agree, the API's usual rule for a value given twice; given neither, it is 400 Required.
 */
export function uploadName(url: RequestUrl, resource: Record<string, unknown>): string {
  const fromQuery = url.get('name');
  const fromBody = typeof resource.name === 'string' ? resource.name : undefined;
  if (fromQuery !== undefined && fromBody !== undefined && fromQuery !== fromBody) {
    throw invalid(
      `Value '${fromBody}' in content does not agree with value '${fromQuery}'. This can happen when a value set through a parameter is inconsistent with a value set in the request.`,
    );
  }
  const name = fromQuery ?? fromBody;
  if (name === undefined || name === '') throw required();
  return name;
}
