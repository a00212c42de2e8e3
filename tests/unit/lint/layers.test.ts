// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages ESLint gives an import written in a file at `filePath`. */
async function lintImport(filePath: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
    filePath,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('the layers, held by lint', () => {
  it.each([
    ['src/lib/localize.ts', '../data/schema', 'src/lib may not import from src/data'],
    ['src/lib/i18n/en.ts', '../../charts/registry', 'src/lib may not import from src/charts'],
    [
      'src/data/selectors.ts',
      '../features/figures/figureValue',
      'src/data may not import from src/features',
    ],
    [
      'src/components/Tabs.tsx',
      '../charts/ChartFrame',
      'src/components may not import from src/charts',
    ],
    [
      'src/charts/ChartFrame.tsx',
      '../features/share/CiteChart',
      'src/charts may not import from src/features',
    ],
    [
      'src/features/quotes/QuoteCard.tsx',
      '../../app/App',
      'src/features may not import from src/app',
    ],
    ['src/app/App.tsx', '../hydrate', 'src/app may not import an entry'],
    ['src/boot/answerBeforeApp.ts', '../data/dataset', 'src/boot may not import from src/data'],
    [
      'src/charts/ChartFrame.tsx',
      '../boot/whenHydrationWanted',
      'src/charts may not import from src/boot',
    ],
    ['src/lib/format.ts', '../boot/linkedLook', 'src/lib may not import from src/boot'],
  ])('%s importing %s fails, naming the rule', async (file, from, says) => {
    const messages = await lintImport(file, from);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Layers (eslint.config.js)');
    expect(messages[0]).toContain(says);
  });

  it.each([
    ['src/features/share/CiteChart.tsx', '../../charts/ChartSpec'],
    ['src/features/charts/ChartsSection.tsx', '../share/ChartActions'],
    ['src/charts/ChartFrame.tsx', '../components/Tabs'],
    ['src/app/EmbedView.tsx', '../features/share/ChartActions'],
    ['src/lib/i18n/en.ts', './en.deck'],
    ['src/boot/whenHydrationWanted.ts', '../lib/onIdle'],
  ])('%s importing %s is the right way', async (file, from) => {
    expect(await lintImport(file, from)).toEqual([]);
  });
});
