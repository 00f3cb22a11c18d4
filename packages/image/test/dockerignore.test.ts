import { afterAll, describe, expect, it } from 'vitest';
import { walkContext } from '../src/context/context-walk.ts';
import { DockerIgnore } from '../src/context/dockerignore.ts';
import { gitignoreFilter } from '../src/context/gitignore-filter.ts';
import { projectDir, removeProjectDirs } from './project-dir.ts';

afterAll(removeProjectDirs);

describe('.dockerignore, with Docker semantics', () => {
  const ignore = new DockerIgnore(`
# comment
*.md
!README.md
build
**/__pycache__
/secrets/*.key
data/**/*.tfrecord
!data/keep/**
`);

  it.each([
    ['notes.md', true],
    ['README.md', false],
    ['docs/notes.md', false], // anchored at the root, unlike .gitignore
    ['build', true],
    ['build/out/x.o', true], // a matched folder excludes what is in it
    ['src/__pycache__/m.pyc', true],
    ['__pycache__/m.pyc', true],
    ['secrets/api.key', true],
    ['data/2021-10/a/b.tfrecord', true],
    ['data/x.tfrecord', true],
    ['data/keep/y.tfrecord', false], // re-included inside an excluded pattern
    ['src/main.py', false],
  ])('%s → ignored %s', (path, ignored) => {
    expect(ignore.ignores(path)).toBe(ignored);
  });

  it('walks only what is kept, still descending into excluded folders that hold exceptions', () => {
    const dir = projectDir({
      '.dockerignore': 'data\n!data/keep.txt\n.git\n',
      'data/drop.txt': 'x',
      'data/keep.txt': 'x',
      '.git/HEAD': 'x',
      'src/a.py': 'x',
      'src/link': { link: 'a.py' },
    });
    const entries = walkContext(dir, DockerIgnore.read(dir));
    expect(entries.map((e) => `${e.type[0]} ${e.path}`)).toEqual([
      'f .dockerignore',
      'f data/keep.txt',
      'd src',
      'f src/a.py',
      's src/link',
    ]);
  });

  it('prefers <Dockerfile>.dockerignore beside the Dockerfile, as BuildKit does', () => {
    const dir = projectDir({
      '.dockerignore': 'a\n',
      'Dockerfile.prod.dockerignore': 'b\n',
      'Dockerfile.prod': 'FROM scratch',
    });
    const ignore = DockerIgnore.read(dir, `${dir}/Dockerfile.prod`);
    expect([ignore.ignores('a'), ignore.ignores('b')]).toEqual([false, true]);
  });
});

describe('the upload filter of cloud-build', () => {
  it('applies .gitignore-syntax patterns: unanchored names, folder-only patterns, re-includes', () => {
    const dir = projectDir({
      'a.tfrecord': 'x',
      'data/b.tfrecord': 'x',
      'data/keep.tfrecord': 'x',
      'build/y': 'y',
      'z.py': 'z',
    });
    const filter = gitignoreFilter(['*.tfrecord', '!keep.tfrecord', 'build/']);
    expect(walkContext(dir, filter).map((e) => e.path)).toEqual(['data', 'data/keep.tfrecord', 'z.py']);
  });
});
