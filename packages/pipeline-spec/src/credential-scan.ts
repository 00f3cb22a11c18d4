import { credentialIn } from './credentials.ts';
import { isObject } from './json-object.ts';

export interface CredentialFinding {
  /** Where it is. For a key that looks like a credential, the object holding that key. */
  segments: (string | number)[];
  kind: string;
}

/**
 * Every string (and key) in a parsed document that looks like a credential, by path. An object
 * shaped like a service-account key file counts too. Values are never returned.
 */
export function findCredentials(document: unknown): CredentialFinding[] {
  const findings: CredentialFinding[] = [];
  // One shared path, pushed and popped on the way down: no allocation per value visited.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const kind = credentialIn(value);
      if (kind !== undefined) findings.push({ segments: [...path], kind });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (isObject(value)) {
      if (value.type === 'service_account' && ('private_key' in value || 'private_key_id' in value)) {
        findings.push({ segments: [...path], kind: 'a service-account key' });
        return;
      }
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const keyKind = credentialIn(key);
        if (keyKind !== undefined) findings.push({ segments: [...path], kind: `a key that is ${keyKind}` });
        path.push(key);
        visit(value[key]);
        path.pop();
      }
    }
  };
  visit(document);
  return findings;
}
