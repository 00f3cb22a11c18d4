import { InputError } from '@mlops-actions/kit';
import { describe, expect, it } from 'vitest';
import { formatGsUri, gsUriMistake, parseGsUri } from '../src/index.ts';

function rejection(text: string, input?: string): InputError {
  try {
    parseGsUri(text, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected ${text} to be rejected`);
}

describe('parseGsUri', () => {
  it('splits a bucket and a path, which may be empty or a prefix', () => {
    expect(parseGsUri('gs://my-bucket/models/v1/')).toEqual({ bucket: 'my-bucket', path: 'models/v1/' });
    expect(parseGsUri('gs://my-bucket/trainer.py')).toEqual({ bucket: 'my-bucket', path: 'trainer.py' });
    expect(parseGsUri('gs://my-bucket')).toEqual({ bucket: 'my-bucket', path: '' });
    expect(parseGsUri('gs://my-bucket/')).toEqual({ bucket: 'my-bucket', path: '' });
    expect(parseGsUri('gs://a.b_c-d.example.com/x y/ü')).toEqual({
      bucket: 'a.b_c-d.example.com',
      path: 'x y/ü',
    });
  });

  it('formats back', () => {
    expect(formatGsUri({ bucket: 'b-1', path: 'a/b' })).toBe('gs://b-1/a/b');
    expect(formatGsUri({ bucket: 'b-1', path: '' })).toBe('gs://b-1');
    for (const text of ['gs://my-bucket/models/v1/', 'gs://my-bucket']) {
      expect(formatGsUri(parseGsUri(text))).toBe(text);
    }
  });

  it('names the input, the value and the reason', () => {
    const error = rejection('s3://bucket/x');
    expect(error.input).toBe('destination');
    expect(error.value).toBe('s3://bucket/x');
    expect(error.message).toBe(
      'Input "destination" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "s3://bucket/x", which starts with s3:// instead of gs://.',
    );
    expect(rejection('bucket/x', 'data-uri').message).toMatch(
      /^Input "data-uri" must be .*; got "bucket\/x", which does not start with gs:\/\/\.$/,
    );
  });

  it.each([
    ['gs:/bucket/x', 'gs://bucket/x'],
    ['gs:bucket/x', 'gs://bucket/x'],
    ['gs//bucket/x', 'gs://bucket/x'],
    ['GS://bucket/x', 'gs://bucket/x'],
    ['Gs:/bucket', 'gs://bucket'],
    ['https://storage.googleapis.com/bucket/dir/x.yaml', 'gs://bucket/dir/x.yaml'],
    ['https://storage.cloud.google.com/bucket/dir%20a/x.yaml', 'gs://bucket/dir a/x.yaml'],
    ['http://storage.googleapis.com/bucket', 'gs://bucket'],
  ])('recognises %s and suggests %s', (text, meant) => {
    expect(gsUriMistake(text)?.meant).toBe(meant);
    const message = rejection(text, 'spec').message;
    expect(message).toMatch(
      /^Input "spec" must be a Cloud Storage URI such as gs:\/\/my-bucket\/path\/to\/prefix; got /,
    );
    expect(message).toContain(`got ${JSON.stringify(text)}, which `);
    expect(message.endsWith(`; did you mean ${JSON.stringify(meant)}?`)).toBe(true);
  });

  it('leaves paths, other URLs and good URIs alone', () => {
    for (const text of ['gs://bucket/x', 'pipelines/gs/x.yaml', 'gsx/y', 'https://example.com/b/o', 'gs:']) {
      expect(gsUriMistake(text)).toBeUndefined();
    }
  });

  it.each([
    ['gs://', 'is empty'],
    ['gs:///models', 'is empty'],
    ['gs://My-Bucket/x', 'has uppercase letters'],
    ['gs://ab/x', 'shorter than 3 characters'],
    ['gs://-bucket/x', 'must start and end with a letter or digit'],
    ['gs://bucket_/x', 'must start and end with a letter or digit'],
    ['gs://buck et/x', 'characters other than'],
    ['gs://bucket:8080/x', 'characters other than'],
    [`gs://${'a'.repeat(64)}/x`, 'longer than 63 characters'],
    [`gs://${'a'.repeat(64)}.com/x`, 'dot-separated part longer than 63'],
    ['gs://a..b/x', 'two dots in a row'],
    ['gs://192.168.5.4/x', 'is an IP address'],
    ['gs://goog-models/x', 'starts with "goog"'],
    ['gs://my-google-bucket/x', 'contains "google"'],
    ['gs://my-g00gle-bucket/x', 'contains "google"'],
  ])('refuses the bucket of %s (%s)', (text, reason) => {
    const error = rejection(text);
    expect(error.message).toContain('has an invalid bucket name');
    expect(error.message).toContain(reason);
  });

  it.each([
    ['gs://bucket/a\nb', 'carriage return or line feed'],
    ['gs://bucket/models/../secrets', '"." or ".." segment'],
    ['gs://bucket/./x', '"." or ".." segment'],
    ['gs://bucket/.well-known/acme-challenge/x', 'reserved'],
    [`gs://bucket/${'é'.repeat(513)}`, 'longer than 1024 bytes'],
    ['gs://bucket/\ud800x', 'not valid UTF-8'],
  ])('refuses the object name of %j (%s)', (text, reason) => {
    const error = rejection(text);
    expect(error.message).toContain('has an invalid object name');
    expect(error.message).toContain(reason);
    expect(error.message).not.toMatch(/\n/);
  });
});
