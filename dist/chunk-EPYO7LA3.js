import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  formatCheckReport,
  formatRemoteCheck,
  runCheck
} from "./chunk-UIJWBVBW.js";
import "./chunk-H6G3C63X.js";
import "./chunk-7W777O5M.js";
import "./chunk-MBI57HWR.js";
import "./chunk-EI6HOR2N.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-BVRF2JYJ.js";
import "./chunk-EXTS7PAH.js";
import "./chunk-TS7JFUTD.js";
import "./chunk-OTOVPBEG.js";
import "./chunk-AH66PB2E.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";
export {
  formatCheckReport,
  formatRemoteCheck,
  runCheck
};
