// A workflow run as a terminal shows it: one line per job and step as they finish, the
// substitutions said out loud, failures with their annotations and log tail, and the job
// summaries (GitHub-flavoured Markdown) made readable without a renderer.
import type { JobRecord, StepRecord, WorkflowEvent } from './records.ts';

export interface ReportStyle {
  color: boolean;
  /** Print every step's log, not only failing ones. */
  logs?: boolean;
  /** Print the job summaries. */
  summaries?: boolean;
  write(text: string): void;
}

const ICONS = { success: '✓', failure: '✗', skipped: '–', cancelled: '⊘' } as const;

export function reportEvents(style: ReportStyle): (event: WorkflowEvent) => void {
  const paint = painter(style.color);
  const line = (text = '') => style.write(`${text}\n`);
  return (event) => {
    switch (event.type) {
      case 'workflow-started':
        line(paint.dim(`▷ workflow ${event.name} (${event.file})`));
        if (event.concurrency) {
          line(
            paint.dim(
              `  concurrency group ${event.concurrency.group}, cancel-in-progress: ${event.concurrency.cancelInProgress}`,
            ),
          );
        }
        return;
      case 'job-started':
        return;
      case 'step-finished':
        return;
      case 'job-finished':
        printJob(event.job);
        return;
      case 'workflow-finished':
        line(
          paint.bold(
            `${ICONS[event.workflow.conclusion]} workflow ${event.workflow.name}: ${event.workflow.conclusion} in ${seconds(event.workflow.durationMs)}`,
          ),
        );
        for (const [name, value] of Object.entries(event.workflow.outputs))
          line(`  output ${name} = ${value}`);
    }
  };

  function printJob(job: JobRecord): void {
    const status = paint.status(job.result, `${ICONS[job.result]} ${job.result}`);
    line(
      `${paint.bold(`● ${job.id}`)}${job.name !== job.id.split(' / ').pop() ? paint.dim(` (${job.name})`) : ''}  ${status}${job.result === 'skipped' ? '' : paint.dim(`  ${seconds(job.durationMs)}`)}`,
    );
    if (job.reason) line(paint.dim(`    ${job.result === 'skipped' ? 'skipped: ' : ''}${job.reason}`));
    if (job.steps.length > 0 && Object.keys(job.permissions).length > 0) {
      line(
        paint.dim(
          `    permissions: ${Object.entries(job.permissions)
            .map(([scope, level]) => `${scope}: ${level}`)
            .join(', ')}`,
        ),
      );
    }
    for (const step of job.steps) printStep(step);
    const outputs = Object.entries(job.outputs).filter(([, value]) => value !== '');
    if (outputs.length > 0)
      line(
        paint.dim(
          `    outputs: ${outputs.map(([name, value]) => `${name}=${shorten(value, 90)}`).join('  ')}`,
        ),
      );
    if (style.summaries !== false) {
      const summary = job.steps
        .map((step) => step.summary)
        .join('\n')
        .trim();
      if (summary !== '') {
        line(paint.dim('    ┌ job summary'));
        for (const text of markdownForTerminal(summary)) line(`${paint.dim('    │')} ${text}`);
        line(paint.dim('    └'));
      }
    }
  }

  function printStep(step: StepRecord): void {
    const icon = paint.status(step.conclusion, ICONS[step.conclusion]);
    const name = step.uses && step.name === `Run ${step.uses}` ? actionName(step.uses) : step.name;
    const suffix = step.conclusion !== step.outcome ? paint.dim(` (${step.outcome}, continue-on-error)`) : '';
    const local = step.substitution ? paint.dim(`  ⇢ stand-in: ${step.substitution.short}`) : '';
    line(
      `    ${icon} ${name}${suffix}${step.conclusion === 'skipped' ? '' : paint.dim(`  ${seconds(step.durationMs)}`)}${local}`,
    );
    for (const annotation of step.annotations) {
      const where = annotation.file
        ? ` ${annotation.file}${annotation.line ? `:${annotation.line}` : ''}`
        : '';
      line(
        `        ${paint.status(annotation.level === 'error' ? 'failure' : 'skipped', `${annotation.level}${where}`)}: ${firstLines(annotation.message, 3)}`,
      );
    }
    if (style.logs || step.outcome === 'failure') {
      const log = step.log.trimEnd().split('\n');
      const tail = style.logs ? log : log.slice(-12);
      if (!style.logs && log.length > tail.length)
        line(paint.dim(`        … ${log.length - tail.length} earlier log lines`));
      for (const text of tail) line(paint.dim(`        ${text}`));
    }
  }
}

/** `owner/mlops-actions/actions/compile-pipeline@v1` → `compile-pipeline`; third-party: `actions/checkout`. */
function actionName(uses: string): string {
  return /\/actions\/([^@]+)@/.exec(uses)?.[1] ?? uses.split('@')[0] ?? uses;
}

const MAX_TABLE_ROWS = 5;

/** GitHub-flavoured Markdown a terminal can show: tags dropped, details collapsed, diagrams named, long tables cut. */
export function markdownForTerminal(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  let fenceLines = 0;
  let inDetails = false;
  let tableRows = 0;
  let hiddenRows = 0;
  for (const raw of markdown.split('\n')) {
    // A <details> block shows only its summary line, as it does collapsed on GitHub.
    if (inDetails) {
      if (raw.includes('</details>')) inDetails = false;
      continue;
    }
    if (raw.includes('<details>') && !raw.includes('</details>')) inDetails = true;
    const opening = /^```(\w*)/.exec(raw);
    if (fence !== undefined) {
      if (raw.startsWith('```')) {
        if (fence === 'mermaid')
          lines.push(`[Mermaid diagram, ${fenceLines} lines: drawn as a picture on GitHub]`);
        fence = undefined;
      } else if (fence !== 'mermaid') {
        lines.push(`  ${raw}`);
      }
      fenceLines++;
      continue;
    }
    if (opening) {
      fence = opening[1] ?? '';
      fenceLines = 0;
      continue;
    }
    const summary = /<summary>(.*?)<\/summary>/.exec(raw);
    const text = (summary ? `▸ ${summary[1]}` : raw)
      .replace(/<\/?(details|summary|br|p|div|sub|sup|b|i|code)[^>]*>/g, '')
      .replace(/<a href="([^"]*)">(.*?)<\/a>/g, '$2 ($1)')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|=<>~])/g, '$1');
    if (text.trim() === '' && lines.at(-1) === '') continue;
    // Long tables keep their first rows; the rest is counted.
    if (/^\s*\|/.test(text)) {
      tableRows = /^\s*\|\s*:?-{3}/.test(text) ? 0 : tableRows + 1;
      if (tableRows > MAX_TABLE_ROWS) {
        hiddenRows++;
        continue;
      }
    } else if (hiddenRows > 0) {
      lines.push(`… ${hiddenRows} more row${hiddenRows === 1 ? '' : 's'}`);
      hiddenRows = 0;
    }
    lines.push(text);
  }
  if (hiddenRows > 0) lines.push(`… ${hiddenRows} more row${hiddenRows === 1 ? '' : 's'}`);
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function firstLines(text: string, count: number): string {
  const all = text.split('\n');
  return all.slice(0, count).join(' ⏎ ') + (all.length > count ? ' …' : '');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function painter(color: boolean) {
  const wrap = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const green = wrap('32');
  const red = wrap('31');
  const yellow = wrap('33');
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    status: (conclusion: string, text: string) =>
      conclusion === 'success' ? green(text) : conclusion === 'failure' ? red(text) : yellow(text),
  };
}
