// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { replaceSection, SECTION_TITLE } from './bench-server-load.mjs';

describe('replaceSection (docs/benchmarks.md)', () => {
  const section = `${SECTION_TITLE}\n\nnew figures\n`;

  it('appends the load section to a file without one', () => {
    expect(replaceSection('# Benchmarks\n\n## Results\n\n| a |\n', section)).toBe(
      `# Benchmarks\n\n## Results\n\n| a |\n\n${section}`,
    );
  });

  it('replaces only the load section, keeping what comes before and after it', () => {
    const doc = `# Benchmarks\n\n## Results\n\n| a |\n\n${SECTION_TITLE}\n\nold figures\n\n## Later\n\nkept\n`;
    expect(replaceSection(doc, section)).toBe(
      `# Benchmarks\n\n## Results\n\n| a |\n\n${section}\n## Later\n\nkept\n`,
    );
  });
});
