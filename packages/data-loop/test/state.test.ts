import { formatGsUri, parseGsUri, readObject } from '@mlops-actions/gcs';
import { InputError } from '@mlops-actions/kit';
import { describe, expect, it } from 'vitest';
import { AnswerDroppingProxy } from '../../gcs/test/answer-dropping-proxy.ts';
import {
  checkStateFolder,
  claimDispatch,
  defaultStateFolder,
  dispatchObject,
  isInsideState,
  manifestObject,
  publishedMarker,
  runKey,
  takenObject,
} from '../src/index.ts';
import { QUICK_RETRIES, quickClient, useStandIn } from './stand-in.ts';

const env = useStandIn();

describe('the state layout', () => {
  it('defaults to <source>/_mlops/, with or without a trailing slash on the source', () => {
    expect(formatGsUri(defaultStateFolder(parseGsUri('gs://bkt/collected/')))).toBe(
      'gs://bkt/collected/_mlops/',
    );
    expect(formatGsUri(defaultStateFolder(parseGsUri('gs://bkt/collected')))).toBe(
      'gs://bkt/collected/_mlops/',
    );
    expect(formatGsUri(defaultStateFolder(parseGsUri('gs://bkt')))).toBe('gs://bkt/_mlops/');
  });

  it('puts every piece where the README says', () => {
    const state = parseGsUri('gs://bkt/collected/_mlops');
    expect(formatGsUri(takenObject(state, 10))).toBe('gs://bkt/collected/_mlops/spans/10/taken.jsonl.gz');
    expect(formatGsUri(publishedMarker(state, 10))).toBe('gs://bkt/collected/_mlops/spans/10/_PUBLISHED');
    expect(formatGsUri(manifestObject(state, 'run-7-count'))).toBe(
      'gs://bkt/collected/_mlops/manifests/run-7-count.json',
    );
    expect(formatGsUri(dispatchObject(state, 'run-7-count'))).toBe(
      'gs://bkt/collected/_mlops/dispatches/run-7-count.json',
    );
  });

  it('tells state objects from data, by folder and not by name prefix', () => {
    const state = parseGsUri('gs://bkt/collected/_mlops/');
    expect(isInsideState(state, 'bkt', 'collected/_mlops/manifests/run-1-x.json')).toBe(true);
    expect(isInsideState(state, 'bkt', 'collected/_mlops2/cat/1.jpg')).toBe(false);
    expect(isInsideState(state, 'other', 'collected/_mlops/x')).toBe(false);
  });

  it('refuses a state folder that contains the source, or is the source', () => {
    const source = parseGsUri('gs://bkt/collected/', 'source');
    expect(() => checkStateFolder(source, parseGsUri('gs://bkt/collected/_mlops/'))).not.toThrow();
    expect(() => checkStateFolder(source, parseGsUri('gs://other/state/'))).not.toThrow();
    expect(() => checkStateFolder(source, parseGsUri('gs://bkt/'))).toThrow(InputError);
    expect(() => checkStateFolder(source, parseGsUri('gs://bkt/'))).toThrow(
      'Input "state" must be a folder that does not contain the source "gs://bkt/collected/"; got "gs://bkt"',
    );
    expect(() => checkStateFolder(source, parseGsUri('gs://bkt/collected'))).toThrow(
      'Input "state" must not be the source folder itself',
    );
  });
});

describe('runKey', () => {
  it('is the same for every attempt of a job in a run, and safe as an object name', () => {
    expect(runKey({ runId: '9876543210', job: 'count-data' })).toBe('run-9876543210-count-data');
    expect(runKey({ runId: '1', job: 'count data/ü' })).toBe('run-1-count_data__');
  });

  it('refuses a missing run id or job', () => {
    expect(() => runKey({ runId: '', job: 'x' })).toThrow(
      'The run id (GITHUB_RUN_ID) must be a decimal number',
    );
    expect(() => runKey({ runId: '5', job: '' })).toThrow('The job id (GITHUB_JOB) is empty');
  });
});

describe('claimDispatch', () => {
  it('claims once per run key; a re-run is told it was done', async () => {
    env.standIn.store.createBucket('dispatch');
    const state = parseGsUri('gs://dispatch/_mlops/');
    expect(await claimDispatch(env.storage, state, 'run-5-count', { workflow: 'retrain.yml' })).toBe(true);
    expect(await claimDispatch(env.storage, state, 'run-5-count', { workflow: 'retrain.yml' })).toBe(false);
    expect(await claimDispatch(env.storage, state, 'run-6-count', { workflow: 'retrain.yml' })).toBe(true);
    const record = JSON.parse(
      (await readObject(env.storage, dispatchObject(state, 'run-5-count'))).toString(),
    );
    expect(record).toMatchObject({ runKey: 'run-5-count', workflow: 'retrain.yml' });
  });

  it('still counts as its own claim when the answer was lost', async () => {
    env.standIn.store.createBucket('dispatch-dropped');
    const proxy = await new AnswerDroppingProxy(env.standIn.url).start();
    try {
      const storage = quickClient(proxy.url, env.standIn.projectId);
      proxy.dropAnswers(1, (method, url) => method === 'POST' && url.startsWith('/upload/'));
      const state = parseGsUri('gs://dispatch-dropped/_mlops/');
      expect(await claimDispatch(storage, state, 'run-8-count', {}, QUICK_RETRIES)).toBe(true);
      expect(proxy.dropped).toBe(1);
      expect(await claimDispatch(storage, state, 'run-8-count', {}, QUICK_RETRIES)).toBe(false);
    } finally {
      await proxy.stop();
    }
  });
});
