/** A user-facing failure to determine what changed (wrong base, fork under pull_request_target, …). */
export class DetectError extends Error {}
