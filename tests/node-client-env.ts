// Vitest environment for rune tests: Node without a DOM, but modules built by Vite's client environment.
import type { Environment } from 'vitest/environments';

export default {
  name: 'node-client',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
} satisfies Environment;
