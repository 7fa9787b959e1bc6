import * as core from '@actions/core';

/**
 * The workflow's OIDC token, which both keyless model signing and artifact attestation need:
 * the runner puts these two variables in a job's environment only when the job has the
 * permission `id-token: write`.
 */
export function canRequestIdToken(): boolean {
  return Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * The one notice for a job without `id-token: write`: what is not made (a model signature, an
 * artifact attestation or both, as asked), why, and how to grant it or stop asking for it.
 */
export function noticeNoIdToken(wanted: { signModel: boolean; attest: boolean }): void {
  const asked = [
    ...(wanted.signModel ? [{ what: 'no model signature', title: 'model not signed', input: '`sign-model: false`' }] : []),
    ...(wanted.attest ? [{ what: 'no artifact attestation', title: 'not attested', input: '`attest: false`' }] : []),
  ];
  if (asked.length === 0) return;
  const permissions = ['id-token: write', ...(wanted.attest ? ['attestations: write'] : []), 'contents: read'];
  core.notice(
    `model-build: ${asked.map((a) => a.what).join(' and ')}: ${asked.length > 1 ? 'both need' : 'it needs'} an OIDC token, and this job cannot request one — ` +
      "the workflow's `permissions` do not grant the job `id-token: write`. " +
      `Add \`permissions: { ${permissions.join(', ')} }\` to the job (a job that sets permissions gets only those it lists), or set ${asked.map((a) => a.input).join(' and ')}.`,
    { title: `model-build: ${asked.map((a) => a.title).join(' and ')}` },
  );
}
