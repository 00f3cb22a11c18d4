import { invalid } from './errors.ts';

/**
 * The `matchGlob` list filter as a regular expression
 * (https://cloud.google.com/storage/docs/json_api/v1/objects/list#list-object-glob):
 * `*` any characters but `/`; `**` any characters, and `/**\/` also zero directory levels;
 * `?` one character but `/`; `[abc]`, `[a-z]`, `[!a]` character classes; `{a,b}` alternatives;
 * `\` escapes the next character.
 */
export function globToRegExp(glob: string): RegExp {
  let pos = 0;
  const fail = () => invalid(`The matchGlob '${glob}' is not a valid glob.`);

  const sequence = (inBraces: boolean): string => {
    let out = '';
    while (pos < glob.length) {
      const c = glob[pos] as string;
      if (inBraces && (c === ',' || c === '}')) return out;
      pos++;
      if (c === '\\') {
        if (pos >= glob.length) throw fail();
        out += escapeLiteral(glob[pos++] as string);
      } else if (c === '*') {
        if (glob[pos] === '*') {
          pos++;
          const atSegmentStart = pos - 2 === 0 || glob[pos - 3] === '/';
          if (atSegmentStart && glob[pos] === '/') {
            pos++;
            out += '(?:.*/)?';
          } else {
            out += '.*';
          }
        } else {
          out += '[^/]*';
        }
      } else if (c === '?') {
        out += '[^/]';
      } else if (c === '[') {
        out += charClass();
      } else if (c === '{') {
        const alternatives: string[] = [];
        for (;;) {
          alternatives.push(sequence(true));
          const next = glob[pos++];
          if (next === '}') break;
          if (next !== ',') throw fail();
        }
        out += `(?:${alternatives.join('|')})`;
      } else {
        out += escapeLiteral(c);
      }
    }
    if (inBraces) throw fail();
    return out;
  };

  const charClass = (): string => {
    let negate = false;
    if (glob[pos] === '!' || glob[pos] === '^') {
      negate = true;
      pos++;
    }
    let body = '';
    let first = true;
    while (pos < glob.length && (glob[pos] !== ']' || first)) {
      const c = glob[pos++] as string;
      body += c === '-' && !first && glob[pos] !== ']' ? '-' : escapeInClass(c);
      first = false;
    }
    if (glob[pos] !== ']') throw fail();
    pos++;
    return `[${negate ? '^' : ''}${body}]`;
  };

  return new RegExp(`^${sequence(false)}$`, 'su');
}

const escapeLiteral = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const escapeInClass = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');
