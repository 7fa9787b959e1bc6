/**
 * One error family for the whole pipeline. Adapters (CLI, action) turn these into exit codes,
 * failed steps and annotations; core never exits or prints.
 */

/** Stable machine-readable codes. Never renumber or rename: scripts match on them. */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_PARSE'
  | 'CONFIG_INVALID'
  | 'PATH_ESCAPES_ROOT'
  | 'FILE_UNREADABLE'
  | 'DVC_PARSE'
  | 'DVC_UNKNOWN_HASH'
  | 'DVC_SYMLINK_ESCAPES'
  /** A committed blob meant as a Git LFS pointer breaks the pointer spec. */
  | 'LFS_POINTER_INVALID'
  | 'GIT_FAILED'
  | 'DATA_INVALID'
  | 'MODEL_INVALID'
  | 'GATE_INVALID'
  | 'BACKEND_UNAVAILABLE'
  | 'DIRTY_WORKSPACE'
  | 'INTERNAL'
  | 'PACKAGE_INVALID'
  /** The build would write where it may not (a tracked folder, .git, a folder it did not create). */
  | 'OUTPUT_REFUSED'
  /** Another build holds the output folder's lock. */
  | 'OUTPUT_LOCKED'
  /** The output folder cannot be written (full disk, read-only, permissions). */
  | 'OUTPUT_UNWRITABLE'
  /** Code the build would run is not versioned (a model module or a file it imports). */
  | 'UNVERSIONED_CODE'
  /** `.dvc/config` or `.dvc/config.local` is malformed or has a value DVC would refuse. */
  | 'DVC_CONFIG_INVALID'
  /** The named DVC remote does not exist, or no remote was named and there is no default. */
  | 'DVC_REMOTE_NOT_FOUND'
  /** A DVC remote type or option model-build does not read (gs, azure, ssh, worktree, …). */
  | 'DVC_REMOTE_UNSUPPORTED'
  /** A DVC remote cannot be reached or keeps failing after retries. */
  | 'DVC_REMOTE_UNREACHABLE'
  /** A DVC remote refused the credentials (401/403, bad keys, none found). */
  | 'DVC_REMOTE_DENIED'
  /** An object in a DVC remote or cache is not what its name promises (a malformed folder listing). */
  | 'DVC_OBJECT_INVALID'
  /** Pulling would overwrite a workspace file whose bytes differ from the pointer's (use --force). */
  | 'WORKSPACE_CONFLICT'
  /** The action's `require-remote`: objects the committed DVC pointers record are not in the remote. */
  | 'DVC_NOT_IN_REMOTE'
  /** The action's `pull`: objects could not be fetched (missing, corrupt, truncated). */
  | 'DVC_PULL_FAILED'
  /** A model does not match its signature, or was not signed by the key or identity given. */
  | 'SIGNATURE_INVALID'
  /** A key or Sigstore trusted root given to sign or verify cannot be used (not PEM, wrong type, damaged). */
  | 'KEY_INVALID';

/** Where in a file the problem is, when known (1-based line and column). */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path inside the document, e.g. `/data/path`. */
  pointer?: string;
}

export interface ModelBuildErrorOptions extends ErrorLocation {
  /** What the user can do about it. */
  hint?: string;
  /** Further problems of the same kind, one line each (e.g. every schema violation). */
  details?: string[];
  cause?: unknown;
}

export class ModelBuildError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly location: ErrorLocation;
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, options: ModelBuildErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ModelBuildError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? [];
    const { file, line, column, pointer } = options;
    this.location = { file, line, column, pointer };
  }

  static is(value: unknown): value is ModelBuildError {
    return value instanceof ModelBuildError;
  }

  /** `file:line:col: message (hint)` — one line, what a terminal user reads. */
  format(): string {
    const { file, line, column } = this.location;
    let where = '';
    if (file) where = line ? `${file}:${line}${column ? `:${column}` : ''}: ` : `${file}: `;
    const more = this.details.map((d) => `\n  ${d}`).join('');
    return `${where}${this.message}${more}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}
