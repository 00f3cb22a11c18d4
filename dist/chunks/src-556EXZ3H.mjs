import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_src2 as require_src
} from "./chunk-J364DNAW.mjs";
import "./chunk-LCBWELZU.mjs";
export default require_src();
