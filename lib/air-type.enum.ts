// Which release of an episode: the Japanese broadcast or an English one; one GraphQL type for every
// subgraph that lists broadcasts.
import { registerEnumType } from 'type-graphql';

export enum AirType {
  RAW = 'RAW',
  SUB = 'SUB',
  DUB = 'DUB',
  ALL = 'ALL',
}

registerEnumType(AirType, {
  name: 'AirType',
  description: 'RAW: the Japanese broadcast; SUB and DUB: the English subtitled and dubbed releases.',
  valuesConfig: {
    RAW: { description: 'The Japanese broadcast.' },
    SUB: {
      description: 'The English subtitled release; asked for, AnimeSchedule lists the Japanese broadcast where there is no subtitled one.',
    },
    DUB: { description: 'The English dubbed release.' },
    ALL: { description: 'Every kind of release: RAW, SUB and DUB.' },
  },
});
