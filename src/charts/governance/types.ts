/**
 * The governance diagram's stages: a view-model (`DiagramModel`, from the domain's
 * governance-as-at) and its geometry (`PlacedGovernance`, from `layoutGovernance`).
 */
import type { BodyEnd } from '../../domain/governance';
import type { Body, RelationshipType } from '../../domain/types';

export type Tier = Body['tier'];
export type Presence = 'yes' | 'uncertain';

/** Top to bottom, as the issue orders them. */
export const TIERS: readonly Tier[] = ['national', 'oversight', 'local', 'delivery', 'inspection'];

export const TIER_LABELS: Record<Tier, string> = {
  national: 'National government',
  oversight: 'Oversight and advice',
  local: 'Local government',
  delivery: 'Delivery',
  inspection: 'Inspection',
};

/**
 * Every body the data has, in a fixed place: a body keeps its slot on every date. Bodies never
 * shown on the same date may share a slot (the county council and the unitary councils that
 * replaced it), so a tier is only as wide as the most bodies it has on any one date.
 */
export interface DiagramSlot {
  id: string;
  tier: Tier;
  /** Position within its tier, 0-based, the same on every date. */
  index: number;
}

/** A body or post on the date. */
export interface DiagramNode {
  id: string;
  label: string;
  /** The full name, for the accessible label. */
  name: string;
  tier: Tier;
  status: Presence;
  /** Added at the last change on or before the date. */
  isNew: boolean;
  /** Set when the body may have ended or its end is only planned: not drawn as a current body. */
  end: BodyEnd | null;
}

/** One drawn edge: the relationships of one type from one body to another. */
export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
  /** The relationship records drawn by this edge. */
  relationshipIds: string[];
  /** Solid if any of them is firmly in force; dashed if every one is uncertain. */
  status: Presence;
  /** The type, with a count where several records are merged: "directs ×2". */
  verb: string;
  /** Why it is uncertain, if it is: "end date unknown". */
  note: string | null;
  /** Shown with the edge: "directs ×2 · end date unknown". */
  label: string;
  isNew: boolean;
}

export interface DiagramModel {
  slots: DiagramSlot[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends DiagramNode, Box {
  /** The name broken into lines that fit the box. */
  lines: string[];
  /** The end note ("end date unknown") broken into lines, under the name. */
  endLines: string[];
  /** In the list layout: the node's relationships in words, one line each (wrapped). */
  details: string[];
  /** Every line of text in the box, placed: the "New" badge, name, end note and details. */
  texts: PlacedText[];
}

/** One line of text in a node's box, at its baseline. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  role: 'new' | 'name' | 'end' | 'detail';
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedLabel extends Box {
  text: string;
}

export interface PlacedEdge extends DiagramEdge {
  /** Orthogonal path through channels and gutters, from the source's side to the target's. */
  points: { x: number; y: number }[];
  /** Null where no spot is clear of nodes and other labels: the line goes unlabelled. */
  placedLabel: PlacedLabel | null;
}

export interface PlacedTier extends Box {
  tier: Tier;
  label: string;
  /** The caption's box, drawn over lines so they never cross its text. */
  caption: Box;
  /** On a slide, where tiers are columns, the caption wrapped to its column. */
  captionLines?: string[];
}

/**
 * Geometry of the diagram; `list` is the narrow-screen layout (no edges drawn, told in words);
 * `slide` the 16:9 slide's (tiers as columns, no edges drawn, counted in `note`).
 */
export interface PlacedGovernance {
  mode: 'graph' | 'list' | 'slide';
  width: number;
  height: number;
  tiers: PlacedTier[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Edges whose label did not fit anywhere clear, in full, or at all: listed under the diagram. */
  unlabelled: PlacedEdge[];
  /** On a slide: one line inside the picture saying what is in the table only. */
  note?: PlacedText | null;
  /** Font size of node names and edge labels, in px. */
  fontSize: number;
  lineHeight: number;
}
