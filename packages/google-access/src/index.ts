export {
  type AccessRefusal,
  AUTH_STEP,
  accessAdvice,
  accessRefusal,
  CredentialsError,
  ROLES,
} from './advice.ts';
