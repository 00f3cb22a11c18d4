import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  quote
} from "./chunk-J7N4K3SP.mjs";

// packages/gcs/src/bucket-name.ts
function bucketNameProblem(name) {
  if (name === "") return "is empty";
  if (/[A-Z]/.test(name)) return "has uppercase letters (bucket names are lowercase)";
  if (!/^[a-z0-9._-]+$/.test(name)) return "has characters other than a-z, 0-9, -, _ and .";
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return "must start and end with a letter or digit";
  if (name.length < 3) return "is shorter than 3 characters";
  const parts = name.split(".");
  if (parts.length === 1 && name.length > 63) return "is longer than 63 characters (222 with dots)";
  if (name.length > 222) return "is longer than 222 characters";
  if (parts.some((part) => part === "")) return "has two dots in a row";
  if (parts.some((part) => part.length > 63)) return "has a dot-separated part longer than 63 characters";
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return "is an IP address";
  if (name.startsWith("goog")) return 'starts with "goog"';
  if (/g[o0][o0]g(l|1)e/.test(name)) return 'contains "google" or a close misspelling';
  return void 0;
}

// packages/gcs/src/gs-uri-mistake.ts
var STORAGE_HOSTS = /^https?:\/\/(storage\.googleapis\.com|storage\.cloud\.google\.com)\/([^?#]+)$/i;
function gsUriMistake(text) {
  const web = STORAGE_HOSTS.exec(text);
  if (web) {
    const path = decoded(web[2]);
    return {
      meant: `gs://${path}`,
      why: `is the https:// address of an object on ${web[1]}, not a gs:// URI`
    };
  }
  const scheme = /^(gs)(:\/\/|:\/|:|\/\/)(?=[^/])/i.exec(text);
  if (!scheme) return void 0;
  const [prefix, name, separator] = scheme;
  if (name === "gs" && separator === "://") return void 0;
  const meant = `gs://${text.slice(prefix.length)}`;
  if (separator === "://")
    return { meant, why: `spells the scheme ${JSON.stringify(name)}; it is lowercase` };
  const got = `${name}${separator}`;
  return { meant, why: `starts with ${JSON.stringify(got)} instead of "gs://"` };
}
function decoded(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

// packages/gcs/src/object-name.ts
var utf8 = new TextEncoder();
var MAX_OBJECT_NAME_BYTES = 1024;
function objectNameProblem(name) {
  if (name === "") return "is empty";
  return objectPathProblem(name);
}
function objectPathProblem(path) {
  if (utf8.encode(path).length > MAX_OBJECT_NAME_BYTES) return "is longer than 1024 bytes of UTF-8";
  if (/[\r\n]/.test(path)) return "contains a carriage return or line feed";
  if (/[\uD800-\uDFFF]/.test(path.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")))
    return "is not valid UTF-8";
  if (path.split("/").some((segment) => segment === "." || segment === "..")) {
    return 'has a "." or ".." segment';
  }
  if (path.startsWith(".well-known/acme-challenge/"))
    return "is under .well-known/acme-challenge/, which is reserved";
  return void 0;
}

// packages/gcs/src/gs-uri.ts
var SCHEME = "gs://";
var ACCEPTED = "a Cloud Storage URI such as gs://my-bucket/path/to/prefix";
function parseGsUri(text, input = "destination") {
  const reject = (why) => new InputError(
    input,
    text,
    `Input ${quote(input)} must be ${ACCEPTED}; got ${shown(text)}, which ${why}${why.endsWith("?") ? "" : "."}`
  );
  const mistake = gsUriMistake(text);
  if (mistake !== void 0) {
    throw reject(`${mistake.why}; did you mean ${shown(mistake.meant)}?`);
  }
  if (!text.startsWith(SCHEME)) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
    throw reject(
      scheme === void 0 ? "does not start with gs://" : `starts with ${scheme}:// instead of gs://`
    );
  }
  const rest = text.slice(SCHEME.length);
  const slash = rest.indexOf("/");
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? "" : rest.slice(slash + 1);
  const bucketProblem = bucketNameProblem(bucket);
  if (bucketProblem !== void 0) {
    throw reject(`has an invalid bucket name ${quote(bucket)}: it ${bucketProblem}`);
  }
  const pathProblem = objectPathProblem(path);
  if (pathProblem !== void 0) {
    throw reject(`has an invalid object name ${shown(path)}: it ${pathProblem}`);
  }
  return { bucket, path };
}
function formatGsUri(uri) {
  return uri.path === "" ? `${SCHEME}${uri.bucket}` : `${SCHEME}${uri.bucket}/${uri.path}`;
}
function objectUri(bucket, name) {
  return formatGsUri({ bucket, path: name });
}
var MAX_SHOWN = 200;
function shown(value) {
  return quote(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

export {
  bucketNameProblem,
  gsUriMistake,
  objectNameProblem,
  parseGsUri,
  formatGsUri,
  objectUri
};
