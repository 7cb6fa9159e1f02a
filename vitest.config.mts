import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Tests here check behaviour, not speed (npm run bench measures that): a PDF render that takes 2 s on an idle
 * laptop can take over 5 s (Vitest's default) on a busy CI machine, and must not fail for it.
 */
const BEHAVIOUR_TEST_TIMEOUT = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          testTimeout: BEHAVIOUR_TEST_TIMEOUT,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/fixtures/temp-dirs-cleanup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          testTimeout: BEHAVIOUR_TEST_TIMEOUT,
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.tsx'],
          setupFiles: ['tests/fixtures/temp-dirs-cleanup.ts', 'tests/dom/setup.ts'],
        },
      },
    ],
  },
});
