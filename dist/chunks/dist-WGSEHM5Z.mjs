import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist2 as require_dist
} from "./chunk-QW7CM5VB.mjs";
import "./chunk-LCBWELZU.mjs";
export default require_dist();
