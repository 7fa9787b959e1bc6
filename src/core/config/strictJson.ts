/**
 * A strict JSON (RFC 8259) checker that reports the offset of the first error. A `.json` config
 * must be JSON, not the YAML superset the YAML parser would accept (`{a: 1}`, comments, trailing
 * commas, single quotes). It only validates; the values come from the YAML parser, which keeps
 * line and column for every node (JSON is YAML 1.2). Iterative, so nesting cannot overflow the
 * stack; `maxDepth` bounds it.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function checkStrictJson(text: string, maxDepth: number): JsonSyntaxError | null {
  let i = 0;
  const fail = (message: string, at = i): JsonSyntaxError => ({ offset: at, message });
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const describe = (at: number) => {
    if (at >= text.length) return 'the end of the file';
    if (text.startsWith('//', at) || text.startsWith('/*', at)) return 'a comment (JSON has none)';
    return `"${String.fromCodePoint(text.codePointAt(at)!)}"`;
  };
  // Containers still open: '{' or '['.
  const stack: string[] = [];

  // Returns null when a complete value was read at i.
  const scalar = (): JsonSyntaxError | null => {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (c === "'") return fail('strings must use double quotes in JSON');
    return fail(`expected a value, found ${describe(i)}`);
  };
  const string = (): JsonSyntaxError | null => {
    const open = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a raw control character or line break inside a string (write it as an escape such as \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('\\u must be followed by 4 hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail(`invalid escape "\\${e ?? ''}" in a string`);
        continue;
      }
      i++;
    }
    return fail('a string that is never closed', open);
  };
  const number = (): JsonSyntaxError | null => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail(`invalid number starting with ${describe(i)}`);
    const next = text[i + m[0].length];
    if (next !== undefined && /[0-9A-Za-z_.]/.test(next)) return fail(`invalid number "${text.slice(i, i + m[0].length + 1)}…" (JSON numbers are decimal, without leading zeros)`);
    i += m[0].length;
    return null;
  };

  skip();
  // After a value: close containers or expect a separator.
  for (;;) {
    // Read one value (opening a container counts as reading its start).
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) return fail(`nested more than ${maxDepth} levels deep`);
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        const key = expectKey();
        if (key) return key;
        continue;
      } else continue;
    } else {
      const err = scalar();
      if (err) return err;
    }
    // Value complete: climb out of closed containers.
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < text.length) return fail(`unexpected ${describe(i)} after the end of the JSON value`);
        return null;
      }
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return fail(`expected "," or "${close}", found ${describe(i)}`);
      i++;
      skip();
      if (text[i] === close) return fail(`a trailing comma before "${close}" (JSON allows none)`, i);
      if (top === '{') {
        const key = expectKey();
        if (key) return key;
      }
      break;
    }
  }

  function expectKey(): JsonSyntaxError | null {
    if (text[i] !== '"') return fail(`expected a property name in double quotes, found ${describe(i)}`);
    const err = string();
    if (err) return err;
    skip();
    if (text[i] !== ':') return fail(`expected ":" after the property name, found ${describe(i)}`);
    i++;
    skip();
    return null;
  }
}
