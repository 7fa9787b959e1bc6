import type { LoadedModel } from './loadModel.js';
import { InputAudit, type AuditedRecord } from './inputAudit.js';

/**
 * Runs records through a model in batches and writes one JSON line per prediction; every batch
 * is audited before it is predicted (see InputAudit), so with `strict` the batch holding the
 * first filled value is never written. Shared by `model-build predict` and a package's
 * predict.mjs, so both count, report and refuse alike.
 */
export async function predictRecords(
  model: Pick<LoadedModel, 'preprocessor' | 'predict'>,
  source: AsyncIterable<AuditedRecord>,
  write: (text: string) => Promise<void> | void,
  options: { display: string; strict?: boolean; batch?: number },
): Promise<InputAudit> {
  const audit = new InputAudit(model.preprocessor, options.display, options.strict === true);
  const size = options.batch ?? 4096;
  let batch: AuditedRecord[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    audit.check(batch);
    const predictions = model.predict(batch.map((r) => r.record));
    batch = [];
    await write(`${predictions.map((p) => JSON.stringify(p)).join('\n')}\n`);
  };
  for await (const r of source) {
    batch.push(r);
    if (batch.length >= size) await flush();
  }
  await flush();
  return audit;
}
