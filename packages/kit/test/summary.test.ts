import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  code,
  codeBlock,
  details,
  escapeMarkdown,
  heading,
  joinBlocks,
  link,
  list,
  mermaid,
  mermaidLabel,
  rawMarkdown,
  table,
} from '../src/index.ts';

describe('escapeMarkdown', () => {
  it('escapes markdown punctuation and HTML', () => {
    expect(escapeMarkdown('a_b*c `d` [e](f) #1 <script>&amp; | ~x~ $m$')).toBe(
      'a\\_b\\*c \\`d\\` \\[e\\]\\(f\\) \\#1 &lt;script&gt;&amp;amp; \\| \\~x\\~ \\$m\\$',
    );
    expect(escapeMarkdown('C:\\path')).toBe('C:\\\\path');
    expect(escapeMarkdown('plain text 42')).toBe('plain text 42');
  });
});

describe('heading', () => {
  it('escapes and keeps to one line', () => {
    expect(heading('Results', 1)).toBe('# Results');
    expect(heading('model_v2 <b>\nnext')).toBe('## model\\_v2 &lt;b&gt; next');
    expect(() => heading('x', 7)).toThrow(RangeError);
  });
});

describe('table', () => {
  it('builds a GFM table', () => {
    expect(
      table(
        ['File', 'Size'],
        [
          ['a.py', 10],
          ['b.py', 2],
        ],
      ),
    ).toBe('| File | Size |\n| --- | --- |\n| a\\.py | 10 |\n| b\\.py | 2 |');
  });

  it('escapes hostile file names', () => {
    const name = 'x|y <script>alert(1)</script> `tick`\nsecond line & more';
    expect(table(['File'], [[name]])).toBe(
      '| File |\n| --- |\n' +
        '| x\\|y &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\`tick\\`<br>second line &amp; more |',
    );
  });

  it('keeps a backslash before a pipe literal', () => {
    expect(table(['a'], [['x\\|y']])).toBe('| a |\n| --- |\n| x\\\\\\|y |');
  });

  it('takes raw markdown cells, escaping only what would break the row', () => {
    const cells = [
      rawMarkdown(code('a|b')),
      rawMarkdown(link('Console', 'https://x/y')),
      rawMarkdown('p\nq'),
    ];
    expect(table(['c', 'l', 'n'], [cells])).toBe(
      '| c | l | n |\n| --- | --- | --- |\n| `a\\|b` | [Console](https://x/y) | p<br>q |',
    );
  });

  it('escapes every pipe of raw markdown, as GitHub unescapes one backslash even in code', () => {
    expect(table(['c'], [[rawMarkdown(code('a\\|b'))]])).toBe('| c |\n| --- |\n| `a\\\\|b` |');
  });

  it('pads short rows and aligns columns', () => {
    expect(table(['a', 'b', 'c'], [['1']], { align: ['left', 'right', 'center'] })).toBe(
      '| a | b | c |\n| :--- | ---: | :---: |\n| 1 |  |  |',
    );
  });
});

describe('details', () => {
  it('puts a blank line before the body and escapes the summary', () => {
    expect(details('Logs <b>', '- item')).toBe(
      '<details><summary>Logs &lt;b&gt;</summary>\n\n- item\n\n</details>',
    );
  });
});

describe('code', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x``', '``` ``x`` ```'],
    ['`start', '`` `start ``'],
    [' spaced ', '`  spaced  `'],
    ['   ', '`   `'],
    ['<script>', '`<script>`'],
    ['two\nlines', '`two lines`'],
    ['', ''],
  ])('%j → %s', (text, md) => {
    expect(code(text)).toBe(md);
  });
});

describe('codeBlock and mermaid', () => {
  it('uses a fence longer than any backtick run', () => {
    expect(codeBlock('x = 1\n', 'python')).toBe('```python\nx = 1\n```');
    expect(codeBlock('```\ninner\n````')).toBe('`````\n```\ninner\n````\n`````');
    expect(codeBlock('x', 'py`thon extra')).toBe('```pythonextra\nx\n```');
  });

  it('fences Mermaid diagrams', () => {
    expect(mermaid('graph LR\n  a --> b')).toBe('```mermaid\ngraph LR\n  a --> b\n```');
  });

  it('quotes Mermaid labels', () => {
    expect(mermaidLabel('train "v2" <#1>\n`x`')).toBe('"train #quot;v2#quot; #lt;#35;1#gt; #96;x#96;"');
  });
});

describe('link and list', () => {
  it('escapes link text and the destination', () => {
    expect(link('model [v2]', 'https://console.cloud.google.com/a b(c)<d>')).toBe(
      '[model \\[v2\\]](https://console.cloud.google.com/a%20b%28c%29%3Cd%3E)',
    );
  });

  it('lists items on one line each', () => {
    expect(list(['a.py', '- b\nc', rawMarkdown(code('x'))])).toBe('- a\\.py\n- \\- b<br>c\n- `x`');
  });

  it('joins blocks with blank lines, skipping empty ones', () => {
    expect(joinBlocks(heading('A'), false, undefined, '', 'text')).toBe('## A\n\ntext');
  });
});

// GitHub renders summaries with cmark-gfm; where the Debian package is installed, check the HTML.
const cmark = (() => {
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!cmark)('rendered by cmark-gfm', () => {
  const render = (md: string) =>
    execFileSync('cmark-gfm', ['-e', 'table', '--unsafe'], { input: md }).toString();

  it('shows hostile cell text literally, in the right columns', () => {
    const name = 'x|y <script>alert(1)</script> `tick` a\\|b *em*\nnext';
    const html = render(table(['File', 'Code'], [[name, rawMarkdown(code('p|q \\| `r`'))]]));
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual([
      'x|y &lt;script&gt;alert(1)&lt;/script&gt; `tick` a\\|b *em*<br>next',
      '<code>p|q \\| `r`</code>',
    ]);
  });

  it('keeps plain text plain', () => {
    expect(render(escapeMarkdown('1. *a* _b_ [c](d) <i>e</i> ~~f~~ # g'))).toBe(
      '<p>1. *a* _b_ [c](d) &lt;i&gt;e&lt;/i&gt; ~~f~~ # g</p>\n',
    );
  });
});
