/**
 * The validated record types, for code below the data layer (charts, domain) that must not
 * import it: a type-only façade over src/data/schemas.ts, the one definition of the format.
 */
import type {
  EnglandFile,
  GovernanceFile,
  InspectionsFile,
  MetaFile,
  MilestonesFile,
  NationalFile,
  SourcesFile,
} from '../data/schemas';

export type {
  Body,
  Confidence,
  DateClaim,
  DateStatus,
  EnglandFigure,
  EnglandFile,
  EnglandShare,
  Flag,
  Framework,
  GovernanceFile,
  Grade,
  Inspection,
  InspectionsFile,
  Judgement,
  JudgementArea,
  Lane,
  MetaFile,
  Milestone,
  MilestonesFile,
  NationalAuthority,
  NationalFile,
  NationalGrade,
  NationalInspection,
  Power,
  PowerFunction,
  Relationship,
  RelationshipType,
  SourceDoc,
  SourceRef,
  SourceStanding,
  SourcesFile,
  SpanEndStatus,
} from '../data/schemas';

/**
 * Every data file by name, with its validated content: what a chart spec says it needs
 * (`data: ['governance.json', …]`) and what it is given once they are loaded.
 */
export interface DataFiles {
  'meta.json': MetaFile;
  'sources.json': SourcesFile;
  'inspections.json': InspectionsFile;
  'milestones.json': MilestonesFile;
  'governance.json': GovernanceFile;
  'national.json': NationalFile;
  'england.json': EnglandFile;
}

export type DataFileKey = keyof DataFiles;
