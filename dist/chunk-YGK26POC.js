import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  formatBuild,
  runBuild,
  sourceDateEpoch
} from "./chunk-T7BEMRFW.js";
import "./chunk-EB2BMCUA.js";
import "./chunk-KYV2LCWT.js";
import "./chunk-RWFSG7JW.js";
import "./chunk-DN7LHNP7.js";
import "./chunk-4Y6FMFNR.js";
import "./chunk-UOJCVBOE.js";
import "./chunk-TY4TGASN.js";
import "./chunk-UG4SUMJ2.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-PBFU3N36.js";
import "./chunk-MDEWCTW4.js";
import "./chunk-EXTS7PAH.js";
import "./chunk-TS7JFUTD.js";
import "./chunk-TSURTRHC.js";
import "./chunk-OTOVPBEG.js";
import "./chunk-AH66PB2E.js";
import "./chunk-X3SKKC6O.js";
import "./chunk-F4RPJ75B.js";
import "./chunk-FT5MJEK3.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";
export {
  formatBuild,
  runBuild,
  sourceDateEpoch
};
