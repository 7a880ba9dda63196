// The esbuild plugin that keeps node out of the web page (scripts/bundle-web.mjs): any import of a
// node built-in, with or without `node:`, fails the build naming the module that made it.
// test/architecture/web-bundle.test.ts holds it to that.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!BUILTINS.has(args.path) && !args.path.startsWith('node:')) return undefined;
      return {
        errors: [
          {
            text:
              `the web page imports node's "${args.path}" (from ${args.importer}); ` +
              "keep node-only code out of src/web's imports",
          },
        ],
      };
    });
  },
};
