/**
 * gallery.html: every chart on every surface, from the real data files, in one page a person can
 * look over (`npm run dev`, then /gallery.html; `?theme=dark` or `?theme=light` forces a scheme,
 * `?chart=governance` shows one chart). The same cases are kept as SVG snapshots by
 * tests/unit/gallery.snapshot.test.tsx. A development page: the production build leaves it out.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SpecView } from '../charts/shared/SpecView';
import type { AnyChartSpec } from '../charts/shared/spec';
import { DATA_FILE_NAMES } from '../data/files';
import { loadDataFile } from '../data/load';
import type { DataFiles } from '../domain/types';
import { toEmbedTheme } from '../lib/embedCode';
import '../lib/chartFontFace';
import '../embed/embed.scss';
import { CHART_SPECS, GALLERY_CASES, type GalleryCase } from './cases';

const params = new URLSearchParams(window.location.search);
document.documentElement.dataset.theme = toEmbedTheme(params.get('theme'));
const only = params.get('chart');
const cases = GALLERY_CASES.filter((c) => !only || c.chart === only);

function Case({ c, spec, data }: { c: GalleryCase; spec: AnyChartSpec; data: DataFiles }) {
  return (
    <section className="app-gallery__case" data-case={c.id} aria-label={`${c.chart}, ${c.label}`}>
      <h2 className="govuk-heading-s">
        {c.chart}: {c.label} ({c.width} px)
      </h2>
      {/* A slide's chart fills a 16:9 frame: it has a height to fill, as in a slide embed. */}
      <div
        className="app-gallery__frame"
        style={{ width: c.width, height: c.surface === 'slide' ? (c.width * 9) / 16 : undefined }}
      >
        <SpecView
          spec={spec}
          data={data}
          query={c.query}
          surface={c.surface}
          fallbackWidth={c.width}
          headingLevel={3}
        />
      </div>
    </section>
  );
}

async function main() {
  const names = DATA_FILE_NAMES;
  const loaded = await Promise.all(names.map((n) => loadDataFile(n)));
  const data = Object.fromEntries(names.map((n, i) => [n, loaded[i]])) as unknown as DataFiles;
  const specs = Object.fromEntries(
    await Promise.all(
      Object.entries(CHART_SPECS).map(async ([name, load]) => [name, await load()] as const),
    ),
  ) as Record<string, AnyChartSpec>;
  createRoot(document.getElementById('gallery-root')!).render(
    <StrictMode>
      <h1 className="govuk-heading-l">Every chart on every surface</h1>
      <p className="govuk-body">
        {cases.length} cases from the data files. Force a scheme with{' '}
        <a href="?theme=light">?theme=light</a> or <a href="?theme=dark">?theme=dark</a>.
      </p>
      {cases.map((c) => (
        <Case key={c.id} c={c} spec={specs[c.chart]!} data={data} />
      ))}
    </StrictMode>,
  );
  document.documentElement.dataset.ready = 'true';
}

void main();
