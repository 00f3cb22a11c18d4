import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ActionError,
  getState,
  saveState
} from "./chunk-J7N4K3SP.mjs";

// actions/trigger-vertex/src/cancel-state.ts
var STATE_KEY = "job-to-cancel";
function rememberJobToCancel(job) {
  saveState(STATE_KEY, JSON.stringify(job));
}
function forgetJobToCancel() {
  saveState(STATE_KEY, "");
}
function jobToCancel() {
  const saved = getState(STATE_KEY);
  if (saved === "") return void 0;
  const job = JSON.parse(saved);
  return typeof job.name === "string" && job.endpoint ? job : void 0;
}

// actions/trigger-vertex/src/user-facing-error.ts
var WRITTEN_FOR_USERS = /* @__PURE__ */ new Set([
  "CredentialsError",
  "JobIdTakenError",
  "TemplateDownloadError",
  "VertexCallError"
]);
function userFacing(error) {
  if (error instanceof Error && WRITTEN_FOR_USERS.has(error.name))
    return new ActionError(error.message, { cause: error });
  return error;
}

export {
  rememberJobToCancel,
  forgetJobToCancel,
  jobToCancel,
  userFacing
};
