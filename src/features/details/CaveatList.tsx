// Caveats as a reader checks them: the sentence, then the references it rests on, each a link to
// its address where there is one. Used for sources, actors and events alike.
import type { Caveat } from '../../domain/dataset-schema';
import { caveatReferences, caveatText, describeReference } from '../../domain/caveat';

export function CaveatList({ caveats }: { caveats: readonly Caveat[] | undefined }) {
  if (caveats === undefined || caveats.length === 0) return null;
  return (
    <>
      {caveats.map((caveat, index) => {
        const references = caveatReferences(caveat);
        return (
          <div key={index} className="caveat" data-testid="caveat">
            <p className="caveat-text">
              <strong>Caveat:</strong> {caveatText(caveat)}
            </p>
            {references.length > 0 && (
              <ul className="caveat-references" aria-label="References">
                {references.map((reference, referenceIndex) => (
                  <li key={referenceIndex}>
                    {reference.url === undefined ? (
                      describeReference(reference)
                    ) : (
                      // The schema admits only http(s) addresses; the page opened cannot reach back into this one.
                      <a href={reference.url} target="_blank" rel="noopener noreferrer">
                        {describeReference(reference)}
                        <span className="visually-hidden"> (opens in a new tab)</span>
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
