// The seven mistakes an analyst editing data/ by hand is most likely to make, each applied to a
// copy of the real data, with the one line that must name its file, record and field. Shared by
// the validate-data test and the in-app test, which must give the same line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Json = Record<string, unknown>;
type Rec = Record<string, unknown> & { id: string };

export const readJson = (file: string): Json =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8')) as Json;

const list = (data: Json, key: string) => data[key] as Rec[];

export interface DataMistake {
  kind: string;
  file: 'inspections.json' | 'milestones.json' | 'governance.json';
  /** Breaks a fresh copy of the file; returns the line validate-data and the app must print. */
  apply: (data: Json) => string;
}

export const DATA_MISTAKES: DataMistake[] = [
  {
    kind: 'missing field',
    file: 'inspections.json',
    apply: (data) => {
      const r = list(data, 'inspections')[0]!;
      delete r.title;
      return `inspections.json: inspections[0].title (record "${r.id}"): is missing: a value of type string is required`;
    },
  },
  {
    kind: 'wrong type',
    file: 'milestones.json',
    apply: (data) => {
      const r = list(data, 'milestones')[1]!;
      r.date = 2018;
      return `milestones.json: milestones[1].date (record "${r.id}"): Invalid input: expected string, received number`;
    },
  },
  {
    kind: 'impossible date',
    file: 'inspections.json',
    apply: (data) => {
      const r = list(data, 'inspections')[2]!;
      r.published = '2013-02-29';
      return `inspections.json: inspections[2].published (record "${r.id}"): "2013-02-29" is not a real date: February 2013 has 28 days`;
    },
  },
  {
    kind: 'unknown source id',
    file: 'milestones.json',
    apply: (data) => {
      const r = list(data, 'milestones')[0]!;
      (r.sources as { source: string }[])[0]!.source = 'no-such-source';
      return `milestones.json: milestones[0].sources[0].source (record "${r.id}"): cites unknown source "no-such-source": no such id in sources.json`;
    },
  },
  {
    kind: 'relationship to an unknown body',
    file: 'governance.json',
    apply: (data) => {
      const r = list(data, 'relationships')[0]!;
      r.to = 'no-such-body';
      return `governance.json: relationships[0].to (record "${r.id}"): to "no-such-body" is not a body in governance.json`;
    },
  },
  {
    kind: 'end before start',
    file: 'governance.json',
    apply: (data) => {
      const r = list(data, 'relationships')[1]!;
      r.start = '2019-05-01';
      r.end = '2019-04-30';
      return `governance.json: relationships[1].end (record "${r.id}"): ends (2019-04-30) before it starts (2019-05-01)`;
    },
  },
  {
    kind: 'duplicate id',
    file: 'inspections.json',
    apply: (data) => {
      const rows = list(data, 'inspections');
      rows[1]!.id = rows[0]!.id;
      return `inspections.json: inspections[1].id (record "${rows[0]!.id}"): duplicate id "${rows[0]!.id}": inspections[0] already uses it`;
    },
  },
];
