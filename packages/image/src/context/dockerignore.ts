import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cleanPattern, compilePathPattern } from './path-pattern.ts';

interface IgnoreRule {
  regex: RegExp;
  exclusion: boolean;
  text: string;
}

/**
 * `.dockerignore` with Docker's own semantics (moby/patternmatcher), which differ from
 * .gitignore's: every pattern is anchored at the context root, a pattern that matches a folder
 * excludes what is in it, and a later `!pattern` re-includes even inside an excluded folder.
 */
export class DockerIgnore {
  readonly source: string | undefined;
  private readonly rules: IgnoreRule[];

  constructor(text: string, source?: string) {
    this.source = source;
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const exclusion = line.startsWith('!');
      if (exclusion) line = line.slice(1).trim();
      const cleaned = cleanPattern(line);
      if (cleaned === '.') continue;
      this.rules.push({ regex: compilePathPattern(cleaned), exclusion, text: raw.trim() });
    }
  }

  /** Reads `<Dockerfile>.dockerignore` beside the Dockerfile when present (BuildKit), else `<context>/.dockerignore`. */
  static read(contextDir: string, dockerfilePath?: string): DockerIgnore {
    const candidates = [
      ...(dockerfilePath ? [join(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`)] : []),
      join(contextDir, '.dockerignore'),
    ];
    for (const path of candidates) {
      if (existsSync(path)) return new DockerIgnore(readFileSync(path, 'utf8'), path);
    }
    return new DockerIgnore('');
  }

  get hasExceptions(): boolean {
    return this.rules.some((rule) => rule.exclusion);
  }

  /** Whether the context path (relative, `/`-separated) is left out of the build context. */
  ignores(path: string): boolean {
    const parents: string[] = [];
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) parents.push(parts.slice(0, i).join('/'));
    let ignored = false;
    for (const rule of this.rules) {
      const matched = rule.regex.test(path) || parents.some((parent) => rule.regex.test(parent));
      if (matched) ignored = !rule.exclusion;
    }
    return ignored;
  }
}
