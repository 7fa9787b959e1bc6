export { pullData, type PullOptions, type PullReport, type ObjectProblem, type TransferProgress } from './pull.js';
export { checkRemote, type RemoteCheckOptions, type RemoteCheckReport } from './remoteStatus.js';
export type { RemoteSessionOptions } from './session.js';
export {
  readDvcConfig,
  resolveRemote,
  displayUrl,
  SUPPORTED_SCHEMES,
  type DvcConfig,
  type RemoteSpec,
  type LocalRemoteSpec,
  type HttpRemoteSpec,
  type S3RemoteSpec,
} from './remoteConfig.js';
export { objectKey, cachePath, type ObjectId } from './layout.js';
export { parseDirListing, type ListedFile } from './dirListing.js';
export type { RetryPolicy } from './concurrency.js';
