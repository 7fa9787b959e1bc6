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
} from "./chunk-XADGBU4J.js";
import "./chunk-44SIJQLH.js";
import "./chunk-5ORWNNJF.js";
import "./chunk-6U26Z6TZ.js";
import "./chunk-HJZEEL2Z.js";
import "./chunk-4Y6FMFNR.js";
import "./chunk-BVMGPYRV.js";
import "./chunk-5SXOLJ65.js";
import "./chunk-EI6HOR2N.js";
import "./chunk-7GRSB4GL.js";
import "./chunk-XLEWQWEV.js";
import "./chunk-PIENSO7R.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-F242I2EM.js";
import "./chunk-EXTS7PAH.js";
import "./chunk-TS7JFUTD.js";
import "./chunk-JQ4SFVEJ.js";
import "./chunk-TSURTRHC.js";
import "./chunk-AH66PB2E.js";
import "./chunk-GNYUP4TX.js";
import "./chunk-HKHUL6MO.js";
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
