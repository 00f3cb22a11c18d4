import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-LCBWELZU.mjs";

// node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/package.json
var require_package = __commonJS({
  "node_modules/.pnpm/@google-cloud+aiplatform@7.4.0/node_modules/@google-cloud/aiplatform/package.json"(exports, module) {
    module.exports = {
      name: "@google-cloud/aiplatform",
      version: "7.4.0",
      description: "Vertex AI client for Node.js",
      repository: {
        type: "git",
        directory: "packages/google-cloud-aiplatform",
        url: "https://github.com/googleapis/google-cloud-node.git"
      },
      license: "Apache-2.0",
      author: "Google LLC",
      main: "build/src/index.js",
      files: [
        "build/src",
        "build/protos",
        "!build/src/**/*.map"
      ],
      keywords: [
        "google apis client",
        "google api client",
        "google apis",
        "google api",
        "google",
        "google cloud platform",
        "google cloud",
        "cloud",
        "google vertex ai",
        "google vertex",
        "aiplatform",
        "dataset service",
        "endpoint service",
        "job service",
        "migration service",
        "model service",
        "pipeline service",
        "prediction service",
        "specialist pool service"
      ],
      scripts: {
        clean: "gts clean",
        compile: "tsc -p . && cp -r protos build/",
        "compile-protos": "compileProtos src",
        docs: "NODE_OPTIONS=--max-old-space-size=8192 jsdoc -c .jsdoc.js",
        fix: "gts fix",
        lint: "gts check",
        prepare: "npm run compile",
        prelint: "cd samples; npm link ../; npm i",
        postpack: "minifyProtoJson",
        "samples-test": "cd samples/ && npm link ../ && npm i && npm test",
        "system-test": "c8 mocha --config ../../.mocharc.cjs --no-parallel build/system-test --timeout=1000000",
        test: "c8 mocha --config ../../.mocharc.cjs build/test"
      },
      dependencies: {
        "google-gax": "^6.0.0"
      },
      devDependencies: {
        "@types/mocha": "^10.0.10",
        "@types/node": "^22.13.9",
        "@types/sinon": "^17.0.4",
        c8: "^10.1.3",
        "gapic-tools": "^2.0.0",
        gts: "^6.0.2",
        jsdoc: "^4.0.4",
        "jsdoc-fresh": "^6.0.0",
        "jsdoc-region-tag": "^5.0.0",
        long: "^5.3.1",
        mocha: "^11.1.0",
        "pack-n-play": "^5.0.0",
        sinon: "21.0.3",
        typescript: "^5.8.2"
      },
      engines: {
        node: ">=22"
      },
      homepage: "https://github.com/googleapis/google-cloud-node/tree/main/packages/google-cloud-aiplatform",
      overrides: {
        "@sinonjs/fake-timers": "15.2.1"
      },
      pnpm: {
        overrides: {
          "@sinonjs/fake-timers": "15.2.1"
        }
      }
    };
  }
});

export {
  require_package
};
