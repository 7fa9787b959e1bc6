import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  formatVerdict,
  inspectSignature,
  loadTrust,
  runVerifySignature,
  signatureLine,
  signerText,
  verdictJson
} from "./chunk-67OPJXYX.js";
import "./chunk-NJCLNF4V.js";
import "./chunk-7EER4ZVU.js";
import "./chunk-SZSTB6F4.js";
import "./chunk-TY4TGASN.js";
import "./chunk-ALOC5M2N.js";
import "./chunk-BVRF2JYJ.js";
import "./chunk-EXTS7PAH.js";
import "./chunk-TS7JFUTD.js";
import "./chunk-TSURTRHC.js";
import "./chunk-AH66PB2E.js";
import "./chunk-RIGD5S4O.js";
import "./chunk-4KALBLMG.js";
import "./chunk-J3ZPWLJ2.js";
import "./chunk-LTRPNYHO.js";
export {
  formatVerdict,
  inspectSignature,
  loadTrust,
  runVerifySignature,
  signatureLine,
  signerText,
  verdictJson
};
