// The built bundle (actions/copy-modules/dist) run through packages/runner on Node 24, exactly as
// the GitHub runner would, against the Cloud Storage stand-in through the real client library.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GcsStandIn } from '@mlops-actions/emulators';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleWorkspace, removeCreated, scratchDir, writeFiles } from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const SHA = '4f1c2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6';
const MODULES = ['__init__.py', 'features.py', 'model.py', 'preprocessing.py'];

let standIn: GcsStandIn;
beforeAll(async () => {
  standIn = await new GcsStandIn().start();
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(() => {
  standIn.faults.clear();
  removeCreated();
});

async function copyModules(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runBuiltAction({
    actionDir,
    workspace,
    inputs: { path: 'models', exclude: '*_test.py', ...inputs },
    env: { ...standIn.environment(), GITHUB_SHA: SHA, ...env },
  });
}

/** name → content of every live object in the bucket. */
function objects(bucket: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of standIn.store.sortedNames(bucket)) {
    const record = standIn.store.live(bucket, name);
    if (record) all[name] = standIn.store.data(record).toString('utf8');
  }
  return all;
}

const finalError = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';

function expectSuccess(result: RunResult): void {
  expect(finalError(result)).toBe('');
  expect(result.main.stderr).toBe('');
  expect(result.exitCode).toBe(0);
}

describe('copy-modules (built bundle on Node 24)', () => {
  it('never uploads the credentials file google-github-actions/auth wrote, whatever .gcloudignore says', async () => {
    standIn.store.createBucket('ml-creds');
    const workspace = exampleWorkspace();
    writeFiles(workspace, {
      '.gcloudignore': '.git\n!gha-creds-*.json\n',
      'gha-creds-abc.json': '{"type":"external_account","audience":"//iam.googleapis.com/secret"}',
    });
    symlinkSync('gha-creds-abc.json', join(workspace, 'adc.json'));
    const result = await copyModules(
      workspace,
      { path: '.', exclude: '', destination: 'gs://ml-creds/project' },
      { GOOGLE_APPLICATION_CREDENTIALS: join(workspace, 'gha-creds-abc.json') },
    );

    expectSuccess(result);
    const names = Object.keys(objects('ml-creds'));
    expect(names).toContain(`project/${SHA}/models/model.py`);
    expect(names.filter((name) => /gha-creds|adc\.json/.test(name))).toEqual([]);
    expect(result.log).toContain(
      'Left out gha-creds-abc.json: it holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace), which are never sent, whatever the ignore files say.',
    );
    expect(result.log).toContain('Left out adc.json: it holds Google credentials');
    expect(result.log).not.toContain('external_account');
  });

  it('uploads everything, then nothing, then only the changed file, pinned by commit', async () => {
    standIn.store.createBucket('ml-modules');
    const workspace = exampleWorkspace();
    const destination = 'gs://ml-modules/cifar10/modules';

    const first = await copyModules(workspace, { destination });
    expectSuccess(first);
    const names = MODULES.map((file) => `cifar10/modules/${SHA}/${file}`);
    expect(first.outputs).toEqual({
      uri: `gs://ml-modules/cifar10/modules/${SHA}/`,
      uploaded: '4',
      skipped: '0',
      deleted: '0',
      files: JSON.stringify(names),
    });
    expect(Object.keys(objects('ml-modules'))).toEqual(names);
    expect(first.summary).toContain(`### ✅ Modules synced to \`gs://ml-modules/cifar10/modules/${SHA}/\``);
    expect(first.summary).toMatch(/\| Uploaded \| 4 \| \d+\\.\d KiB \|/);
    expect(first.log).toContain(`↑ cifar10/modules/${SHA}/model.py`);

    const uploadsBefore = standIn.requests.filter((r) => r.path.startsWith('/upload/')).length;
    const second = await copyModules(workspace, { destination });
    expectSuccess(second);
    expect(second.outputs).toMatchObject({ uploaded: '0', skipped: '4', deleted: '0', files: '[]' });
    expect(standIn.requests.filter((r) => r.path.startsWith('/upload/')).length).toBe(uploadsBefore);

    writeFileSync(join(workspace, 'models/model.py'), '# a new model\n');
    const third = await copyModules(workspace, { destination });
    expectSuccess(third);
    expect(third.outputs).toMatchObject({ uploaded: '1', skipped: '3', files: JSON.stringify([names[2]]) });
    expect(objects('ml-modules')[`cifar10/modules/${SHA}/model.py`]).toBe('# a new model\n');
  });

  it('deletes exactly the extra objects under the folder, nothing outside it', async () => {
    standIn.store.createBucket('ml-sync');
    for (const name of [
      'modules/old_model.py',
      'modules/sub/stale.py',
      'modules-backup/model.py',
      'data/x.csv',
    ]) {
      await standIn.store.write('ml-sync', name, Buffer.from('old'));
    }
    const workspace = exampleWorkspace();
    const result = await copyModules(workspace, {
      destination: 'gs://ml-sync/modules/',
      versioned: 'false',
      'delete-extraneous': 'true',
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ uri: 'gs://ml-sync/modules/', uploaded: '4', deleted: '2' });
    expect(Object.keys(objects('ml-sync'))).toEqual([
      'data/x.csv',
      'modules-backup/model.py',
      ...MODULES.map((file) => `modules/${file}`),
    ]);
  });

  it('ends in the same state as a clean run with 30% of requests failing (503 and dropped)', async () => {
    const workspace = exampleWorkspace();
    writeFiles(
      workspace,
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`models/extra/m${i}.py`, `x = ${i}\n`])),
    );
    for (const bucket of ['ml-clean', 'ml-faulty']) {
      standIn.store.createBucket(bucket);
      await standIn.store.write(bucket, 'm/stale.py', Buffer.from('old'));
    }
    const inputs = { versioned: 'false', 'delete-extraneous': 'true' };
    expectSuccess(await copyModules(workspace, { ...inputs, destination: 'gs://ml-clean/m' }));

    standIn.faults.reseed(7);
    standIn.faults.add({ route: '/^.*ml-faulty/', action: { kind: 'status', status: 503 }, fraction: 0.15 });
    standIn.faults.add({ route: '/^.*ml-faulty/', action: { kind: 'drop' }, fraction: 0.15 });
    const faulty = await copyModules(workspace, { ...inputs, destination: 'gs://ml-faulty/m' });
    const injected = standIn.faults.injected.length;
    standIn.faults.clear();
    expectSuccess(faulty);
    expect(injected).toBeGreaterThan(2);
    expect(objects('ml-faulty')).toEqual(objects('ml-clean'));
  });

  it('names the files that did not make it and keeps everything already written', async () => {
    standIn.store.createBucket('ml-denied');
    await standIn.store.write('ml-denied', 'm/extra.py', Buffer.from('keep me'));
    const workspace = exampleWorkspace();
    // One at a time, in name order: __init__.py goes first and is refused for good (403).
    standIn.faults.add({ method: 'POST', route: '/upload/', action: { kind: 'status', status: 403 } });
    const result = await copyModules(workspace, {
      destination: 'gs://ml-denied/m',
      versioned: 'false',
      'delete-extraneous': 'true',
      concurrency: '1',
    });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toMatch(
      /^copy-modules: 1 of 4 files to upload did not make it to gs:\/\/ml-denied\/m\/: __init__\.py \(HTTP 403: .*\)\. The 3 objects uploaded and the 0 unchanged ones are in place, and no extraneous object was deleted \(1 held back\)\. The service account in use needs the Storage Object User role \(roles\/storage\.objectUser\) on the bucket \(grant it to the account google-github-actions\/auth impersonates\)\. Re-run the job to finish: files already uploaded are skipped\.$/,
    );
    expect(result.outputs).toMatchObject({ uploaded: '3', deleted: '0' });
    expect(Object.keys(objects('ml-denied'))).toEqual([
      'm/extra.py',
      'm/features.py',
      'm/model.py',
      'm/preprocessing.py',
    ]);
    expect(result.summary).toContain('#### Did not make it \\(1\\)');
    expect(result.summary).toContain('| `m/__init__.py` | upload | HTTP 403: Injected fault |');

    const rerun = await copyModules(workspace, {
      destination: 'gs://ml-denied/m',
      versioned: 'false',
      'delete-extraneous': 'true',
    });
    expectSuccess(rerun);
    expect(rerun.outputs).toMatchObject({ uploaded: '1', skipped: '3', deleted: '1' });
  });

  it.each([
    [
      403,
      'forbidden',
      "ci@demo.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud Storage bucket. Permission 'storage.objects.list' denied on resource (or it may not exist).",
      'The service account in use needs the Storage Object User role (roles/storage.objectUser) on the bucket (grant it to the account google-github-actions/auth impersonates).',
    ],
    [
      401,
      'required',
      "Anonymous caller does not have storage.objects.list access to the Google Cloud Storage bucket. Permission 'storage.objects.list' denied on resource (or it may not exist).",
      'The credentials were missing or refused. Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it. Its service account needs the Storage Object User role (roles/storage.objectUser) on the bucket.',
    ],
  ])('says what to do when Cloud Storage answers %i', async (status, reason, message, advice) => {
    const bucket = `ml-locked-${status}`;
    standIn.store.createBucket(bucket);
    standIn.faults.add({
      method: 'GET',
      route: `/b/${bucket}/o`, // objects.list, as the client addresses a stand-in
      action: {
        kind: 'status',
        status,
        body: { error: { code: status, message, errors: [{ message, domain: 'global', reason }] } },
      },
    });
    const result = await copyModules(exampleWorkspace(), { destination: `gs://${bucket}/m` });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      `copy-modules: Could not list gs://${bucket}/m/${SHA}/: HTTP ${status}: ${message} ${advice}`,
    );
    expect(objects(bucket)).toEqual({});
  });

  it('reports a missing bucket with its URI', async () => {
    const result = await copyModules(exampleWorkspace(), { destination: 'gs://no-such-ml-bucket/m' });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      `copy-modules: The bucket of gs://no-such-ml-bucket/m/${SHA}/ does not exist (or the credentials in use cannot see it).`,
    );
  });

  it('plans without writing in a dry run', async () => {
    standIn.store.createBucket('ml-dry');
    const result = await copyModules(exampleWorkspace(), { destination: 'gs://ml-dry/m', 'dry-run': 'true' });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ uploaded: '4', skipped: '0' });
    expect(objects('ml-dry')).toEqual({});
    expect(result.summary).toContain('Nothing was written: this was a dry run.');
  });

  it('uploads a single file; its object URI is the uri output', async () => {
    standIn.store.createBucket('ml-single');
    const result = await copyModules(exampleWorkspace(), {
      path: 'models/model.py',
      destination: 'gs://ml-single/m',
    });
    expectSuccess(result);
    expect(result.outputs.uri).toBe(`gs://ml-single/m/${SHA}/model.py`);
    expect(Object.keys(objects('ml-single'))).toEqual([`m/${SHA}/model.py`]);
  });

  it('honours .gcloudignore with #!include:.gitignore, and never follows a link out of the folder', async () => {
    standIn.store.createBucket('ml-ignore');
    const workspace = exampleWorkspace();
    const outside = scratchDir();
    writeFiles(outside, { 'credentials.json': '{"private_key": "…"}' });
    writeFiles(workspace, {
      'models/.gcloudignore': '.gcloudignore\n.gitignore\n#!include:.gitignore\n',
      'models/.gitignore': '*.ckpt\n',
      'models/weights.ckpt': 'big',
      'models/__pycache__/model.cpython-312.pyc': 'bytecode',
    });
    symlinkSync(join(outside, 'credentials.json'), join(workspace, 'models/credentials.json'));
    const result = await copyModules(workspace, { destination: 'gs://ml-ignore/m', versioned: 'false' });
    expectSuccess(result);
    expect(Object.keys(objects('ml-ignore'))).toEqual([
      'm/__init__.py',
      'm/__pycache__/model.cpython-312.pyc',
      'm/features.py',
      'm/model.py',
      'm/preprocessing.py',
    ]);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: 'Left out 1 entry of "models"; see the job summary.',
      }),
    );
    expect(result.summary).toContain('links outside the folder');
    expect(result.log).toContain('ignore rules from models/.gcloudignore, models/.gitignore');
  });
});

describe('copy-modules without Google credentials (no stand-in: the real endpoint)', () => {
  // No GOOGLE_APPLICATION_CREDENTIALS, an empty gcloud config, and no metadata server to ask
  // (METADATA_SERVER_DETECTION=none keeps any client from probing the network for one).
  const withoutCredentials = (workspace: string, extra: Record<string, string> = {}) => {
    const empty = scratchDir();
    return runBuiltAction({
      actionDir,
      workspace,
      inputs: { path: 'models', exclude: '*_test.py', destination: 'gs://ml-nocreds/m' },
      env: {
        GITHUB_SHA: SHA,
        HOME: empty,
        CLOUDSDK_CONFIG: empty,
        METADATA_SERVER_DETECTION: 'none',
        ...extra,
      },
    });
  };

  it('fails before listing anything, naming what is missing and the auth step', async () => {
    const result = await withoutCredentials(exampleWorkspace());
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'copy-modules: No Google Cloud credentials: GOOGLE_APPLICATION_CREDENTIALS is not set, there is no gcloud application-default login, and this runner is not a Google Cloud VM with a metadata server. Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it.',
    );
    expect(result.log).not.toMatch(/Could not list|to upload|Syncing to/);
  });

  it('says so when GOOGLE_APPLICATION_CREDENTIALS names no file (auth ran in another job)', async () => {
    const result = await withoutCredentials(exampleWorkspace(), {
      GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/gha-creds-1.json',
    });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toMatch(
      /^copy-modules: No Google Cloud credentials: GOOGLE_APPLICATION_CREDENTIALS is "\/nonexistent\/gha-creds-1\.json", which is not a file\. .* Authenticate in a step before this one with google-github-actions\/auth/,
    );
  });
});

describe('copy-modules rejects bad inputs before any request', () => {
  it.each([
    [
      'a path that leaves the workspace with ..',
      { path: '../outside', destination: 'gs://ml-x/m' },
      /^copy-modules: Input "path" must be a relative path inside .*; got "\.\.\/outside", which resolves outside it\.$/,
    ],
    [
      'an absolute path',
      { path: '/etc', destination: 'gs://ml-x/m' },
      /^copy-modules: Input "path" must be a relative path inside .*; got "\/etc", which resolves outside it\.$/,
    ],
    [
      'a path that does not exist',
      { path: 'nope', destination: 'gs://ml-x/m' },
      'copy-modules: Input "path" must be a folder or file inside the workspace; got "nope", which does not exist.',
    ],
    [
      'a destination that is not gs://',
      { destination: 's3://ml-x/m' },
      'copy-modules: Input "destination" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "s3://ml-x/m", which starts with s3:// instead of gs://.',
    ],
    [
      'an invalid bucket name',
      { destination: 'gs://ML_Bucket/m' },
      'copy-modules: Input "destination" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "gs://ML_Bucket/m", which has an invalid bucket name "ML_Bucket": it has uppercase letters (bucket names are lowercase).',
    ],
    [
      'an invalid object name',
      { destination: 'gs://ml-x/a/../b' },
      /^copy-modules: Input "destination" .*; got "gs:\/\/ml-x\/a\/\.\.\/b", which has an invalid object name "a\/\.\.\/b": it has a "\." or "\.\." segment\.$/,
    ],
    [
      'delete-extraneous at the top of a bucket',
      { destination: 'gs://ml-x', versioned: 'false', 'delete-extraneous': 'true' },
      /^copy-modules: Input "destination" must name a folder in the bucket .*where it would delete every other object in the bucket\.$/,
    ],
    [
      'an unreadable ignore file',
      { destination: 'gs://ml-x/m', 'ignore-file': 'models/missing.gcloudignore' },
      'copy-modules: Input "ignore-file" must be a readable file in .gcloudignore syntax; got "models/missing.gcloudignore": Cannot read the ignore file models/missing.gcloudignore: ENOENT.',
    ],
    [
      'an ignore file outside the workspace',
      { destination: 'gs://ml-x/m', 'ignore-file': '../.gcloudignore' },
      /^copy-modules: Input "ignore-file" must be a relative path inside .*; got "\.\.\/\.gcloudignore", which resolves outside it\.$/,
    ],
    [
      'an unreadable ignore file next to a single file',
      { path: 'models/model.py', destination: 'gs://ml-x/m', 'ignore-file': 'nope' },
      'copy-modules: Input "ignore-file" must be a readable file in .gcloudignore syntax; got "nope": Cannot read the ignore file nope: ENOENT.',
    ],
    [
      'an ignore file that is a folder',
      { destination: 'gs://ml-x/m', 'ignore-file': 'pipeline' },
      'copy-modules: Input "ignore-file" must be a readable file in .gcloudignore syntax; got "pipeline": Cannot read the ignore file pipeline: it is a folder.',
    ],
    [
      'an absolute include glob',
      { destination: 'gs://ml-x/m', include: '/etc/*' },
      'copy-modules: Input "include" must be glob patterns relative to path, one per line, such as *_test.py or utils/**; got "/etc/*", which is absolute; globs are relative to path.',
    ],
    [
      'a concurrency out of range',
      { destination: 'gs://ml-x/m', concurrency: '0' },
      'copy-modules: Input "concurrency" must be an integer from 1 to 64; got "0".',
    ],
    [
      'a boolean that is not true or false',
      { destination: 'gs://ml-x/m', versioned: 'yes' },
      'copy-modules: Input "versioned" must be true or false; got "yes".',
    ],
    [
      'a project that is no project id',
      { destination: 'gs://ml-x/m', project: 'My Project' },
      'copy-modules: Input "project" must be a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter); got "My Project".',
    ],
  ])('%s', async (_, inputs, message) => {
    const before = standIn.requests.length;
    const result = await copyModules(exampleWorkspace(), inputs as Record<string, string>);
    expect(result.exitCode).toBe(1);
    if (typeof message === 'string') expect(finalError(result)).toBe(message);
    else expect(finalError(result)).toMatch(message);
    expect(standIn.requests.length).toBe(before);
  });

  it('refuses a path that leaves the workspace through a symbolic link', async () => {
    const workspace = exampleWorkspace();
    symlinkSync(scratchDir(), join(workspace, 'linked'));
    const result = await copyModules(workspace, { path: 'linked', destination: 'gs://ml-x/m' });
    expect(finalError(result)).toMatch(
      /^copy-modules: Input "path" must be a relative path inside .*; got "linked", which resolves outside it\.$/,
    );
  });

  it('refuses versioned uploads without a commit sha', async () => {
    const result = await copyModules(
      exampleWorkspace(),
      { destination: 'gs://ml-x/m' },
      { GITHUB_SHA: '../../etc' },
    );
    expect(finalError(result)).toBe(
      'copy-modules: Input "versioned" is true, which needs the commit sha from GITHUB_SHA; got "../../etc". Set versioned: false to upload without a commit folder.',
    );
  });

  it('fails when nothing is left to upload', async () => {
    const result = await copyModules(exampleWorkspace(), { destination: 'gs://ml-x/m', include: '*.scala' });
    expect(finalError(result)).toBe(
      'copy-modules: No file to upload in "models" after the ignore rules, include and exclude; nothing was written. Check those inputs.',
    );
  });
});
