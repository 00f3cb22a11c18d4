// Plain Node 24 refuses `import schema from './x.json'` without `with { type: 'json' }`, which
// @actions/workflow-parser does (bundlers and vitest accept it). This synchronous load hook adds
// the attribute for .json URLs. It must run before @actions/workflow-parser is loaded, which is
// why load-workflow.ts imports the parser dynamically. Vitest runs externalised packages through
// Node's own loader too, so it needs the hook as well.
import module from 'node:module';

module.registerHooks({
  load(url, context, nextLoad) {
    // CommonJS require() of JSON comes through here too, without import attributes: left alone.
    if (
      url.endsWith('.json') &&
      context.importAttributes !== undefined &&
      context.importAttributes.type === undefined
    ) {
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    }
    return nextLoad(url, context);
  },
});
