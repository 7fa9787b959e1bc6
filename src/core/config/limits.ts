/**
 * Limits on the config file itself, checked before (or while) it is parsed. A config describes a
 * build in a few hundred lines; these bounds are orders of magnitude above any real one and far
 * below what would exhaust memory or the stack. They are fixed: a config cannot raise its own.
 */

/** Bytes in the file. A 100 MB config ran V8 out of memory; real configs are a few KiB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Nesting of mappings and lists. The schema's deepest path is 5 levels
 * (`/data/cleaning/impute/<column>/constant`); deep nesting only serves to exhaust the stack.
 */
export const MAX_CONFIG_DEPTH = 32;

/**
 * Values (keys, scalars, mappings, lists) after every alias is expanded: bounds both a plain
 * huge config and an alias bomb, whose few lines expand to billions of values.
 */
export const MAX_CONFIG_VALUES = 100_000;

/** Alias references (`*name`) in the file. Configs rarely use any. */
export const MAX_CONFIG_ALIASES = 1_000;

/** Characters in one string (key or value), e.g. a model card description. */
export const MAX_CONFIG_STRING = 65_536;

export const CONFIG_LIMITS = {
  bytes: MAX_CONFIG_BYTES,
  depth: MAX_CONFIG_DEPTH,
  values: MAX_CONFIG_VALUES,
  aliases: MAX_CONFIG_ALIASES,
  stringLength: MAX_CONFIG_STRING,
} as const;
