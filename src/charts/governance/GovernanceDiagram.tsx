import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { EdgeMarkers, markerId } from './EdgeMarkers';
import type { PlacedEdge, PlacedGovernance, PlacedNode } from './types';

export interface GovernanceDiagramProps {
  placed: PlacedGovernance;
  /** ChartFrame's ids, for the svg's accessible name and description. */
  titleId: string;
  descriptionId: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const TEXT_ROLES = ['new', 'name', 'end', 'detail'] as const;

const pathOf = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');

const edgeClass = (e: PlacedEdge, focus: string | null) => {
  const related = focus !== null && (e.from === focus || e.to === focus);
  const faded = focus !== null && !related;
  return `app-gov__edge app-gov__edge--${e.type} app-gov__edge--${e.status === 'yes' ? 'firm' : 'uncertain'}${
    e.isNew ? ' app-gov__edge--new' : ''
  }${related ? ' is-related' : ''}${faded ? ' is-faded' : ''}`;
};

/** Reading order: by tier row, then left to right. */
const readingOrder = (nodes: readonly PlacedNode[]) =>
  [...nodes].sort((a, b) => a.y - b.y || a.x - b.x);

/** The node to move to from `from` with an arrow key, or undefined. */
function neighbour(
  nodes: readonly PlacedNode[],
  from: PlacedNode,
  key: string,
): PlacedNode | undefined {
  const order = readingOrder(nodes);
  const i = order.findIndex((n) => n.id === from.id);
  if (key === 'ArrowRight') return order[i + 1];
  if (key === 'ArrowLeft') return order[i - 1];
  if (key === 'Home') return order[0];
  if (key === 'End') return order.at(-1);
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  const down = key === 'ArrowDown';
  const rows = [...new Set(order.map((n) => n.y))];
  const row = rows.indexOf(from.y);
  const target = rows[row + (down ? 1 : -1)];
  if (target === undefined) return undefined;
  const cx = from.x + from.width / 2;
  return order
    .filter((n) => n.y === target)
    .reduce<PlacedNode | undefined>(
      (best, n) =>
        !best || Math.abs(n.x + n.width / 2 - cx) < Math.abs(best.x + best.width / 2 - cx)
          ? n
          : best,
      undefined,
    );
}

/** Draws a laid-out governance diagram; nodes are keyboard-operable (arrows move, Enter selects). */
export function GovernanceDiagram({
  placed,
  titleId,
  descriptionId,
  selectedId,
  onSelect,
}: GovernanceDiagramProps) {
  const uid = useId();
  const refs = useRef(new Map<string, SVGGElement>());
  const [active, setActive] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const present = new Set(placed.nodes.map((n) => n.id));
  const tabbable =
    (active && present.has(active) ? active : null) ??
    (selectedId && present.has(selectedId) ? selectedId : null) ??
    readingOrder(placed.nodes)[0]?.id;
  const focusLink = hovered ?? active;

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, node: PlacedNode) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(node.id);
      return;
    }
    const next = neighbour(placed.nodes, node, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next.id);
    refs.current.get(next.id)?.focus();
  };

  const { fontSize } = placed;
  return (
    <svg
      className={`app-svg app-gov app-gov--${placed.mode}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      width={placed.width}
      height={placed.height}
      viewBox={`0 0 ${placed.width} ${placed.height}`}
    >
      <EdgeMarkers uid={uid} />
      <g aria-hidden="true">
        {placed.tiers.map((t) => (
          <rect
            key={t.tier}
            className="app-gov__tier-band"
            x={t.x}
            y={t.y}
            width={t.width}
            height={t.height}
          />
        ))}
      </g>
      <g aria-hidden="true">
        {placed.edges.map((e) => (
          <g key={e.id} className={edgeClass(e, focusLink)} data-edge={e.id}>
            <path
              className="app-gov__line"
              d={pathOf(e.points)}
              markerEnd={`url(#${markerId(uid, e.type)})`}
            />
          </g>
        ))}
      </g>
      <g aria-hidden="true">
        {placed.tiers.map((t) => (
          <g key={t.tier}>
            <rect className="app-gov__tier-caption" {...t.caption} />
            {t.captionLines ? (
              <text className="app-gov__tier-label" fontSize={fontSize}>
                {t.captionLines.map((line, i) => (
                  <tspan
                    key={i}
                    x={t.caption.x + 4}
                    y={
                      t.caption.y +
                      2 +
                      placed.lineHeight / 2 +
                      fontSize * 0.35 +
                      i * placed.lineHeight
                    }
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            ) : (
              <text
                className="app-gov__tier-label"
                x={t.caption.x + 4}
                y={t.caption.y + t.caption.height / 2}
                dominantBaseline="central"
                fontSize={fontSize}
              >
                {t.label}
              </text>
            )}
          </g>
        ))}
        {placed.note ? (
          <text className="app-gov__note" x={placed.note.x} y={placed.note.y} fontSize={fontSize}>
            {placed.note.text}
          </text>
        ) : null}
        {placed.edges
          .flatMap((e) => (e.placedLabel === null ? [] : [{ ...e, placedLabel: e.placedLabel }]))
          .map((e) => (
            <g key={e.id} className={edgeClass(e, focusLink)}>
              <rect
                className="app-gov__label-box"
                x={e.placedLabel.x}
                y={e.placedLabel.y}
                width={e.placedLabel.width}
                height={e.placedLabel.height}
                rx={3}
              />
              <text
                className="app-gov__label"
                x={e.placedLabel.x + e.placedLabel.width / 2}
                y={e.placedLabel.y + e.placedLabel.height / 2}
                dominantBaseline="central"
                textAnchor="middle"
                fontSize={fontSize}
              >
                {e.placedLabel.text}
              </text>
            </g>
          ))}
      </g>
      <g>
        {placed.nodes.map((n) => {
          const selected = n.id === selectedId;
          const status = n.end
            ? ` It ${n.end.full}.`
            : n.status === 'yes'
              ? ''
              : ' Its part on this date is uncertain.';
          return (
            <g
              key={n.id}
              ref={(el) => {
                if (el) refs.current.set(n.id, el);
                else refs.current.delete(n.id);
              }}
              className={`app-gov__node app-gov__node--${n.status === 'yes' ? 'firm' : 'uncertain'}${n.isNew ? ' app-gov__node--new' : ''}${n.end ? ' app-gov__node--ended' : ''}${selected ? ' is-selected' : ''}`}
              data-node={n.id}
              role="button"
              tabIndex={n.id === tabbable ? 0 : -1}
              aria-pressed={selected}
              aria-label={`${n.name}${n.isNew ? ' (new at the last change)' : ''}.${status}`}
              onClick={() => {
                setActive(n.id);
                onSelect(n.id);
              }}
              onKeyDown={(e) => onKeyDown(e, n)}
              onFocus={() => setActive(n.id)}
              onMouseEnter={() => setHovered(n.id)}
              onMouseLeave={() => setHovered(null)}
            >
              <rect
                className="app-svg__focus"
                x={n.x - 4}
                y={n.y - 4}
                width={n.width + 8}
                height={n.height + 8}
                rx={6}
              />
              <rect
                className="app-gov__box"
                x={n.x}
                y={n.y}
                width={n.width}
                height={n.height}
                rx={4}
              />
              {TEXT_ROLES.map((role) => {
                const lines = n.texts.filter((t) => t.role === role);
                if (lines.length === 0) return null;
                // One <text> per part (badge, name, end note, details), so each part's box is
                // its own and none covers another's.
                return (
                  <text
                    key={role}
                    className={`app-gov__${role}`}
                    fontSize={role === 'name' && placed.mode === 'list' ? fontSize + 1 : fontSize}
                  >
                    {lines.map((t, i) => (
                      <tspan key={i} x={t.x} y={t.y} textAnchor={t.anchor}>
                        {t.text}
                      </tspan>
                    ))}
                  </text>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
