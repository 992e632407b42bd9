/**
 * The validated record types, for code below the data layer (charts, domain) that must not
 * import it: a type-only façade over src/data/schemas.ts, the one definition of the format.
 */
export type {
  Body,
  Confidence,
  DateClaim,
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
  SourcesFile,
} from '../data/schemas';
