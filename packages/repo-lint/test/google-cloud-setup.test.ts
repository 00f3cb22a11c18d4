// docs/google-cloud-setup.md is meant to be pasted: its shell blocks must parse, use only
// variables set before them, create what the roles are granted on before granting them, and
// print every repository variable the examples read.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const GUIDE = 'docs/google-cloud-setup.md';
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The fenced blocks of one language, in order. */
function blocks(markdown: string, language: string): string[] {
  const pattern = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(pattern)].map((match) => match[1] ?? '');
}

const guide = read(GUIDE);
const shell = blocks(guide, 'sh');
const script = shell.join('\n');

describe(GUIDE, () => {
  test('the README and the example link to it', () => {
    expect(read('README.md')).toContain(`](${GUIDE})`);
    expect(read('examples/cifar10/README.md')).toContain('](../../docs/google-cloud-setup.md)');
  });

  test('every shell block parses (bash -n)', () => {
    expect(shell.length).toBeGreaterThan(5);
    for (const block of shell) {
      const result = spawnSync('bash', ['-n'], { input: block, encoding: 'utf8' });
      expect(result.stderr, block).toBe('');
      expect(result.status).toBe(0);
    }
  });

  test('every variable a command reads is set once, at the top or before it', () => {
    const assigned = new Set<string>();
    for (const line of script.split('\n')) {
      for (const match of line.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) {
        expect(assigned.has(match[1] ?? ''), `${match[1]} is read before it is set: ${line}`).toBe(true);
      }
      const assignment = /^([A-Z][A-Z0-9_]*)=/.exec(line);
      if (assignment?.[1]) assigned.add(assignment[1]);
    }
    // The values a user edits are all in the first block.
    for (const name of [
      'PROJECT_ID',
      'REGION',
      'GITHUB_REPOSITORY',
      'BUCKET',
      'AR_REPOSITORY',
      'POOL',
      'PROVIDER',
    ])
      expect(shell[0]).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  test('the bucket and the repository are created before any role is granted on them', () => {
    const firstGrant = script.indexOf('add-iam-policy-binding');
    expect(script.indexOf('gcloud storage buckets create')).toBeGreaterThan(-1);
    expect(script.indexOf('gcloud storage buckets create')).toBeLessThan(firstGrant);
    expect(script.indexOf('gcloud artifacts repositories create')).toBeLessThan(firstGrant);
    expect(script.indexOf('providers create-oidc')).toBeLessThan(firstGrant);
  });

  test("the provider admits the user's repository only, and only that repository may impersonate the account", () => {
    expect(script).toContain(`--attribute-condition="assertion.repository == '\${GITHUB_REPOSITORY}'"`);
    expect(script).toContain(
      '--attribute-mapping="google.subject=assertion.sub,attribute.repository=assertion.repository"',
    );
    expect(script).toContain('--issuer-uri="https://token.actions.githubusercontent.com"');
    expect(script).toMatch(
      /--role="roles\/iam\.workloadIdentityUser" \\\n\s+--member="principalSet:\/\/iam\.googleapis\.com\/projects\/\$\{PROJECT_NUMBER\}\/locations\/global\/workloadIdentityPools\/\$\{POOL\}\/attribute\.repository\/\$\{GITHUB_REPOSITORY\}"/,
    );
  });

  test('each action gets its role on the narrowest resource', () => {
    const grant = (command: string, role: string) =>
      new RegExp(
        `${command}[^\\n]*\\\\\\n(?:\\s+--[^\\n]*\\\\\\n)*?\\s+--role="${role.replace(/\./g, '\\.')}"`,
      );
    expect(script).toMatch(
      grant(
        'gcloud artifacts repositories add-iam-policy-binding "\\$\\{AR_REPOSITORY\\}"',
        'roles/artifactregistry.writer',
      ),
    );
    expect(script).toMatch(
      grant(
        'gcloud storage buckets add-iam-policy-binding "gs://\\$\\{BUCKET\\}"',
        'roles/storage.objectUser',
      ),
    );
    expect(script).toMatch(
      grant('gcloud projects add-iam-policy-binding "\\$\\{PROJECT_ID\\}"', 'roles/aiplatform.user'),
    );
    expect(script).toMatch(
      grant('gcloud projects add-iam-policy-binding "\\$\\{PROJECT_ID\\}"', 'roles/cloudbuild.builds.editor'),
    );
    expect(script).toMatch(
      grant(
        'gcloud iam service-accounts add-iam-policy-binding "\\$\\{SERVICE_ACCOUNT\\}"',
        'roles/iam.serviceAccountUser',
      ),
    );
    expect(script).not.toMatch(/roles\/(editor|owner|storage\.admin|aiplatform\.admin)"/);
  });

  test('it prints every repository variable the examples and the example workflow read', () => {
    const printed = new Set([...script.matchAll(/^echo "([A-Z_]+)=/gm)].map((match) => match[1]));
    const sources = [
      'README.md',
      'examples/cifar10/README.md',
      'examples/cifar10/.github/workflows/mlops.yml',
      ...execFileSync('git', ['ls-files', 'actions/*/README.md'], { cwd: ROOT, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    ];
    const readByExamples = new Set(
      sources.flatMap((path) => [...read(path).matchAll(/vars\.([A-Z_]+)/g)].map((m) => m[1])),
    );
    expect(readByExamples.size).toBeGreaterThan(3);
    for (const name of readByExamples) expect(printed, `vars.${name}`).toContain(name);
  });
});
