import type { ErrorObject } from 'ajv';

interface Branch {
  type?: string | string[];
  properties?: Record<string, { const?: unknown }>;
}

/** The key every mapping branch fixes with a `const` (features' `type`): it says which branch was meant. */
function discriminator(branches: Branch[]): string | undefined {
  const maps = branches.filter((b) => b.properties);
  if (maps.length < 2) return undefined;
  const keys = Object.keys(maps[0]!.properties!).filter((k) => maps.every((b) => b.properties![k]?.const !== undefined));
  return keys[0];
}

/**
 * ajv reports every branch of a oneOf that a value missed: for `c: { type: categorcal }` that is
 * four "must be equal to constant" and a "must be object" for the `drop` branch. When the value
 * is a mapping and the branches are told apart by a const key, only the branch it names matters;
 * when it names none, one error says which names there are. Other errors pass through.
 */
export function narrowOneOf(errors: ErrorObject[]): ErrorObject[] {
  let out = errors;
  for (const umbrella of errors.filter((e) => e.keyword === 'oneOf')) {
    const value = umbrella.data as Record<string, unknown> | null;
    const branches = umbrella.schema as Branch[] | undefined;
    if (!Array.isArray(branches) || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const key = discriminator(branches);
    if (key === undefined) continue;
    const prefix = `${umbrella.schemaPath}/`;
    // The same schema path serves every column: the value's own errors are those below its pointer.
    const below = (e: ErrorObject) => e.instancePath === umbrella.instancePath || e.instancePath.startsWith(`${umbrella.instancePath}/`);
    const inBranch = (e: ErrorObject) => e.schemaPath.startsWith(prefix) && below(e);
    const chosen = branches.findIndex((b) => b.properties?.[key]?.const !== undefined && b.properties[key]!.const === value[key]);
    if (chosen >= 0) {
      out = out.filter((e) => e === umbrella || !inBranch(e) || e.schemaPath.startsWith(`${prefix}${chosen}/`));
      continue;
    }
    const allowed = branches.flatMap((b) => (b.properties?.[key]?.const === undefined ? [] : [b.properties[key]!.const]));
    const replacement: ErrorObject =
      value[key] === undefined
        ? { ...umbrella, keyword: 'required', params: { missingProperty: key }, message: `must have required property '${key}'` }
        : { ...umbrella, keyword: 'enum', instancePath: `${umbrella.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, params: { allowedValues: allowed }, data: value[key] };
    out = [...out.filter((e) => e !== umbrella && !inBranch(e)), replacement];
  }
  return out;
}
