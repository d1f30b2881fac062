// The two embedding tools' string protocols, against messages written as the libraries write them
// (pym.js 1.3.2 `_makeMessage`; iframe-resizer 4.3 `createOutgoingMsg` and the child's `sendMsg`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iframeResizerMessage, parseIframeResizerMessage, parsePymMessage, pymChildIdFrom, pymMessage } from './frame-protocols';

describe('Pym.js', () => {
  it('writes the height message a Pym parent matches', () => {
    expect(pymMessage('tieline-graphic', 'height', 671.6)).toBe('pymxPYMxtieline-graphicxPYMxheightxPYMx672');
    const parentRegex = new RegExp('^pymxPYMxtieline-graphicxPYMx(\\S+)xPYMx(.*)$');
    expect(pymMessage('tieline-graphic', 'scrollToChildPos', 40).match(parentRegex)?.slice(1)).toEqual(['scrollToChildPos', '40']);
  });

  it("reads the parent's width message for this child only", () => {
    expect(parsePymMessage('a', 'pymxPYMxaxPYMxwidthxPYMx375')).toEqual({ type: 'width', value: '375' });
    expect(parsePymMessage('a', 'pymxPYMxbxPYMxwidthxPYMx375')).toBeNull();
    expect(parsePymMessage('a', 'pymxPYMxaxPYMx')).toBeNull();
    expect(parsePymMessage('a', { type: 'width' })).toBeNull();
  });

  it('accepts only child ids a parent can match', () => {
    expect(pymChildIdFrom('tieline-graphic')).toBe('tieline-graphic');
    for (const bad of [null, '', 'axPYMxb', 'two words', 'x'.repeat(201)]) expect(pymChildIdFrom(bad)).toBeNull();
  });
});

describe('iframe-resizer v4', () => {
  it("reads the parent's settings message and the frame id in it", () => {
    // createOutgoingMsg: id:bodyMarginV1:sizeWidth:log:interval:enablePublicMethods:autoResize:bodyMargin:…
    const init = '[iFrameSizer]iFrameResizer0:8:false:false:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:false';
    expect(parseIframeResizerMessage(init)).toEqual({ kind: 'init', id: 'iFrameResizer0' });
    expect(parseIframeResizerMessage('[iFrameSizer]resize')).toEqual({ kind: 'size' });
    expect(parseIframeResizerMessage('[iFrameSizer]reset')).toEqual({ kind: 'size' });
    expect(parseIframeResizerMessage('[iFrameSizer]pageInfo:{"iframeHeight":1}')).toEqual({ kind: 'other' });
    expect(parseIframeResizerMessage('[iFrameResizerChild]Ready')).toBeNull();
    expect(parseIframeResizerMessage({ id: 'x' })).toBeNull();
  });

  it('answers in the form the parent splits on colons', () => {
    const answer = iframeResizerMessage('tieline', 672.4, 800, 'init');
    expect(answer).toBe('[iFrameSizer]tieline:672:800:init');
    const [id, height, width, type] = answer.slice('[iFrameSizer]'.length).split(':');
    expect({ id, height, width, type }).toEqual({ id: 'tieline', height: '672', width: '800', type: 'init' });
  });

  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (data) => {
        parseIframeResizerMessage(data);
        parsePymMessage('a', data);
      }),
      { numRuns: 1000 },
    );
  });
});
