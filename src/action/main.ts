import { existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { ModelBuildError } from '../core/errors.js';
import { checkWorkspace, type CheckReport } from '../core/provenance/index.js';
import { getInputs, Outputs } from './inputs.js';

/** The action: maps inputs onto core, and the report onto outputs, annotations and the summary. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const root = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    // The default config name is optional for `check`; an explicitly named one must exist.
    const config = existsSync(path.join(root, inputs.config)) || inputs.config !== 'model-build.yml' ? inputs.config : undefined;
    const report = await checkWorkspace({ root, config });
    core.setOutput(Outputs.Ok, String(report.ok));
    core.setOutput(Outputs.Commit, report.git?.commit ?? '');
    core.setOutput(Outputs.Report, JSON.stringify(report));
    for (const n of report.notes) core.notice(n);
    await writeSummary(report);
    if (!report.ok) {
      for (const p of report.problems) {
        core.error(`${p.message}${p.hint ? ` — ${p.hint}` : ''}`, { title: `model-build: ${p.code}`, file: p.path });
      }
      core.setFailed(`model-build check failed: ${report.problems.length} problem(s)`);
    }
  } catch (e) {
    if (ModelBuildError.is(e)) {
      const { file, line, column } = e.location;
      if (file) core.error(e.message, { file, startLine: line, startColumn: column, title: `model-build: ${e.code}` });
      core.setFailed(e.format());
    } else {
      core.setFailed(`model-build internal error: ${(e as Error)?.message ?? String(e)}`);
    }
  }
}

async function writeSummary(report: CheckReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const s = core.summary.addHeading(`model-build check: ${report.ok ? '✅ passed' : '❌ failed'}`, 3);
  if (report.git) s.addRaw(`Commit \`${report.git.commit}\`, tree \`${report.git.tree}\`\n\n`);
  if (report.data.length > 0) {
    s.addTable([
      [
        { data: 'path', header: true },
        { data: 'kind', header: true },
        { data: 'status', header: true },
        { data: 'expected', header: true },
      ],
      ...report.data.map((d) => [d.path, d.kind ?? '—', d.status, d.expected ?? '—']),
    ]);
  }
  if (report.problems.length > 0) s.addList(report.problems.map((p) => `${p.code}: ${p.message}`));
  await s.write();
}
