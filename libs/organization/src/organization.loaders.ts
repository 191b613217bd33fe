// The organisation's per-request loaders, one per kind of row (see LoaderKey in @app/common).
import { defineLoader, type Connection } from '@app/common';
import type {
  ContactPointEntity,
  ExecutiveMemberEntity,
  ExpertEntity,
  InformationCollectorEntity,
  LegislatureEntity,
  LiaisonUnitEntity,
} from './organization.entities.js';

export const POINTS_BY_ID = defineLoader<ContactPointEntity | undefined>('organization.pointsById');
export const LEGISLATURES_BY_ID = defineLoader<LegislatureEntity | undefined>(
  'organization.legislaturesById',
);
export const ACTIVE_POINT_COUNTS_OF_LEGISLATURE = defineLoader<number>(
  'organization.activePointCountsOfLegislature',
);
export const UNITS_BY_ID = defineLoader<LiaisonUnitEntity | undefined>('organization.unitsById');
export const EXECUTIVE_MEMBERS_OF_POINT = defineLoader<ExecutiveMemberEntity[]>(
  'organization.executiveMembersOfPoint',
);
export const EXPERT_PAGES_OF_POINT = defineLoader<Connection<ExpertEntity>>(
  'organization.expertPagesOfPoint',
);
export const UNIT_PAGES_OF_POINT = defineLoader<Connection<LiaisonUnitEntity>>(
  'organization.unitPagesOfPoint',
);
export const COLLECTOR_PAGES_OF_POINT = defineLoader<Connection<InformationCollectorEntity>>(
  'organization.collectorPagesOfPoint',
);
export const COLLECTOR_PAGES_OF_UNIT = defineLoader<Connection<InformationCollectorEntity>>(
  'organization.collectorPagesOfUnit',
);
export const ACTIVE_HEADS_OF_POINT = defineLoader<string[]>('organization.activeHeadsOfPoint');
