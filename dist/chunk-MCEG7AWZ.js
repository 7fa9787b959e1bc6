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
} from "./chunk-4V2U4ZQB.js";
import "./chunk-UIJWBVBW.js";
import "./chunk-H6G3C63X.js";
import "./chunk-NJCLNF4V.js";
import "./chunk-RNSVOXCG.js";
import "./chunk-4Y6FMFNR.js";
import "./chunk-7W777O5M.js";
import "./chunk-MBI57HWR.js";
import "./chunk-EI6HOR2N.js";
import "./chunk-7EER4ZVU.js";
import "./chunk-SZSTB6F4.js";
import "./chunk-TY4TGASN.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-BVRF2JYJ.js";
import "./chunk-EXTS7PAH.js";
import "./chunk-TS7JFUTD.js";
import "./chunk-OTOVPBEG.js";
import "./chunk-TSURTRHC.js";
import "./chunk-AH66PB2E.js";
import "./chunk-GHPKYRE7.js";
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
