/** Serving a package's model over HTTP: the server, its limits and its error answers. */
export { serveModel, type ServeOptions, type ModelServer, type RequestLog } from './server.js';
export { loadServedModel, type ServedModel, type LoadServedModelOptions } from './servedModel.js';
export { SERVE_LIMITS, MAX_BODY_LIMIT, MAX_RECORDS_LIMIT, serveLimits, type ServeLimits } from './limits.js';
export { HttpError, type ServeErrorCode, type RecordProblem } from './httpError.js';
export { checkRecords, type CheckedRecords } from './checkRecords.js';
export { parseBody, type BodyRecord } from './parseBody.js';
export { bodyFormatOf, responseFormatOf, type BodyFormat, type ResponseFormat } from './mediaTypes.js';
