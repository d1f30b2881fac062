import { describe, expect, it } from 'vitest';
import { chooseActiveDataset, type ActiveDatasetInput, type FailedFileInput, type ReaderFileInput } from './active-dataset';
import type { DatasetModel } from './dataset-model';

const model = (name: string) => ({ dataset: { title: name } }) as unknown as DatasetModel;
const BUNDLED = model('bundled');
const FROM_ADDRESS = model('address');
const MINE = model('mine');

const nothing: ActiveDatasetInput = {
  address: null,
  restoring: false,
  file: null,
  failedFile: null,
  remote: { status: 'success', model: BUNDLED },
  keptBehindAddress: null,
};
const myFile: ReaderFileInput = { name: 'mine.json', model: MINE, keep: { state: 'kept', version: 'v1' }, notes: [] };
const broken: FailedFileInput = { name: 'broken.json', problems: [{ path: ['events', 0], message: 'bad' }], notes: ['read as Windows-1252'], restored: false };

describe('chooseActiveDataset', () => {
  it('shows the bundled dataset when nothing else is there', () => {
    expect(chooseActiveDataset(nothing)).toEqual({ status: 'ready', source: { kind: 'bundled' }, model: BUNDLED });
  });

  it('shows nothing while the kept file is looked up, even when the bundled dataset has arrived', () => {
    // Otherwise the selection in the address would be checked against the bundled dataset.
    expect(chooseActiveDataset({ ...nothing, restoring: true })).toEqual({ status: 'loading', source: { kind: 'bundled' } });
  });

  it("shows the reader's file over the bundled dataset, with its keep state", () => {
    const active = chooseActiveDataset({ ...nothing, file: myFile });
    expect(active).toMatchObject({ status: 'ready', model: MINE, source: { kind: 'file', name: 'mine.json', keep: { state: 'kept' } } });
  });

  it('shows an address over the bundled dataset, and does not wait for a kept file', () => {
    const input = { ...nothing, address: 'https://x.org/d.json', restoring: true, remote: { status: 'success', model: FROM_ADDRESS } } as const;
    expect(chooseActiveDataset(input)).toEqual({ status: 'ready', source: { kind: 'address', url: 'https://x.org/d.json' }, model: FROM_ADDRESS });
  });

  it('a broken address offers to retry and to leave it, naming where that leads', () => {
    const failed = { status: 'error', file: 'https://x.org/d.json', problems: [{ path: [], message: 'the server answered 404' }] } as const;
    const toBundled = chooseActiveDataset({ ...nothing, address: 'https://x.org/d.json', remote: failed });
    expect(toBundled).toMatchObject({ status: 'error', canRetry: true, back: { label: 'Back to the bundled data', action: 'leave-address' } });
    const toKept = chooseActiveDataset({ ...nothing, address: 'https://x.org/d.json', remote: failed, keptBehindAddress: { name: 'mine.json' } });
    expect(toKept).toMatchObject({ back: { label: 'Back to your file mine.json', action: 'leave-address' } });
  });

  it('a broken bundled dataset offers only to retry', () => {
    const failed = { status: 'error', file: 'datasets/qatar-syria.json', problems: [{ path: [], message: 'x' }] } as const;
    expect(chooseActiveDataset({ ...nothing, remote: failed })).toMatchObject({ status: 'error', canRetry: true, back: null });
  });

  it('a broken file is shown on top of the kept one, whose way back keeps it', () => {
    const active = chooseActiveDataset({ ...nothing, file: myFile, failedFile: broken });
    expect(active).toMatchObject({
      status: 'error',
      file: 'broken.json',
      notes: ['read as Windows-1252'],
      canRetry: false,
      back: { label: 'Back to your file mine.json', action: 'dismiss-failed-file', detail: 'mine.json stays kept in this browser; broken.json was not kept.' },
    });
  });

  it('a broken file over an address or the bundled data leads back to it', () => {
    expect(chooseActiveDataset({ ...nothing, failedFile: broken })).toMatchObject({ back: { label: 'Back to the bundled data', action: 'dismiss-failed-file' } });
    const overAddress = chooseActiveDataset({ ...nothing, address: 'https://x.org/d.json', failedFile: broken });
    expect(overAddress).toMatchObject({ back: { label: 'Back to the data from https://x.org/d.json', action: 'dismiss-failed-file' } });
  });

  it('a kept file that no longer opens offers to go back to the bundled data, saying it is forgotten', () => {
    const active = chooseActiveDataset({ ...nothing, failedFile: { ...broken, restored: true } });
    expect(active).toMatchObject({ status: 'error', back: { action: 'forget-kept-file', detail: 'This removes the file from this browser.' } });
  });

  it('a pending address or bundled load is loading', () => {
    expect(chooseActiveDataset({ ...nothing, remote: { status: 'pending' } }).status).toBe('loading');
    expect(chooseActiveDataset({ ...nothing, address: 'https://x.org/d.json', remote: { status: 'pending' } })).toEqual({
      status: 'loading',
      source: { kind: 'address', url: 'https://x.org/d.json' },
    });
  });
});
