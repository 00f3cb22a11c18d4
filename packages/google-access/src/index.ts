export {
  type AccessRefusal,
  AUTH_STEP,
  accessAdvice,
  accessRefusal,
  CredentialsError,
  ROLES,
} from './advice.ts';
export {
  type CredentialLookup,
  type CredentialSource,
  findCredentials,
  noCredentials,
} from './find-credentials.ts';
