import { createRequire as __mbCreateRequire } from 'node:module';
import { fileURLToPath as __mbFileURLToPath } from 'node:url';
import { dirname as __mbDirname } from 'node:path';
const require = __mbCreateRequire(import.meta.url);
const __mbFilename = __mbFileURLToPath(import.meta.url);
const __mbDirnameValue = __mbDirname(__mbFilename);
import {
  writeDurably
} from "./chunk-ALOC5M2N.js";
import {
  DEFAULT_CONFIG_NAMES,
  Hasher,
  attributeOf,
  commitTree,
  configDataPaths,
  decodeStrictUtf8,
  dirtyPaths,
  findConfigFile,
  isAlive,
  isSkipped,
  loadConfig,
  readBlobs,
  readDvcFile,
  readDvcLock,
  readGitFacts,
  uninitializedSubmodules
} from "./chunk-PBFU3N36.js";
import {
  RepositoryBoundary,
  resolveReal
} from "./chunk-MDEWCTW4.js";
import {
  compareBytes,
  isInside,
  toPosix
} from "./chunk-RIGD5S4O.js";
import {
  ModelBuildError
} from "./chunk-J3ZPWLJ2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LTRPNYHO.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path6) => {
      const end = path6.length - 1;
      const index = path6.lastIndexOf(
        SLASH,
        path6[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path6 : path6.slice(index + 1);
    };
    var parentOf = (path6) => {
      if (path6.charCodeAt(0) === SLASH_CODE || path6.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path6.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path6.length - 1;
      const cut = path6.lastIndexOf(
        SLASH,
        path6.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path6.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path6) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path6)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path6, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path6) : path6;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path6
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path6, originalPath, doThrow) => {
      if (!isString(path6)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path6) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path6)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path6) => {
      const first = path6.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path6.length === 1) {
        return true;
      }
      const second = path6.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path6.length === 2 || path6.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path6) {
        checkPath(
          path6,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path6 ? this._t(path6, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path6 = convertPath(target);
        if (!path6 || path6.charCodeAt(path6.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path6);
        }
        const dir = this._t(path6, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path6);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path6, cache) {
        if (path6 in cache) {
          return cache[path6];
        }
        const parentPath = parentOf(path6);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path6] = parent && parent.ignored ? parent : this._rules.test(path6, MODE_IGNORE);
      }
      ignores(path6) {
        return this._test(path6, this._ignoreCache, convertPath(path6)).ignored;
      }
      createFilter() {
        return (path6) => !this.ignores(path6);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path6) {
        return this._test(path6, this._testCache, convertPath(path6));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path6) => checkPath(convertPath(path6), path6, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path6) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path6) || isNotRelative(path6);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/core/provenance/checkWorkspace.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import path5 from "node:path";

// src/core/trust/outputs.ts
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
var OUTPUT_MARKER = ".model-build-output";
var LOCK = ".model-build.lock";
var TMP = ".model-build-tmp-";
var MODEL_DIR_FILES = ["model.json", "weights.bin", "preprocessor.json", "metrics.json"];
function configuredOutput(loaded, out, cwd = process.cwd()) {
  return out ? path.resolve(cwd, out) : path.resolve(path.dirname(loaded.file), loaded.config.package?.out ?? "model-build-out");
}
function refuse(ctx, why, hint) {
  throw new ModelBuildError("OUTPUT_REFUSED", `${ctx.what} ${why}`, { ...ctx.where, hint });
}
function looksLikeOurs(dir, modelName) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const n = ent.name;
    if (n === LOCK || n.startsWith(TMP) || /\.tmp-\d+$/.test(n)) continue;
    if (ent.isFile() && (n.endsWith(".zip") || n.endsWith(".provenance.intoto.json"))) continue;
    if (ent.isDirectory() && n === modelName && modelDirIsOurs(path.join(dir, n)).length === 0) continue;
    return false;
  }
  return true;
}
function modelDirIsOurs(dir) {
  const known = new Set(MODEL_DIR_FILES);
  return readdirSync(dir, { withFileTypes: true }).filter((e) => !(e.isFile() && known.has(e.name))).map((e) => e.name).sort();
}
function judgeOutputFolder(out, modelName, ctx) {
  if (modelName !== path.basename(modelName) || modelName === "." || modelName === ".." || modelName.startsWith(".") || modelName.includes("\\")) {
    refuse(ctx, `cannot hold a model named "${modelName}"`, 'the name must be one plain file name (letters, digits, ".", "_", "-")');
  }
  const { real, exists } = resolveReal(out);
  for (const g of ctx.gitDirs) {
    if (isInside(g, real)) refuse(ctx, `lies inside git's own folder (${g})`, "choose a folder for build output, e.g. model-build-out");
    if (isInside(real, g)) refuse(ctx, `(${real}) contains the repository's .git folder`, "choose a dedicated folder for build output, e.g. model-build-out");
  }
  if (ctx.root !== null && isInside(ctx.root, real)) {
    const rel = toPosix(path.relative(ctx.root, real));
    const tracked = ctx.holdsTracked(rel);
    if (tracked !== null) {
      refuse(ctx, `(${rel || "."}) holds files tracked by git (${tracked})`, "choose a folder that git does not track, e.g. model-build-out, and add it to .gitignore");
    }
  } else if (ctx.fromConfig) {
    refuse(ctx, `(${real}) is outside the repository`, "a config may only write inside its repository; use --out to write elsewhere");
  }
  if (!exists) return real;
  const st = lstatSync(real);
  if (!st.isDirectory()) refuse(ctx, `(${real}) exists and is not a folder`, "choose a folder for build output");
  const entries = readdirSync(real);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER) && !looksLikeOurs(real, modelName)) {
    const sample = entries.sort().slice(0, 3).join(", ");
    refuse(ctx, `(${real}) already holds files model-build did not write (${sample}${entries.length > 3 ? ", ..." : ""})`, "choose a new or empty folder; model-build never overwrites or deletes what it did not create");
  }
  const modelDir = path.join(real, modelName);
  if (existsSync(modelDir)) {
    if (!lstatSync(modelDir).isDirectory()) refuse(ctx, `holds ${modelName}, which is not a model folder`, `move ${modelDir} away`);
    const foreign = modelDirIsOurs(modelDir);
    if (foreign.length > 0) {
      refuse(ctx, `holds ${modelName}/ with files model-build did not write (${foreign.slice(0, 3).join(", ")})`, `move them out of ${modelDir}; the next build replaces that folder`);
    }
  }
  return real;
}
var OutputFolder = class _OutputFolder {
  /** `created`: this claim made the folder, so a build that fails may take it away again. */
  constructor(dir, created) {
    this.dir = dir;
    this.created = created;
  }
  dir;
  created;
  released = false;
  /** Judges, creates and marks the folder, takes its lock and sweeps temp entries of dead builds. */
  static claim(out, modelName, ctx) {
    const dir = judgeOutputFolder(out, modelName, ctx);
    const created = !existsSync(dir);
    const marker = path.join(dir, OUTPUT_MARKER);
    const markerExisted = existsSync(marker);
    try {
      mkdirSync(dir, { recursive: true });
      if (!markerExisted) writeFileSync(marker, "This folder holds model-build output. model-build may replace what it wrote here.\n");
    } catch (e) {
      if (!markerExisted) rmSync(marker, { force: true });
      if (created) {
        try {
          rmdirSync(dir);
        } catch {
        }
      }
      throw unwritable(dir, e);
    }
    const folder = new _OutputFolder(dir, created);
    folder.lock();
    try {
      folder.sweep();
    } catch (e) {
      folder.release();
      throw e;
    }
    return folder;
  }
  lock() {
    const file = path.join(this.dir, LOCK);
    const me = JSON.stringify({ pid: process.pid, host: hostname() });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, "wx", 420);
        try {
          writeSync(fd, me);
        } catch (e) {
          closeSync(fd);
          rmSync(file, { force: true });
          throw e;
        }
        closeSync(fd);
        return;
      } catch (e) {
        if (e.code !== "EEXIST") throw unwritable(this.dir, e);
      }
      const holder = readLock(file);
      if (holder && holder.host === hostname() && !isAlive(holder.pid)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new ModelBuildError("OUTPUT_LOCKED", `another build${holder ? ` (pid ${holder.pid} on ${holder.host})` : ""} is writing ${this.dir}`, {
        file: toPosix(file),
        hint: "wait for it to finish, or use another --out; if no build is running, remove the lock file"
      });
    }
  }
  /** Temp entries of builds that were killed: we hold the lock, so no live build owns them. */
  sweep() {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith(TMP)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
    }
    for (const name of readdirSync(this.dir)) {
      const m = /^\.model-build-old-(.+)-\d+$/.exec(name);
      if (!m) continue;
      const aside = path.join(this.dir, name);
      const target = path.join(this.dir, m[1]);
      if (!existsSync(target)) renameSync(aside, target);
      else removeModelDir(aside);
    }
    for (const name of readdirSync(this.dir)) {
      const m = /\.tmp-(\d+)$/.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      const file = path.join(this.dir, name);
      const st = lstatSync(file);
      if (st.isDirectory() && !name.startsWith(".") && modelDirIsOurs(file).length === 0) removeModelDir(file);
      else if (st.isFile() && name.startsWith(".") && name.endsWith(`.zip.tmp-${m[1]}`)) unlinkSync(file);
    }
  }
  tmp(purpose) {
    return path.join(this.dir, `${TMP}${process.pid}-${purpose}`);
  }
  /**
   * Puts a build's outputs in place together: the model folder `<name>/` and the files beside
   * it (archive, provenance). Every byte is written under temp names first, so a full disk or
   * any other write failure changes nothing; then `stale` names are removed (a provenance
   * statement must never sit beside an archive it does not describe), the old model folder is
   * renamed aside, the new one and the files renamed in, and the old folder's own files removed.
   * Between the two renames of the model folder it is briefly absent; a build killed there
   * leaves it aside, and the next build puts it back.
   */
  replace(model, files = [], stale = [], step = noStep) {
    const target = path.join(this.dir, model.name);
    const tmpDir = this.tmp(model.name);
    const temps = [];
    try {
      mkdirSync(tmpDir);
      for (const [file, content] of Object.entries(model.files)) {
        writeDurably(path.join(tmpDir, file), content);
        step(`model:${file}`);
      }
      for (const f of files) {
        const tmp = this.tmp(f.name);
        temps.push({ tmp, target: path.join(this.dir, f.name), name: f.name });
        writeDurably(tmp, f.content);
        step(`write:${f.name}`);
      }
    } catch (e) {
      rmSync(tmpDir, { recursive: true, force: true });
      for (const t of temps) rmSync(t.tmp, { force: true });
      throw unwritable(this.dir, e);
    }
    for (const s of stale) {
      const file = path.join(this.dir, s);
      if (existsSync(file) && lstatSync(file).isFile()) unlinkSync(file);
    }
    const aside = path.join(this.dir, `.model-build-old-${model.name}-${process.pid}`);
    const hadOld = existsSync(target);
    if (hadOld) renameSync(target, aside);
    step("model:aside");
    renameSync(tmpDir, target);
    step("model:in-place");
    for (const t of temps) {
      renameSync(t.tmp, t.target);
      step(`rename:${t.name}`);
    }
    if (hadOld) removeModelDir(aside);
    return target;
  }
  /**
   * Drops the lock. After a failed build, a folder this claim created and that holds nothing
   * but its marker is removed: a failed build leaves no output at all.
   */
  release(failed = false) {
    if (this.released) return;
    this.released = true;
    rmSync(path.join(this.dir, LOCK), { force: true });
    if (!failed || !this.created) return;
    try {
      if (readdirSync(this.dir).every((n) => n === OUTPUT_MARKER)) {
        rmSync(path.join(this.dir, OUTPUT_MARKER), { force: true });
        rmdirSync(this.dir);
      }
    } catch {
    }
  }
};
var noStep = () => {
};
function removeModelDir(dir) {
  for (const f of MODEL_DIR_FILES) rmSync(path.join(dir, f), { force: true });
  try {
    rmdirSync(dir);
  } catch {
  }
}
function readLock(file) {
  try {
    const v = JSON.parse(readFileSync(file, "utf8"));
    return typeof v.pid === "number" && typeof v.host === "string" ? { pid: v.pid, host: v.host } : null;
  } catch {
    return null;
  }
}
var REASONS = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "a folder is in the way"
};
function unwritable(dir, e) {
  if (ModelBuildError.is(e)) return e;
  const code = e?.code ?? "EIO";
  return new ModelBuildError("OUTPUT_UNWRITABLE", `cannot write to ${dir}: ${REASONS[code] ?? e?.message ?? String(e)} (${code})`, {
    file: dir,
    hint: code === "ENOSPC" || code === "EDQUOT" ? "free some space or choose another --out; nothing was left half-written" : "choose a writable --out folder (or package.out in the config)",
    cause: e
  });
}

// src/core/provenance/coverage.ts
import { readdirSync as readdirSync2, statSync } from "node:fs";
import path2 from "node:path";
var under = (dir, p) => p === dir || p.startsWith(`${dir}/`);
function checkCoverage(input) {
  const blobs = new Map(input.tree.filter((e) => e.type === "blob").map((e) => [e.path, e]));
  const dirty = new Map(input.dirty.map((d) => [d.path, d]));
  const { boundary } = input;
  const configRel = toPosix(path2.relative(input.root, input.configFile));
  const dvcCovers = (rel) => input.dvc.some((e) => under(e.path, rel));
  const results = /* @__PURE__ */ new Map();
  const unversioned = (rel, message, hint) => ({
    path: rel,
    kind: null,
    pointer: null,
    expected: null,
    actual: null,
    size: { expected: null, actual: null },
    status: "unversioned",
    message,
    hint
  });
  const judgeBlob = (rel) => {
    const blob = blobs.get(rel);
    if (!blob || blob.mode === "120000") return null;
    const d = dirty.get(rel);
    return {
      path: rel,
      kind: "git",
      pointer: rel,
      expected: `git:${blob.oid}`,
      actual: d ? null : `git:${blob.oid}`,
      size: { expected: blob.size, actual: null },
      status: d ? "modified" : "ok",
      ...d ? { message: `${rel} is ${d.state} since the last commit`, hint: "commit it, or restore it with `git checkout -- FILE`" } : {}
    };
  };
  const judgeFile = (rel, origin, via) => {
    if (input.reported.has(rel) || results.has(rel)) return;
    const blob = judgeBlob(rel);
    if (blob) {
      results.set(rel, blob);
      return;
    }
    if (dvcCovers(rel)) return;
    const named = via ? `${via} (a symlink to ${rel})` : rel;
    results.set(rel, unversioned(rel, `${named} is read by ${configRel} (${origin.pointer}) but is not versioned`, `version it: \`git add ${rel}\`, \`dvc add ${rel}\`, or \`git lfs track\` it, then commit`));
  };
  for (const code of input.codePaths) {
    const r = boundary.resolve(code.path, code.what, { file: configRel });
    if (!r.exists) {
      results.set(r.rel, { ...unversioned(r.rel, `${code.what} (${r.rel}) does not exist`, `check the path in ${configRel}`), status: "missing" });
      continue;
    }
    const entry = judgeBlob(r.rel);
    if (entry?.status === "ok") continue;
    if (entry) results.set(r.rel, entry);
    else results.set(r.rel, unversioned(r.rel, `${code.what} (${r.rel}) is not committed to git: the build would run or read unversioned code`, `commit it: \`git add ${r.rel} && git commit\``));
  }
  for (const dp of input.dataPaths) {
    const named = toPosix(path2.relative(input.root, dp.path));
    const r = boundary.resolve(dp.path, `data path ${dp.pointer} "${dp.given}"`, { file: configRel, pointer: dp.pointer });
    const rel = r.rel;
    if (!r.exists) {
      const trackedBelow = dvcCovers(rel) || input.dvc.some((e) => under(rel, e.path)) || blobs.has(rel);
      if (!trackedBelow && !input.reported.has(rel)) {
        results.set(rel, {
          ...unversioned(rel, `${rel} is read by ${configRel} (${dp.pointer}) but does not exist and no DVC or git pointer records it`, `check the path in ${configRel}, or add and commit the data`),
          status: "missing"
        });
      }
      continue;
    }
    const isDir = statSync(r.real).isDirectory();
    if (!isDir) {
      judgeFile(rel, dp, r.linked ? named : void 0);
      continue;
    }
    if (input.dvc.some((e) => under(e.path, rel))) continue;
    for (const f of listFiles(r.real, rel)) {
      if (f.link === null) judgeFile(f.rel, dp);
      else {
        const target = boundary.resolve(path2.join(input.root, f.rel), `${f.rel} (in data path ${dp.pointer})`, { file: configRel, pointer: dp.pointer });
        if (target.exists && !statSync(target.real).isDirectory()) judgeFile(target.rel, dp, f.rel);
      }
    }
  }
  return [...results.values()];
}
var isPointerFile = (name) => name === ".gitignore" || name === ".gitattributes" || name === ".dvcignore" || name.endsWith(".dvc");
function listFiles(abs, rel) {
  const out = [];
  for (const ent of readdirSync2(abs, { withFileTypes: true }).sort((a, b) => compareBytes(a.name, b.name))) {
    if (ent.name === ".git" || isPointerFile(ent.name)) continue;
    const childRel = `${rel}/${ent.name}`;
    const childAbs = path2.join(abs, ent.name);
    if (ent.isSymbolicLink()) out.push({ rel: childRel, link: childAbs });
    else if (ent.isDirectory()) out.push(...listFiles(childAbs, childRel));
    else out.push({ rel: childRel, link: null });
  }
  return out;
}

// src/core/provenance/dvcVerify.ts
var import_ignore = __toESM(require_ignore(), 1);
import { createHash } from "node:crypto";
import { existsSync as existsSync2, lstatSync as lstatSync2, readdirSync as readdirSync3, readFileSync as readFileSync2, realpathSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// src/core/provenance/pythonJson.ts
function pythonJsonDumps(value) {
  if (value === null) return "null";
  if (typeof value === "string") return pythonString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("pythonJsonDumps: non-finite numbers are not JSON");
    if (!Number.isSafeInteger(value)) throw new Error("pythonJsonDumps: only integers are supported");
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(", ")}]`;
  if (typeof value === "object") {
    const keys = Object.keys(value).sort(compareBytes);
    const obj = value;
    return `{${keys.map((k) => `${pythonString(k)}: ${pythonJsonDumps(obj[k])}`).join(", ")}}`;
  }
  throw new Error(`pythonJsonDumps: cannot serialize ${typeof value}`);
}
var SHORT_ESCAPES = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\b": "\\b",
  "\f": "\\f"
};
function pythonString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (code < 32 || code > 126) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}

// src/core/provenance/dvcVerify.ts
var ALWAYS_IGNORED = /* @__PURE__ */ new Set([".git", ".hg", ".dvc"]);
function dvcDirHash(entries) {
  const sorted = [...entries].sort((a, b) => compareBytes(a.relpath, b.relpath));
  const json = pythonJsonDumps(sorted.map(({ md5, relpath }) => ({ md5, relpath })));
  return `${createHash("md5").update(json, "utf8").digest("hex")}.dir`;
}
var label = (e) => e.legacy ? "md5-dos2unix" : "md5";
async function verifyDvcEntry(entry, ctx) {
  const abs = ctx.boundary.resolve(path3.join(ctx.root, entry.path), `${entry.path} (recorded in ${entry.pointer})`, { file: entry.pointer }, ctx.allowedLinkTargets).real;
  const base = {
    path: entry.path,
    kind: entry.isDir ? "dvc-dir" : "dvc-file",
    pointer: entry.pointer,
    expected: `${label(entry)}:${entry.md5}`,
    actual: null,
    size: { expected: entry.size ?? null, actual: null },
    status: "ok"
  };
  const target = entry.pointer.endsWith(".lock") ? entry.stage ? ` ${entry.stage}` : "" : ` ${entry.pointer}`;
  if (!existsSync2(abs)) {
    return {
      ...base,
      status: "not-pulled",
      message: `${entry.path} is recorded in ${entry.pointer} but not present: data not pulled`,
      hint: `run \`model-build pull\` (no Python needed), or \`dvc pull${target}\` (\`dvc checkout${target}\` when the DVC cache already has it)`
    };
  }
  const isDir = statSync2(abs).isDirectory();
  if (isDir !== entry.isDir) {
    return {
      ...base,
      status: "modified",
      message: `${entry.path} is a ${isDir ? "directory" : "file"} but ${entry.pointer} records a ${entry.isDir ? "directory" : "file"}`,
      hint: `run \`dvc checkout${target}\`, or record the new data with \`dvc add\`/\`dvc commit\``
    };
  }
  const algo = entry.legacy ? "md5-dos2unix" : "md5";
  let actual;
  let size;
  let nfiles;
  let listing;
  if (entry.isDir) {
    const files = listDvcDir(abs, ctx, entry);
    listing = await Promise.all(
      files.map(async (f) => ({ relpath: f.rel, md5: (await ctx.hasher.digest(f.abs, [algo]))[algo] }))
    );
    actual = dvcDirHash(listing);
    size = files.reduce((s, f) => s + f.size, 0);
    nfiles = files.length;
  } else {
    const d = await ctx.hasher.digest(abs, [algo]);
    actual = d[algo];
    size = d.size;
  }
  const result = { ...base, actual: `${label(entry)}:${actual}`, size: { expected: entry.size ?? null, actual: size } };
  const sizeDiffers = entry.size !== void 0 && entry.size !== size;
  const countDiffers = entry.nfiles !== void 0 && nfiles !== void 0 && entry.nfiles !== nfiles;
  if (actual === entry.md5 && !sizeDiffers && !countDiffers) return result;
  const changed = listing ? changedFiles(ctx.root, entry, listing) : void 0;
  return {
    ...result,
    status: "modified",
    message: `${entry.path} does not match ${entry.pointer}` + (countDiffers ? ` (${nfiles} files, recorded ${entry.nfiles})` : sizeDiffers ? ` (${size} bytes, recorded ${entry.size})` : ""),
    hint: `restore it with \`dvc checkout${target}\`, or record the new version with \`dvc add\`/\`dvc commit\` and commit the pointer`,
    ...changed ? { changed } : {}
  };
}
function listDvcDir(dir, ctx, entry) {
  const ignored = dvcIgnoreMatcher(ctx.root, entry.path);
  const out = [];
  const walk = (abs, rel) => {
    let names;
    try {
      names = readdirSync3(abs);
    } catch (e) {
      const at = toPosix(path3.relative(ctx.root, abs));
      throw new ModelBuildError("FILE_UNREADABLE", `cannot list ${at}: ${e.message}`, { file: at });
    }
    for (const name of names.sort(compareBytes)) {
      if (ALWAYS_IGNORED.has(name)) continue;
      const childAbs = path3.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      const repoRel = `${entry.path}/${childRel}`;
      if (name === ".dvcignore") {
        throw new ModelBuildError("DVC_PARSE", `${repoRel}: DVC does not allow a .dvcignore inside a tracked directory`, {
          file: repoRel,
          hint: "move its patterns to a .dvcignore above the tracked directory"
        });
      }
      let st = lstatSync2(childAbs);
      if (st.isSymbolicLink()) {
        const target = safeRealpath(childAbs);
        if (!target || !ctx.allowedLinkTargets.some((t) => isInside(t, target))) {
          throw new ModelBuildError(
            "DVC_SYMLINK_ESCAPES",
            target ? `${repoRel} is a symlink to ${target}, outside the repository` : `${repoRel} is a symlink to a missing target`,
            { file: repoRel, hint: "replace the link with the file itself, or move its target inside the repository" }
          );
        }
        st = statSync2(target);
        if (st.isDirectory()) continue;
      }
      if (ignored(repoRel, st.isDirectory())) continue;
      if (st.isDirectory()) walk(childAbs, childRel);
      else if (st.isFile()) out.push({ abs: childAbs, rel: childRel, size: st.size });
    }
  };
  walk(dir, "");
  return out;
}
function dvcIgnoreMatcher(root, tracked) {
  const parts = tracked.split("/");
  const rules = [];
  for (let i = 0; i < parts.length; i++) {
    const base = parts.slice(0, i).join("/");
    const file = path3.join(root, base, ".dvcignore");
    if (existsSync2(file)) rules.push({ base, ig: (0, import_ignore.default)().add(readFileSync2(file, "utf8")) });
  }
  if (rules.length === 0) return () => false;
  return (repoRel, isDir) => rules.some(({ base, ig }) => {
    const rel = base ? repoRel.slice(base.length + 1) : repoRel;
    return ig.ignores(isDir ? `${rel}/` : rel);
  });
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}
function changedFiles(root, entry, now) {
  const hex = entry.md5;
  const candidates = [
    path3.join(root, ".dvc", "cache", "files", "md5", hex.slice(0, 2), hex.slice(2)),
    path3.join(root, ".dvc", "cache", hex.slice(0, 2), hex.slice(2))
  ];
  for (const file of candidates) {
    if (!existsSync2(file)) continue;
    try {
      const recorded = JSON.parse(readFileSync2(file, "utf8"));
      const was = new Map(recorded.map((e) => [e.relpath, e.md5]));
      const is = new Map(now.map((e) => [e.relpath, e.md5]));
      const changed = [];
      for (const [p, md5] of is) {
        if (!was.has(p)) changed.push(`${entry.path}/${p} (added)`);
        else if (was.get(p) !== md5) changed.push(`${entry.path}/${p} (modified)`);
      }
      for (const p of was.keys()) if (!is.has(p)) changed.push(`${entry.path}/${p} (deleted)`);
      return changed.sort(compareBytes);
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// src/core/provenance/lfsVerify.ts
import { lstatSync as lstatSync3, openSync as openSync2, readSync, closeSync as closeSync2, constants } from "node:fs";
import path4 from "node:path";

// src/core/provenance/lfsPointer.ts
var MAX_POINTER_SIZE = 1024;
var VERSIONS = ["https://git-lfs.github.com/spec/v1", "https://hawser.github.com/spec/v1", "http://git-media.io/v/2"];
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var ANNOUNCES = /^\s*(\uFEFF)?\s*version [^\n]*(git-lfs|hawser|git-media)/;
function looksLikePointer(head) {
  return ANNOUNCES.test(head.subarray(0, 200).toString("latin1").replace(/^\xEF\xBB\xBF/, "\uFEFF"));
}
function classifyLfsBlob(bytes) {
  if (bytes.length === 0) return { kind: "pointer", pointer: { oid: EMPTY_SHA256, size: 0 } };
  if (!looksLikePointer(bytes)) return { kind: "raw" };
  if (bytes.length >= MAX_POINTER_SIZE) {
    return { kind: "malformed", line: 1, problem: `it is ${bytes.length} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` };
  }
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { kind: "malformed", line: decoded.line, problem: `it is not UTF-8 text (column ${decoded.column})` };
  return validate(decoded.text);
}
function parseLfsPointer(bytes) {
  if (bytes.length === 0) return null;
  const c = classifyLfsBlob(bytes);
  return c.kind === "pointer" ? c.pointer : null;
}
function validate(text) {
  const bad = (line, problem) => ({ kind: "malformed", line, problem });
  if (text.startsWith("\uFEFF")) return bad(1, 'it starts with a byte-order mark; the first line must be "version \u2026"');
  if (/^\s/.test(text)) return bad(1, 'it starts with whitespace; the first line must be "version \u2026"');
  const cr = text.indexOf("\r");
  if (cr >= 0) return bad(lineAt(text, cr), "it has Windows line endings (CRLF); every line must end with a single \\n");
  if (!text.endsWith("\n")) return bad(lineAt(text, text.length - 1), "the last line does not end with a newline");
  const lines = text.slice(0, -1).split("\n");
  const fields = /* @__PURE__ */ new Map();
  let previous = "";
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i];
    if (line === "") return bad(n, "it has a blank line");
    const m = /^([a-z0-9.-]+) (\S(?:.*\S)?)$/.exec(line);
    if (!m) return bad(n, `"${clip(line)}" is not "key value" (lowercase key, one space, a value)`);
    const [, key, value] = m;
    if (i === 0) {
      if (key !== "version") return bad(n, 'the first key must be "version"');
      if (!VERSIONS.includes(value)) return bad(n, `unknown version "${clip(value)}" (expected ${VERSIONS[0]})`);
      continue;
    }
    if (key === "version") return bad(n, '"version" appears twice');
    if (key !== "oid" && key !== "size" && !/^ext-\d-\w+$/.test(key)) {
      return bad(n, `unknown key "${clip(key)}" (a v1 pointer has version, oid, size and ext-N-NAME lines)`);
    }
    if (fields.has(key)) return bad(n, `"${key}" appears twice`);
    if (key < previous) return bad(n, `"${key}" comes after "${previous}"; keys after version are sorted (oid, then size)`);
    previous = key;
    fields.set(key, { value, line: n });
  }
  const oid = fields.get("oid");
  const size = fields.get("size");
  if (!oid) return bad(lines.length + 1, 'the "oid" line is missing');
  if (!size) return bad(lines.length + 1, 'the "size" line is missing');
  const ext = [...fields.keys()].find((k) => k.startsWith("ext-"));
  if (ext) return bad(fields.get(ext).line, `it uses the Git LFS extension "${ext}", whose stored bytes model-build cannot verify`);
  const oidProblem = checkOid(oid.value);
  if (oidProblem) return bad(oid.line, oidProblem);
  if (!/^(0|[1-9][0-9]*)$/.test(size.value)) {
    return bad(size.line, `size must be a whole number of bytes without sign or leading zeros (got "${clip(size.value)}")`);
  }
  const bytes = Number(size.value);
  if (!Number.isSafeInteger(bytes)) return bad(size.line, `size ${clip(size.value)} is larger than any file can be`);
  return { kind: "pointer", pointer: { oid: oid.value.slice("sha256:".length), size: bytes } };
}
function checkOid(value) {
  const colon = value.indexOf(":");
  if (colon < 0) return `oid must be "sha256:" and 64 hex digits (got "${clip(value)}")`;
  const method = value.slice(0, colon);
  if (method !== "sha256") return `oid uses hash method "${clip(method)}"; Git LFS pointers use sha256`;
  const hex = value.slice(colon + 1);
  if (!/^[0-9a-fA-F]*$/.test(hex)) return `oid has characters that are not hex digits ("${clip(hex)}")`;
  if (hex.length !== 64) return `oid has ${hex.length} hex digits; a sha256 has 64`;
  if (hex !== hex.toLowerCase()) return "oid has uppercase hex digits; Git LFS writes lowercase";
  return null;
}
var clip = (s) => s.length > 80 ? `${s.slice(0, 77)}...` : s;
var lineAt = (text, index) => text.slice(0, index).split("\n").length;

// src/core/provenance/lfsVerify.ts
var PULL_HINT = "run `git lfs pull` (in GitHub Actions: `lfs: true` on actions/checkout)";
async function lfsTracked(root, tree) {
  const blobs = tree.filter((e) => e.type === "blob" && e.mode !== "120000");
  const filters = await attributeOf(
    root,
    "filter",
    blobs.map((b) => b.path)
  );
  return blobs.filter((b) => filters.get(b.path) === "lfs");
}
var FIX_POINTER_HINT = "put the real data in place and run `git add --renormalize FILE` with git-lfs installed, then commit (or restore the pointer from a commit where it was valid)";
async function committedPointers(root, entries) {
  const small = entries.filter((e) => e.size < MAX_POINTER_SIZE).map((e) => e.oid);
  const blobs = await readBlobs(root, small);
  const result = /* @__PURE__ */ new Map();
  const malformed = [];
  for (const e of entries) {
    const blob = blobs.get(e.oid);
    if (blob === void 0) {
      if (looksLikePointer(readHead(path4.join(root, e.path)))) {
        malformed.push({ path: e.path, line: 1, problem: `it is ${e.size} bytes; a pointer is under ${MAX_POINTER_SIZE} bytes` });
      }
      result.set(e.path, null);
      continue;
    }
    const c = classifyLfsBlob(blob);
    if (c.kind === "malformed") malformed.push({ path: e.path, line: c.line, problem: c.problem });
    result.set(e.path, c.kind === "pointer" ? c.pointer : null);
  }
  if (malformed.length > 0) {
    const [first, ...rest] = malformed;
    throw new ModelBuildError("LFS_POINTER_INVALID", `malformed Git LFS pointer committed in HEAD: ${first.problem}`, {
      file: first.path,
      line: first.line,
      details: rest.map((m) => `${m.path}:${m.line}: malformed Git LFS pointer: ${m.problem}`),
      hint: FIX_POINTER_HINT
    });
  }
  return result;
}
async function verifyLfs(root, entries, hasher) {
  const pointers = await committedPointers(root, entries);
  return Promise.all(
    entries.map(async (e) => {
      const pointer = pointers.get(e.path) ?? null;
      const base = {
        path: e.path,
        kind: "lfs",
        pointer: e.path,
        expected: pointer ? `sha256:${pointer.oid}` : `git:${e.oid}`,
        actual: null,
        size: { expected: pointer ? pointer.size : e.size, actual: null },
        status: "ok"
      };
      if (!pointer) {
        return {
          ...base,
          status: "raw-blob",
          message: `${e.path} matches an LFS pattern in .gitattributes but was committed as a raw git blob`,
          hint: 'run `git lfs migrate import --include="<pattern>"` (or `git rm --cached` and re-add) so it is stored in LFS'
        };
      }
      const abs = path4.join(root, e.path);
      let st;
      try {
        st = lstatSync3(abs);
      } catch {
        return { ...base, status: "not-pulled", message: `${e.path} is missing from the working tree`, hint: "run `git checkout -- .` then `git lfs pull`" };
      }
      const onDisk = st.isFile() && st.size > 0 && st.size < MAX_POINTER_SIZE ? parseLfsPointer(readHead(abs)) : null;
      if (onDisk && onDisk.oid !== pointer.oid) {
        return {
          ...base,
          size: { ...base.size, actual: st.size },
          status: "modified",
          message: `${e.path} is an LFS pointer to another object than the committed one`,
          hint: "restore it with `git checkout -- FILE && git lfs pull`, or commit the new version"
        };
      }
      if (onDisk) {
        return {
          ...base,
          actual: null,
          size: { ...base.size, actual: st.size },
          status: "not-pulled",
          message: `${e.path} is still an LFS pointer: LFS object not pulled`,
          hint: PULL_HINT
        };
      }
      const d = await hasher.digest(abs, ["sha256"]);
      const result = { ...base, actual: `sha256:${d.sha256}`, size: { ...base.size, actual: d.size } };
      if (d.sha256 === pointer.oid && d.size === pointer.size) return result;
      return {
        ...result,
        status: "modified",
        message: `${e.path} does not match its committed LFS pointer`,
        hint: "restore it with `git checkout -- FILE && git lfs pull`, or commit the new version"
      };
    })
  );
}
function readHead(abs) {
  let fd;
  try {
    fd = openSync2(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buf = Buffer.alloc(MAX_POINTER_SIZE);
    const n = readSync(fd, buf, 0, buf.length, null);
    return buf.subarray(0, n);
  } catch {
    return Buffer.alloc(0);
  } finally {
    closeSync2(fd);
  }
}

// src/core/provenance/checkWorkspace.ts
async function checkWorkspace(options = {}) {
  const start = path5.resolve(options.root ?? process.cwd());
  const statusRun = dirtyPaths(start).then(
    (paths) => ({ paths }),
    (error) => ({ error })
  );
  const lookup = await readGitFacts(start).catch(async (e) => {
    await statusRun;
    throw e;
  });
  const stats = { files: 0, bytes: 0, cacheHits: 0, hashedFiles: 0, hashedBytes: 0 };
  if (!lookup.ok) {
    await statusRun;
    return {
      format: 1,
      ok: false,
      root: start,
      git: null,
      config: null,
      data: [],
      problems: [{ code: lookup.reason, path: ".", message: lookup.message, hint: lookup.hint }],
      notes: [],
      stats
    };
  }
  const facts = lookup.facts;
  const root = facts.root;
  const [status, tree] = await Promise.all([statusRun, commitTree(root, facts.commit)]);
  if ("error" in status) throw status.error;
  const allDirty = status.paths;
  const config = resolveConfig(options.config, start, root);
  const notes = [];
  const boundary = new RepositoryBoundary(root);
  const outputs = (options.outputs ?? (config ? [configuredOutput(config)] : [])).map((o) => toPosix(path5.relative(root, resolveReal(o).real)));
  const isOutput = (p2) => outputs.some((o) => o && !o.startsWith("..") && (p2 === o || p2.startsWith(`${o}/`)));
  const dirty = allDirty.filter((d) => !(d.state === "untracked" && isOutput(d.path)));
  for (const o of outputs.filter((o2) => allDirty.some((d) => d.state === "untracked" && isOutput(d.path) && (d.path === o2 || d.path.startsWith(`${o2}/`))))) {
    notes.push(`${o}/ holds build output and is not ignored by git: add it to .gitignore`);
  }
  if (facts.shallow) {
    notes.push("shallow clone: history is incomplete (fine for building; use `fetch-depth: 0` on actions/checkout if you need history)");
  }
  if (facts.detached) notes.push(`detached HEAD at ${facts.commit.slice(0, 12)}: the package records no branch`);
  if (config === null && options.config === void 0) {
    notes.push(`no ${DEFAULT_CONFIG_NAMES[0]} found: checked git, DVC and LFS, but not which data a build reads`);
  }
  const hasher = new Hasher({
    root,
    cacheFile: options.cacheFile === void 0 ? path5.join(facts.commonDir, "model-build", "hash-cache.json") : options.cacheFile,
    concurrency: options.concurrency,
    onProgress: options.onProgress
  });
  hasher.prestartIfCold();
  const dvc = [];
  let data;
  try {
    const ctx = { root, hasher, boundary, allowedLinkTargets: [root, ...dvcCacheDirs(root)] };
    const dvcRuns = [];
    const committedFiles = new Set(tree.filter((t) => t.type === "blob" && t.mode !== "120000").map((t) => t.path));
    const seen = /* @__PURE__ */ new Set();
    for (const e of tree) {
      if (e.type !== "blob" || e.path.startsWith(".dvc/")) continue;
      const base = path5.posix.basename(e.path);
      const isLock = base === "dvc.lock";
      if (!isLock && !(base.endsWith(".dvc") && base !== ".dvc")) continue;
      if (!existsSync3(path5.join(root, e.path))) continue;
      const real = boundary.resolve(path5.join(root, e.path), `DVC pointer ${e.path}`, { file: e.path });
      if (real.linked && !committedFiles.has(real.rel)) {
        throw new ModelBuildError("PATH_ESCAPES_ROOT", `DVC pointer ${e.path} is a symlink to ${real.rel}, which is not committed`, {
          file: e.path,
          hint: "commit the pointer file itself instead of a link to it"
        });
      }
      for (const entry of isLock ? readDvcLock(root, e.path) : readDvcFile(root, e.path)) {
        if (isSkipped(entry)) {
          notes.push(`${entry.pointer}: ${entry.path}: ${entry.reason}`);
          continue;
        }
        const key = `${entry.path}\0${entry.md5}`;
        if (seen.has(key)) continue;
        seen.add(key);
        dvc.push(entry);
        dvcRuns.push(started(verifyDvcEntry(entry, ctx)));
      }
    }
    const lfsRun = lfsTracked(root, tree).then((lfs) => verifyLfs(root, lfs, hasher));
    const [lfsResults, dvcResults] = await Promise.all([lfsRun, Promise.all(dvcRuns)]);
    data = [...dvcResults, ...lfsResults];
    if (config) {
      const reported = new Set(data.map((d) => d.path));
      data.push(
        ...checkCoverage({ root, configFile: config.file, dataPaths: config.dataPaths, tree, dvc, dirty, reported, boundary, codePaths: codePathsOf(config) })
      );
    }
  } finally {
    await hasher.close();
  }
  data.sort((a, b) => compareBytes(a.path, b.path));
  const problems = [];
  for (const d of dirty) {
    problems.push({
      code: "dirty",
      path: d.path,
      message: d.from ? `${d.state}: ${d.from} -> ${d.path}` : `${d.state}${d.submodule ? " (submodule)" : ""}: ${d.path}`
    });
  }
  for (const p2 of uninitializedSubmodules(root, tree)) {
    problems.push({
      code: "submodule-not-initialized",
      path: p2,
      message: `submodule ${p2} is not checked out`,
      hint: "run `git submodule update --init --recursive` (in GitHub Actions: `submodules: recursive` on actions/checkout)"
    });
  }
  const read = config ? configDataPaths(config, root, boundary) : null;
  const isRead = (p2) => read === null || read.some((r) => p2 === r || p2.startsWith(`${r}/`) || r.startsWith(`${p2}/`));
  for (const d of data) {
    if (d.status === "ok") continue;
    if (d.status === "modified" && d.kind === "git") continue;
    if ((d.kind === "dvc-file" || d.kind === "dvc-dir" || d.kind === "lfs") && !isRead(d.path)) {
      notes.push(`${d.path}${d.pointer ? ` (${d.pointer})` : ""}: ${d.status}, but the config does not read it`);
      continue;
    }
    problems.push({ code: d.status, path: d.path, message: d.message ?? d.status, hint: d.hint });
  }
  const p = hasher.progress;
  Object.assign(stats, {
    files: p.filesDone,
    bytes: p.bytesDone,
    cacheHits: p.cacheHits,
    hashedFiles: p.filesDone - p.cacheHits,
    hashedBytes: p.bytesDone - p.cacheHitBytes
  });
  return {
    format: 1,
    ok: problems.length === 0,
    root,
    git: { ...facts, dirty: dirty.length > 0, dirtyPaths: dirty },
    config: config ? toPosix(path5.relative(root, config.file)) : null,
    data,
    problems,
    notes,
    stats
  };
}
function started(run) {
  run.catch(() => void 0);
  return run;
}
function codePathsOf(config) {
  const paths = [{ path: config.file, what: "the config" }];
  const module = config.config.model?.module;
  if (module) paths.push({ path: path5.resolve(path5.dirname(config.file), module), what: `model.module "${module}"` });
  return paths;
}
function resolveConfig(given, start, root) {
  if (given === null) return null;
  if (given !== void 0 && typeof given !== "string") return given;
  if (given === void 0) {
    const found = DEFAULT_CONFIG_NAMES.map((n) => path5.join(start, n)).find((f) => existsSync3(f));
    if (!found) return null;
    return loadConfig(found, { cwd: start, root });
  }
  return loadConfig(findConfigFile(given, start), { cwd: start, root });
}
function dvcCacheDirs(root) {
  const dirs = [path5.join(root, ".dvc", "cache")];
  for (const name of ["config", "config.local"]) {
    const file = path5.join(root, ".dvc", name);
    if (!existsSync3(file)) continue;
    let section = "";
    for (const line of readFileSync3(file, "utf8").split(/\r?\n/)) {
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*$/.exec(line);
      if (header) section = header[1].replace(/['"]/g, "");
      const kv = /^\s*dir\s*=\s*(.+?)\s*$/.exec(line);
      if (section === "cache" && kv) dirs.push(path5.resolve(root, ".dvc", kv[1]));
    }
  }
  return dirs;
}

export {
  OUTPUT_MARKER,
  configuredOutput,
  judgeOutputFolder,
  OutputFolder,
  checkWorkspace
};
