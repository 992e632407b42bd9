import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import type { GovernanceFile } from '../../domain/types';
import { diffOnDay, getChangeDates, governanceAsAt } from '../../domain/governance';
import { measureText } from '../shared/textMetrics';
import { layoutGovernance, overlaps, visibleTiers } from './layoutGovernance';
import { toDiagramModel, toDiagramSlots } from './toDiagramModel';
import { TIERS, type Box, type PlacedGovernance } from './types';

const real = readDataFile('governance.json') as GovernanceFile;
const changes = getChangeDates(real);
// Every change date, the day before each, and the default as-at date.
const days = [...changes.flatMap((c) => [c.date]), '2012-06-01', '2020-01-01', '2022-11-25'];
const layoutOn = (day: string, width: number): PlacedGovernance =>
  layoutGovernance(toDiagramModel(real, governanceAsAt(real, day), diffOnDay(real, day)), {
    width,
  });

const pairs = <T>(list: readonly T[]) =>
  list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));
const describeBox = (b: Box & { id?: string; text?: string }) =>
  b.id ?? b.text ?? JSON.stringify(b);

function expectNoOverlaps(placed: PlacedGovernance) {
  const nodeClashes = pairs(placed.nodes).filter(([a, b]) => overlaps(a, b));
  expect(nodeClashes.map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
  const labels = placed.edges.flatMap((e) => (e.placedLabel ? [e.placedLabel] : []));
  const labelClashes = pairs(labels).filter(([a, b]) => overlaps(a, b));
  expect(labelClashes.map(([a, b]) => `${a.text} × ${b.text}`)).toEqual([]);
  const onNodes = labels.flatMap((l) =>
    placed.nodes.filter((n) => overlaps(l, n)).map((n) => `${l.text} on ${n.id}`),
  );
  expect(onNodes).toEqual([]);
  for (const box of [...placed.nodes, ...labels]) {
    expect(box.x, describeBox(box)).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, describeBox(box)).toBeLessThanOrEqual(placed.width);
    expect(box.y + box.height, describeBox(box)).toBeLessThanOrEqual(placed.height);
  }
}

describe('layoutGovernance on every change date', () => {
  it('has change dates to test', () => {
    expect(changes.length).toBeGreaterThanOrEqual(8);
  });

  describe.each([960, 1180])('at %i px (graph)', (width) => {
    it.each(days)(
      '%s: no overlapping nodes or labels, labels clear of nodes, all inside',
      (day) => {
        const placed = layoutOn(day, width);
        expect(placed.mode).toBe('graph');
        expectNoOverlaps(placed);
      },
    );

    it('keeps every body in the same column on every date, its tier in the same order', () => {
      // Rows close up when a tier is empty on a date (issue 19), so only the column is fixed.
      const seen = new Map<string, { x: number; day: string }>();
      for (const day of days) {
        const placed = layoutOn(day, width);
        for (const node of placed.nodes) {
          const first = seen.get(node.id);
          if (first) expect(node.x, `${node.id} on ${day} vs ${first.day}`).toBe(first.x);
          else seen.set(node.id, { x: node.x, day });
        }
        const order = placed.tiers.map((t) => TIERS.indexOf(t.tier));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
      expect(seen.size).toBeGreaterThan(15);
    });

    it('routes each edge from its source to its target, and only along horizontal and vertical lines', () => {
      const placed = layoutOn('2018-11-30', width);
      const byId = new Map(placed.nodes.map((n) => [n.id, n] as const));
      for (const edge of placed.edges) {
        const first = edge.points[0]!;
        const last = edge.points.at(-1)!;
        const from = byId.get(edge.from)!;
        const to = byId.get(edge.to)!;
        expect(first.x).toBeGreaterThanOrEqual(from.x);
        expect(first.x).toBeLessThanOrEqual(from.x + from.width);
        expect([to.y, to.y + to.height]).toContain(last.y);
        edge.points.slice(1).forEach((p, i) => {
          const q = edge.points[i]!;
          expect(p.x === q.x || p.y === q.y, `${edge.id} segment ${i}`).toBe(true);
        });
      }
    });

    it('never runs a line through a node it does not join', () => {
      for (const day of days) {
        const placed = layoutOn(day, width);
        for (const edge of placed.edges) {
          const others = placed.nodes.filter((n) => n.id !== edge.from && n.id !== edge.to);
          edge.points.slice(1).forEach((p, i) => {
            const q = edge.points[i]!;
            const seg = {
              x: Math.min(p.x, q.x),
              y: Math.min(p.y, q.y),
              width: Math.abs(p.x - q.x),
              height: Math.abs(p.y - q.y),
            };
            const hit = others.filter((n) => overlaps(seg, n, -1)).map((n) => n.id);
            expect(hit, `${day}: ${edge.id} segment ${i}`).toEqual([]);
          });
        }
      }
    });
  });

  describe.each([320, 375])('at %i px (list)', (width) => {
    it.each(days)('%s: a vertical list with no overlaps, each relationship in words', (day) => {
      const placed = layoutOn(day, width);
      expect(placed.mode).toBe('list');
      expectNoOverlaps(placed);
      const state = governanceAsAt(real, day);
      const lines = placed.nodes.flatMap((n) => n.details);
      if (state.relationships.length > 0) expect(lines.length).toBeGreaterThan(0);
      for (const n of placed.nodes) {
        expect(n.x + n.width).toBeLessThanOrEqual(width);
        // Names in bold one size up, relationships in regular type, all in the chart font.
        for (const line of n.lines)
          expect(measureText(line, placed.fontSize + 1, 700)).toBeLessThanOrEqual(n.width);
        for (const line of n.details)
          expect(measureText(line, placed.fontSize)).toBeLessThanOrEqual(n.width);
      }
    });
  });

  it('is deterministic', () => {
    expect(layoutOn('2019-10-17', 960)).toEqual(layoutOn('2019-10-17', 960));
  });

  it.each([960, 375])('lays out an empty model at %i px', (width) => {
    const placed = layoutGovernance({ slots: [], nodes: [], edges: [] }, { width });
    expect(placed.nodes).toEqual([]);
    expect(placed.edges).toEqual([]);
    expect(placed.height).toBeGreaterThan(0);
  });

  it('on 1 April 2021 shows the unitary councils and the trust, and no county council', () => {
    const ids = layoutOn('2021-04-01', 960).nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'north-northamptonshire-council',
        'west-northamptonshire-council',
        'northamptonshire-childrens-trust',
      ]),
    );
    expect(ids).not.toContain('northamptonshire-county-council');
  });
});

describe('layoutGovernance with thousands of bodies', () => {
  // A hostile governance file: 3,000 bodies in one tier leave columns under a pixel wide at
  // 1280 px. No box may have a negative or non-finite width (Chromium logs "<rect> attribute
  // width: A negative value" and draws nothing).
  const base = toDiagramModel(
    real,
    governanceAsAt(real, '2020-01-01'),
    diffOnDay(real, '2020-01-01'),
  );
  const first = base.nodes[0]!;
  const tier = base.slots.find((s) => s.id === first.id)!.tier;
  const extra = Array.from({ length: 3000 }, (_, i) => ({
    ...first,
    id: `extra-${i}`,
    label: `Body ${i}`,
  }));
  const model = {
    ...base,
    nodes: [...base.nodes, ...extra],
    slots: [...base.slots, ...extra.map((n, i) => ({ id: n.id, tier, index: 1000 + i }))],
  };

  it.each([1280, 600, 320, 40])('keeps every width positive at %i px', (width) => {
    const placed = layoutGovernance(model, { width });
    const boxes = [
      ...placed.nodes,
      ...placed.tiers,
      ...placed.edges.flatMap((e) => (e.placedLabel ? [e.placedLabel] : [])),
    ];
    const bad = boxes.filter((b) => !(Number.isFinite(b.width) && b.width > 0));
    expect(bad.length).toBe(0);
    expect(placed.nodes.length).toBe(model.nodes.length);
  });
});

describe('no empty tier, and ended bodies drawn as such (issue 19)', () => {
  const modelOn = (day: string) =>
    toDiagramModel(real, governanceAsAt(real, day), diffOnDay(real, day));

  it.each(days)('%s: every tier drawn has a body, and every tier with a body is drawn', (day) => {
    const model = modelOn(day);
    const withBodies = TIERS.filter((t) => model.nodes.some((n) => n.tier === t));
    expect(visibleTiers(model)).toEqual(withBodies);
    for (const width of [1180, 718, 375]) {
      const placed = layoutGovernance(model, { width });
      expect(
        placed.tiers.map((t) => t.tier),
        `${day} at ${width}`,
      ).toEqual(withBodies);
    }
  });

  it('leaves out the delivery tier before the trust began on 1 November 2020, and draws it from then', () => {
    expect(visibleTiers(modelOn('2018-11-30'))).not.toContain('delivery');
    expect(visibleTiers(modelOn('2020-10-31'))).not.toContain('delivery');
    expect(visibleTiers(modelOn('2020-11-01'))).toContain('delivery');
  });

  it.each(['2018-05-10', '2018-11-30', '2021-04-01', '2022-11-25'])(
    '%s: the 2014 improvement board is drawn with its end in words, not as a current body',
    (day) => {
      for (const width of [1180, 375]) {
        const node = layoutOn(day, width).nodes.find((n) => n.id === 'improvement-board-2014')!;
        expect(node.end?.kind).toBe('may-have-ended');
        expect(node.status).toBe('uncertain');
        expect(node.texts.filter((t) => t.role === 'end').map((t) => t.text)).toEqual([
          'end date unknown',
        ]);
      }
    },
  );

  it('gives bodies that never meet one column, so a tier is only as wide as its most bodies on one date', () => {
    const slots = toDiagramSlots(real);
    const at = (id: string) => slots.find((s) => s.id === id)!.index;
    // The unitary councils take the places of the county council and its posts.
    expect(at('north-northamptonshire-council')).toBe(at('northamptonshire-county-council'));
    // No two bodies shown on the same date share a slot.
    for (const day of days) {
      const shown = governanceAsAt(real, day).bodies.map((b) => b.body.id);
      const keys = shown.map((id) => {
        const s = slots.find((x) => x.id === id)!;
        return `${s.tier}:${s.index}`;
      });
      expect(new Set(keys).size, day).toBe(keys.length);
    }
  });

  it('moves labels that cannot fit to the list under the diagram, never drawing one over another', () => {
    // Six bodies over six, each joined to each: 36 long labels in one channel at 600 px.
    const types = ['directs', 'appoints', 'advises', 'inspects', 'reports-to', 'chairs'] as const;
    const node = (id: string, tier: 'national' | 'local') => ({
      id,
      label: id,
      name: id,
      tier,
      status: 'yes' as const,
      isNew: false,
      end: null,
    });
    const tops = types.map((_, i) => node(`top-${i}`, 'national'));
    const bottoms = types.map((_, i) => node(`bottom-${i}`, 'local'));
    const edges = tops.flatMap((a, i) =>
      bottoms.map((b) => ({
        id: `${a.id}|${types[i]!}|${b.id}`,
        from: a.id,
        to: b.id,
        type: types[i]!,
        relationshipIds: [`${a.id}-${b.id}`],
        status: 'uncertain' as const,
        verb: types[i]!,
        note: 'end planned, not recorded',
        label: `${types[i]!} · end planned, not recorded`,
        isNew: false,
      })),
    );
    const slots = [...tops, ...bottoms].map((n, index) => ({
      id: n.id,
      tier: n.tier,
      index: index % 6,
    }));
    const placed = layoutGovernance({ slots, nodes: [...tops, ...bottoms], edges }, { width: 600 });
    expect(placed.unlabelled.length).toBeGreaterThan(0);
    for (const e of placed.unlabelled)
      expect([null, e.verb]).toContain(e.placedLabel?.text ?? null);
    expectNoOverlaps(placed);
  });

  it('names every line whose label is not drawn in full in the list under the diagram', () => {
    for (const day of days)
      for (const width of [718, 960, 1180]) {
        const placed = layoutOn(day, width);
        const short = placed.edges.filter((e) => e.placedLabel?.text !== e.label).map((e) => e.id);
        expect(
          placed.unlabelled.map((e) => e.id),
          `${day} at ${width}`,
        ).toEqual(short);
      }
  });
});

describe('layoutGovernance on a 16:9 slide (issues 19 and 22)', () => {
  // The logical frames of a 1920 × 1080 embed, a 1280 × 720 one and the presenter's chart area.
  const FRAMES = [
    { width: 720, height: 380 },
    { width: 720, height: 330 },
    { width: 720, height: 440 },
  ];
  const slideOn = (day: string, width: number, height: number) =>
    layoutGovernance(toDiagramModel(real, governanceAsAt(real, day), diffOnDay(real, day)), {
      width,
      slideHeight: height,
    });

  describe.each(FRAMES)('in a $width × $height frame', ({ width, height }) => {
    it.each(days)(
      '%s: tiers as columns, every body drawn whole inside the frame, none overlapping',
      (day) => {
        const model = toDiagramModel(real, governanceAsAt(real, day));
        const placed = slideOn(day, width, height);
        expect(placed.mode).toBe('slide');
        expect(placed.width).toBe(width);
        expect(placed.height).toBe(height);
        // Every body on the date is drawn, none shrunk below the page's type.
        expect(placed.nodes.map((n) => n.id).sort()).toEqual(model.nodes.map((n) => n.id).sort());
        expect(placed.fontSize).toBeGreaterThanOrEqual(12);
        expectNoOverlaps(placed);
        // Tiers run left to right in their usual order, each body in its tier's column.
        const order = placed.tiers.map((t) => t.tier);
        expect(order).toEqual(TIERS.filter((t) => order.includes(t)));
        for (const n of placed.nodes) {
          const col = placed.tiers.find((t) => t.tier === n.tier)!;
          expect(n.x).toBeGreaterThanOrEqual(col.x);
          expect(n.x + n.width).toBeLessThanOrEqual(col.x + col.width);
          // Each line of its text fits its box at the drawn size.
          for (const t of n.texts)
            expect(
              measureText(t.text, placed.fontSize, t.role === 'name' ? 700 : 400),
              t.text,
            ).toBeLessThanOrEqual(n.width);
          expect(n.texts.at(-1)!.y).toBeLessThan(n.y + n.height);
        }
        // No relationship is drawn; the one line inside the frame says where they are.
        expect(placed.edges).toEqual([]);
        const count = model.edges.length;
        if (count > 0)
          expect(placed.note?.text).toBe(
            `${count} relationship${count === 1 ? '' : 's'} in the table`,
          );
        expect(placed.note!.y).toBeLessThanOrEqual(height);
        const lowest = Math.max(...placed.nodes.map((n) => n.y + n.height));
        expect(lowest).toBeLessThan(placed.note!.y - placed.fontSize);
      },
    );
  });

  it('uses the largest type that keeps every word whole (no "Northamptonshir-e")', () => {
    const placed = slideOn('2021-04-01', 720, 380);
    expect(placed.fontSize).toBeGreaterThan(12);
    const names = placed.nodes.flatMap((n) => n.texts.map((t) => t.text));
    expect(names.filter((t) => t.endsWith('-'))).toEqual([]);
    expect(names).toContain('Northamptonshire');
  });

  it.each(days)(
    "%s: in the presenter's full-screen frame (720 × 550, drawn ×1.47) the type is at least 24 px",
    (day) => {
      const placed = slideOn(day, 720, 550);
      expect(placed.fontSize * (1056 / 720)).toBeGreaterThanOrEqual(24);
      const texts = placed.nodes.flatMap((n) => n.texts.map((t) => t.text));
      expect(texts.filter((t) => t.endsWith('-'))).toEqual([]);
    },
  );

  it('leaves out what does not fit a tiny frame, and counts it in the note', () => {
    const placed = slideOn('2020-11-01', 720, 150);
    expect(placed.fontSize).toBe(12);
    const drawn = placed.nodes.length;
    const all = toDiagramModel(real, governanceAsAt(real, '2020-11-01')).nodes.length;
    expect(drawn).toBeLessThan(all);
    expect(placed.note?.text).toContain(`${all - drawn} more bodies`);
    expectNoOverlaps(placed);
  });

  it('keeps graph and list modes for other surfaces', () => {
    expect(layoutOn('2018-11-30', 960).mode).toBe('graph');
    expect(layoutOn('2018-11-30', 375).mode).toBe('list');
  });
});
