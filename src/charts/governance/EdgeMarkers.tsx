import type { RelationshipType } from '../../domain/types';
import { RELATIONSHIP_LABELS } from '../../domain/governanceText';

/** Each relationship type has its own arrowhead shape, so colour is never the only cue. */
export const MARKER_SHAPES: Record<RelationshipType, { d: string; open: boolean }> = {
  directs: { d: 'M0,0 L10,5 L0,10 Z', open: false },
  appoints: { d: 'M1,1 L9,5 L1,9 Z', open: true },
  advises: { d: 'M1,1 L9,5 L1,9', open: true },
  inspects: { d: 'M0,5 L5,0 L10,5 L5,10 Z', open: false },
  'delivers-for': { d: 'M5,1 A4,4 0 1 1 4.99,1 Z', open: false },
  'reports-to': { d: 'M0,0 L10,5 L0,10 L3,5 Z', open: false },
  chairs: { d: 'M1,1 L9,1 L9,9 L1,9 Z', open: false },
  'replaced-by': { d: 'M0,0 L7,5 L0,10 Z M8,0 L10,0 L10,10 L8,10 Z', open: false },
  owns: { d: 'M1,5 L5,1 L9,5 L5,9 Z', open: true },
};

export const RELATIONSHIP_TYPES = Object.keys(MARKER_SHAPES) as RelationshipType[];

export const markerId = (uid: string, type: RelationshipType) =>
  `gov-marker-${uid.replace(/[^a-zA-Z0-9_-]/g, '')}-${type}`;

/** The arrowhead definitions for one diagram. */
export function EdgeMarkers({ uid }: { uid: string }) {
  return (
    <defs>
      {RELATIONSHIP_TYPES.map((type) => (
        <marker
          key={type}
          id={markerId(uid, type)}
          className={`app-gov__marker app-gov__marker--${type}${MARKER_SHAPES[type].open ? ' is-open' : ''}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={9}
          markerHeight={9}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d={MARKER_SHAPES[type].d} />
        </marker>
      ))}
    </defs>
  );
}

/** A key to the edges: each type's arrowhead and colour with its name, and the line styles. */
export function GovernanceLegend({
  types,
  ended = false,
}: {
  types: readonly RelationshipType[];
  /** Whether a body drawn may have ended (or its end was only planned): keys the dotted box. */
  ended?: boolean;
}) {
  const uid = 'legend';
  return (
    <div className="app-gov-legend">
      <svg
        className="app-svg app-gov app-gov-legend__marks"
        width={0}
        height={0}
        aria-hidden="true"
      >
        <EdgeMarkers uid={uid} />
      </svg>
      <ul className="app-gov-legend__list">
        {types.map((type) => (
          <li key={type} className="app-gov-legend__item">
            <svg className="app-svg app-gov" width={44} height={14} aria-hidden="true">
              <g className={`app-gov__edge app-gov__edge--${type} app-gov__edge--firm`}>
                <path
                  className="app-gov__line"
                  d="M2,7 L40,7"
                  markerEnd={`url(#${markerId(uid, type)})`}
                />
              </g>
            </svg>
            {RELATIONSHIP_LABELS[type]}
          </li>
        ))}
        <li className="app-gov-legend__item">
          <svg className="app-svg app-gov" width={44} height={14} aria-hidden="true">
            <g className="app-gov__edge app-gov__edge--uncertain">
              <path className="app-gov__line" d="M2,7 L40,7" />
            </g>
          </svg>
          dashed: uncertain on this date (end date unknown, or dates known only to the month or
          year)
        </li>
        <li className="app-gov-legend__item">
          <svg className="app-svg app-gov" width={44} height={14} aria-hidden="true">
            <g className="app-gov__edge app-gov__edge--new">
              <path className="app-gov__line" d="M2,7 L40,7" />
            </g>
          </svg>
          thick, or a box marked “New”: added at the last change
        </li>
        {ended ? (
          <li className="app-gov-legend__item">
            <svg className="app-svg app-gov" width={44} height={14} aria-hidden="true">
              <g className="app-gov__node app-gov__node--ended">
                <rect className="app-gov__box" x={2} y={1} width={38} height={12} rx={2} />
              </g>
            </svg>
            dotted box on grey: may have ended, or its end was only planned (said in the box)
          </li>
        ) : null}
      </ul>
    </div>
  );
}
