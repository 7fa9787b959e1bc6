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
} from "./chunk-KYV2LCWT.js";
import "./chunk-UG4SUMJ2.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-PBFU3N36.js";
import "./chunk-MDEWCTW4.js";
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
