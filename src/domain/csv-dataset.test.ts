import { describe, expect, it } from 'vitest';
import { datasetFromCsv, datasetToCsv, formatCsvLocation, type CsvFiles } from './csv-dataset';

const meta = { id: 'mini', title: 'Mini' };

const SOURCES = 'id,title,publishedBasis,published,publishedNote,text\r\nsrc,A report,stated,2024-12-09,,"Qatar called Syria, on Monday. ""Warmly"", it said."\r\n';
const ACTORS = 'id,label,type,aliases,parent,role\r\nqatar,Qatar,state,Doha,,\r\nsyria,Syria,state,Damascus | Syrian Arab Republic,,\r\n';
const EVENTS =
  'id,kind,participants,date,dateBasis,summary,source,quote\r\n' +
  'call,call,qatar:initiator | syria:recipient,2024-12-09,stated,Qatar called Syria.,src,"Qatar called Syria, on Monday."\r\n' +
  'call,,,,,,src,"""Warmly"", it said."\r\n';

describe('datasets as CSV', () => {
  it('maps rows to the schema: one event from several quote rows, lists split on “|”', () => {
    const result = datasetFromCsv({ sources: SOURCES, actors: ACTORS, events: EVENTS }, { id: 'mini', title: 'Mini' });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.actors[1]!.aliases).toEqual(['Damascus', 'Syrian Arab Republic']);
    expect(result.dataset.events).toHaveLength(1);
    expect(result.dataset.events[0]!.participants).toEqual([
      { actor: 'qatar', role: 'initiator' },
      { actor: 'syria', role: 'recipient' },
    ]);
    expect(result.dataset.events[0]!.evidence.map((evidence) => evidence.quote)).toEqual(['Qatar called Syria, on Monday.', '"Warmly", it said.']);
  });

  it('writes what it reads: CSV → dataset → CSV → dataset is stable', () => {
    const first = datasetFromCsv({ sources: SOURCES, actors: ACTORS, events: EVENTS }, meta);
    if (!first.ok) throw new Error('fixture invalid');
    const second = datasetFromCsv(datasetToCsv(first.dataset), meta);
    expect(second).toEqual(first);
  });

  it('points each problem at its file, row and column', () => {
    const broken: CsvFiles = {
      sources: SOURCES,
      actors: ACTORS.replace('syria,Syria,state', 'syria,Syria,planet'),
      events: EVENTS.replace('"""Warmly"", it said."', '"Coldly, it said."').replace('2024-12-09,stated', '2024-02-30,stated'),
    };
    const result = datasetFromCsv(broken, { id: 'mini', title: 'Mini' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const locations = result.problems.map(formatCsvLocation);
    expect(locations).toContain('actors.csv, row 3, column “type”');
    expect(locations).toContain('events.csv, row 2, column “date”');
  });

  it('reports the quote of the right row once the shape is right', () => {
    const result = datasetFromCsv({ sources: SOURCES, actors: ACTORS, events: EVENTS.replace('"""Warmly"", it said."', '"Coldly, it said."') }, { id: 'mini', title: 'Mini' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [formatCsvLocation(problem), problem.message])).toEqual([
      ['events.csv, row 3, column “quote”', 'not found verbatim in the text of source "src": the source never has its first character, “C” (U+0043)'],
    ]);
  });

  it('names missing and unknown columns, and malformed participants', () => {
    const result = datasetFromCsv({ sources: SOURCES, actors: 'id,label,colour\r\nqatar,Qatar,red\r\n', events: EVENTS }, meta);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual(['the column “type” is missing', 'unknown column “colour”']);
    const participants = datasetFromCsv({ sources: SOURCES, actors: ACTORS, events: EVENTS.replace('qatar:initiator', 'qatar:initiator:extra') }, meta);
    expect(participants.ok ? [] : participants.problems.map(formatCsvLocation)).toEqual(['events.csv, row 2, column “participants”']);
  });
});
