import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_src2 as require_src
} from "./chunk-3FTY7FXV.mjs";
import "./chunk-LCBWELZU.mjs";
export default require_src();
