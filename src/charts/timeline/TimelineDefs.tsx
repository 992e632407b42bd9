/**
 * Patterns, gradients and the clip path of one Timeline. Ids are prefixed per chart, so two
 * charts on a page never share (or fight over) a pattern.
 */
import type { Lane } from '../../domain/types';
import { GRADE_STYLES } from '../shared/palette';

const PATTERNS = [...new Set(Object.values(GRADE_STYLES).map((s) => s.pattern))].filter(
  (p): p is string => p !== null,
);

export function TimelineDefs({
  id,
  lanes,
  clip,
}: {
  id: string;
  lanes: readonly Lane[];
  clip: { id: string; x: number; width: number; height: number };
}) {
  return (
    <defs>
      {PATTERNS.map((pattern) => (
        <pattern
          key={pattern}
          id={`${id}-${pattern}`}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
        >
          {pattern.endsWith('dots') ? (
            <circle cx={3} cy={3} r={1.2} fill="#0B0C0C" />
          ) : (
            <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#FFFFFF" strokeWidth={1.2} />
          )}
        </pattern>
      ))}
      {lanes.map((lane) => (
        <linearGradient
          key={lane}
          id={`${id}-tail-${lane}`}
          className={`app-tl--${lane}`}
          x1="0"
          x2="1"
          y1="0"
          y2="0"
        >
          <stop offset="0" className="app-tl__stop" />
          <stop offset="1" className="app-tl__stop app-tl__stop--end" />
        </linearGradient>
      ))}
      <clipPath id={clip.id}>
        <rect x={clip.x} y={0} width={clip.width} height={clip.height} />
      </clipPath>
    </defs>
  );
}
