// What ships beside the bundled dataset for other tools: the dataset as CSV templates (the format
// newsrooms keep in spreadsheets) and the JSON Schema of the format, generated from the one zod
// schema so it can never drift from what the validator accepts.
import { z } from 'zod';
import { datasetToCsv } from '../../src/domain/csv-dataset';
import { datasetSchema, type Dataset } from '../../src/domain/dataset-schema';

export function csvTemplateFiles(dataset: Dataset): Record<string, string> {
  const files = datasetToCsv(dataset);
  return {
    'sources.csv': files.sources,
    'actors.csv': files.actors,
    'events.csv': files.events,
    ...(files.story === undefined ? {} : { 'story.csv': files.story }),
    ...(files.eras === undefined ? {} : { 'eras.csv': files.eras }),
  };
}

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ $id: 'https://tieline.invalid/schema/dataset-v1.json', title: 'Tieline dataset, schema version 1', ...schema }, null, 2)}\n`;
}
