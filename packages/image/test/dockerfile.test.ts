import { afterAll, describe, expect, it } from 'vitest';
import { walkContext } from '../src/context/context-walk.ts';
import { DockerIgnore } from '../src/context/dockerignore.ts';
import type { ImageConfig } from '../src/distribution/image-types.ts';
import { buildContext } from '../src/dockerfile/copy-instruction.ts';
import { evaluateStage } from '../src/dockerfile/evaluate-stage.ts';
import { whyNotLayerBuildable } from '../src/dockerfile/layer-support.ts';
import { parseDockerfile } from '../src/dockerfile/parse-dockerfile.ts';
import { selectBase } from '../src/dockerfile/select-base.ts';
import { expandWord, splitWords } from '../src/dockerfile/shell-words.ts';
import { projectDir, removeProjectDirs } from './project-dir.ts';

afterAll(removeProjectDirs);

const amd64 = { os: 'linux', architecture: 'amd64' };

/** The original project's Dockerfile with the RUN lines TFX templates add. */
const ORIGINAL_WITH_RUN = `FROM tensorflow/tfx:1.9.0
WORKDIR /pipeline
COPY requirements.txt requirements.txt
RUN sed -i 's/python3/python/g' /usr/bin/pip
RUN pip install -r requirements.txt
COPY ./ ./
ENV PYTHONPATH="/pipeline:\${PYTHONPATH}"
`;

describe('reading a Dockerfile', () => {
  it('joins continuations, drops comments inside them, reads flags and the exec form', () => {
    const dockerfile = parseDockerfile(
      '# syntax=docker/dockerfile:1\nFROM --platform=$TARGETPLATFORM python:3.11 AS app\n# a comment\nCOPY --chown=1000:1000 \\\n  # dropped\n  a.py \\\n  /app/\nCMD ["python", "/app/a.py"]\n',
    );
    expect(dockerfile.directives).toEqual({ syntax: 'docker/dockerfile:1' });
    expect(dockerfile.instructions.map((i) => [i.keyword, i.line, i.flags, i.rest, i.json])).toEqual([
      ['FROM', 2, { platform: '$TARGETPLATFORM' }, 'python:3.11 AS app', undefined],
      ['COPY', 4, { chown: '1000:1000' }, 'a.py   /app/', undefined],
      ['CMD', 8, {}, '["python", "/app/a.py"]', ['python', '/app/a.py']],
    ]);
  });

  it('honours the escape directive and consumes heredocs', () => {
    const dockerfile = parseDockerfile(
      '# escape=`\nFROM scratch\nCOPY a `\n  b /\nRUN <<EOF\necho hi\nEOF\nCMD x\n',
    );
    expect(dockerfile.escape).toBe('`');
    expect(dockerfile.instructions.map((i) => [i.keyword, i.rest, i.heredocs])).toEqual([
      ['FROM', 'scratch', []],
      ['COPY', 'a   b /', []],
      ['RUN', '<<EOF', ['echo hi']],
      ['CMD', 'x', []],
    ]);
  });

  it('expands variables with quotes and defaults as Docker does', () => {
    const vars = new Map([
      ['A', 'x'],
      ['EMPTY', ''],
    ]);
    expect(splitWords('a="b c" \'d e\' f\\ g')).toEqual(['a="b c"', "'d e'", 'f\\ g']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not JavaScript ones
    expect(expandWord('"$A-${A}"', vars)).toBe('x-x');
    expect(expandWord("'$A'", vars)).toBe('$A');
    expect(expandWord('\\$A', vars)).toBe('$A');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not JavaScript ones
    expect(expandWord('${MISSING:-def}/${EMPTY:-e}/${EMPTY-n}/${A:+set}/${MISSING:+no}', vars)).toBe(
      'def/e//set/',
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not JavaScript ones
    expect(() => expandWord('${MISSING:?is required}', vars)).toThrow('MISSING: is required');
  });
});

describe('which Dockerfiles the layer builder takes (builder auto)', () => {
  it('takes the original project’s Dockerfile without its RUN lines', () => {
    const withoutRun = ORIGINAL_WITH_RUN.split('\n')
      .filter((l) => !l.startsWith('RUN'))
      .join('\n');
    expect(whyNotLayerBuildable(parseDockerfile(withoutRun))).toBeUndefined();
  });

  it.each([
    [ORIGINAL_WITH_RUN, 'RUN runs a command, which needs a container (line 4)'],
    ['FROM a AS build\nFROM b\nCOPY --from=build /x /x\n', 'it is a multi-stage build (FROM at lines 1, 2)'],
    ['FROM a\nCOPY --from=other:1 /x /x\n', 'COPY --from copies out of another image or stage (line 2)'],
    [
      'FROM a\nADD https://example.com/x.tgz /x\n',
      'ADD https://example.com/x.tgz downloads from the network (line 2)',
    ],
    [
      'FROM a\nCOPY --chown=app:app x /x\n',
      "COPY --chown=app:app names a user or group, which only the base image's /etc/passwd and /etc/group can resolve (line 2)",
    ],
    ['FROM a\nEXPOSE 8080\n', 'EXPOSE is not one the layer builder applies (line 2)'],
    [
      'FROM a\nCOPY <<EOF /x\nhi\nEOF\n',
      'COPY with a heredoc is not supported by the layer builder (line 2)',
    ],
    ['COPY x /\n', 'the Dockerfile has no FROM'],
  ])('refuses %j', (text, reason) => {
    expect(whyNotLayerBuildable(parseDockerfile(text))?.message).toBe(reason);
  });
});

describe('evaluating a Dockerfile on a base config', () => {
  const base: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: {
      Env: ['PATH=/usr/bin', 'PYTHONPATH=/usr/lib/py'],
      Cmd: ['python3'],
      WorkingDir: '/',
      Labels: { base: '1' },
    },
    rootfs: { type: 'layers', diff_ids: ['sha256:base'] },
    history: [{ created_by: 'base' }],
  };

  function evaluate(
    dockerfileText: string,
    files: Parameters<typeof projectDir>[0],
    buildArgs: Record<string, string> = {},
  ) {
    const dir = projectDir(files);
    const dockerfile = parseDockerfile(dockerfileText);
    return evaluateStage({
      dockerfile,
      buildArgs,
      platform: amd64,
      baseConfig: base,
      context: buildContext(dir, walkContext(dir, DockerIgnore.read(dir))),
      labels: { 'org.opencontainers.image.revision': 'abc' },
    });
  }

  it('applies ENV (with the base’s variables), ARG, WORKDIR, LABEL, USER, ENTRYPOINT and CMD', () => {
    const { config, layer, unusedBuildArgs } = evaluate(
      `FROM base
ARG VERSION=1
ARG CHANNEL
ENV PYTHONPATH="/pipeline:\${PYTHONPATH}" APP_VERSION=$VERSION
ENV LEGACY a value with spaces
WORKDIR /pipeline
WORKDIR src
LABEL "org.example.channel"="\${CHANNEL:-stable}" version=$VERSION
USER 1000:1000
ENTRYPOINT ["python", "-m", "runner"]
`,
      {},
      { VERSION: '2', UNUSED: 'x' },
    );
    expect(layer).toBeUndefined();
    expect(unusedBuildArgs).toEqual(['UNUSED']);
    expect(config.config).toEqual({
      Env: [
        'PATH=/usr/bin',
        'PYTHONPATH=/pipeline:/usr/lib/py',
        'APP_VERSION=2',
        'LEGACY=a value with spaces',
      ],
      // A new ENTRYPOINT drops the inherited CMD.
      Cmd: null,
      Entrypoint: ['python', '-m', 'runner'],
      WorkingDir: '/pipeline/src',
      Labels: {
        base: '1',
        'org.example.channel': 'stable',
        version: '2',
        'org.opencontainers.image.revision': 'abc',
      },
      User: '1000:1000',
    });
    expect(config.created).toBe('1970-01-01T00:00:00Z');
    expect(config.history?.slice(1).every((h) => h.empty_layer)).toBe(true);
    expect(config.rootfs?.diff_ids).toEqual(['sha256:base']);
  });

  it('keeps a CMD set after ENTRYPOINT, and writes the shell form through /bin/sh -c', () => {
    const { config } = evaluate('FROM base\nENTRYPOINT ["tini", "--"]\nCMD python run.py --flag\n', {});
    expect(config.config?.Entrypoint).toEqual(['tini', '--']);
    expect(config.config?.Cmd).toEqual(['/bin/sh', '-c', 'python run.py --flag']);
  });

  it('copies as Docker does: folder contents, files to folders, wildcards, --chown and --chmod', () => {
    const { layer } = evaluate(
      `FROM base
WORKDIR /app
COPY src ./
COPY requirements*.txt /deps/
COPY --chown=1000:2000 --chmod=0600 config.yaml settings/
COPY run.sh /usr/local/bin/run
`,
      {
        'src/main.py': 'x',
        'src/pkg/__init__.py': '',
        'requirements.txt': 'a',
        'requirements-dev.txt': 'b',
        'config.yaml': 'c',
        'run.sh': { mode: 0o775, text: '#!/bin/sh' },
      },
    );
    expect(
      layer?.map((e) => [e.type, e.path, 'mode' in e ? e.mode.toString(8) : '', `${e.uid}:${e.gid}`]),
    ).toEqual([
      ['file', 'app/main.py', '644', '0:0'],
      ['directory', 'app/pkg', '755', '0:0'],
      ['file', 'app/pkg/__init__.py', '644', '0:0'],
      ['file', 'app/settings/config.yaml', '600', '1000:2000'],
      ['file', 'deps/requirements-dev.txt', '644', '0:0'],
      ['file', 'deps/requirements.txt', '644', '0:0'],
      ['file', 'usr/local/bin/run', '755', '0:0'],
    ]);
  });

  it('stops with Docker’s errors for missing sources and several sources into a file', () => {
    expect(() => evaluate('FROM base\nCOPY missing.txt /x\n', {})).toThrow(
      'Dockerfile line 2: COPY missing.txt: not found in the build context (or left out by .dockerignore)',
    );
    expect(() => evaluate('FROM base\nCOPY a b /dest\n', { a: '1', b: '2' })).toThrow(
      'Dockerfile line 2: COPY with more than one source needs a destination folder ending in /; got "/dest"',
    );
    expect(() => evaluate('FROM base\nCOPY ../x /x\n', {})).toThrow(
      'COPY ../x: the path is outside the build context',
    );
    expect(() =>
      evaluate('FROM base\nCOPY ignored.txt /x\n', { '.dockerignore': 'ignored.txt', 'ignored.txt': '' }),
    ).toThrow('not found in the build context (or left out by .dockerignore)');
  });

  it('follows symbolic links as BuildKit does, inside the context only', () => {
    const files = {
      'models/model.py': 'm',
      'models/latest': { link: 'model.py' },
      'models/escape': { link: '/etc/passwd' },
      current: { link: 'models' },
      'model-link.py': { link: 'models/model.py' },
      'up.py': { link: '../outside.py' },
      'dangling.py': { link: 'nowhere.py' },
    };
    // A source that is a link is followed (to a file or a folder); links inside a copied folder
    // stay links, whatever they point at; links along a source path are followed too.
    const { layer } = evaluate(
      'FROM base\nCOPY model-link.py /a/\nCOPY current /b/\nCOPY current/model.py /c.py\nCOPY model-*.py /d/\nCOPY current/latest /e/\n',
      files,
    );
    expect(layer?.map((e) => [e.type, e.path, e.type === 'symlink' ? e.target : ''])).toEqual([
      ['file', 'a/model-link.py', ''],
      ['symlink', 'b/escape', '/etc/passwd'],
      ['symlink', 'b/latest', 'model.py'],
      ['file', 'b/model.py', ''],
      ['file', 'c.py', ''],
      ['file', 'd/model-link.py', ''],
      ['file', 'e/latest', ''],
    ]);
    expect(layer?.find((e) => e.path === 'a/model-link.py')).toMatchObject({ data: Buffer.from('m') });

    expect(() => evaluate('FROM base\nCOPY models/escape /p\n', files)).toThrow(
      'Dockerfile line 2: COPY models/escape: models/escape is a symbolic link to /etc/passwd, which is outside the build context; the layer builder follows links only inside it',
    );
    expect(() => evaluate('FROM base\nCOPY up.py /p\n', files)).toThrow(
      'Dockerfile line 2: COPY up.py: up.py is a symbolic link to ../outside.py, which is outside the build context; the layer builder follows links only inside it',
    );
    expect(() => evaluate('FROM base\nCOPY *.py /p/\n', files)).toThrow(
      'COPY dangling.py: dangling.py is a symbolic link to nowhere.py, which is not in the build context (or left out by .dockerignore)',
    );
  });

  it('leaves an ADD of an archive to docker, which would unpack it', () => {
    const archive = Buffer.from([0x1f, 0x8b, 8, 0]);
    expect(() => evaluate('FROM base\nADD model.tar.gz /models/\n', { 'model.tar.gz': archive })).toThrow(
      'ADD model.tar.gz is an archive, which ADD would unpack (line 2)',
    );
  });

  it('leaves a base image with ONBUILD triggers to docker', () => {
    const dir = projectDir({});
    expect(() =>
      evaluateStage({
        dockerfile: parseDockerfile('FROM base\n'),
        buildArgs: {},
        platform: amd64,
        baseConfig: { ...base, config: { OnBuild: ['RUN make'] } },
        context: buildContext(dir, []),
      }),
    ).toThrow('the base image has ONBUILD triggers (RUN make), which run at build time');
  });

  it('resolves FROM with ARGs declared before it, and --platform', () => {
    const dockerfile = parseDockerfile(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variables, not JavaScript ones
      'ARG TFX=1.9.0\nARG REGISTRY\nFROM --platform=linux/arm64 ${REGISTRY:-docker.io}/tensorflow/tfx:${TFX}\n',
    );
    expect(selectBase(dockerfile, { TFX: '1.14.0' }, amd64)).toEqual({
      image: 'docker.io/tensorflow/tfx:1.14.0',
      platform: { os: 'linux', architecture: 'arm64' },
      line: 3,
    });
  });
});
