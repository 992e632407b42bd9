import { Fragment } from 'react';
import { GLOSSARY, linkGlossaryTerms } from '../../domain/glossary';

/** A text with each glossary term linked to its definition, the first time `seen` meets it. */
export function WithGlossary({ text, seen }: { text: string; seen: Set<string> }) {
  return (
    <>
      {linkGlossaryTerms(text, seen).map((piece, i) =>
        typeof piece === 'string' ? (
          <Fragment key={i}>{piece}</Fragment>
        ) : (
          <a key={i} className="govuk-link" href={`#glossary-${piece.id}`}>
            {piece.text}
          </a>
        ),
      )}
    </>
  );
}

/** The terms a minister meets, in plain words. */
export function Glossary() {
  return (
    <section className="app-briefing__glossary" aria-labelledby="briefing-glossary">
      <h2 className="govuk-heading-m" id="briefing-glossary">
        Terms used
      </h2>
      <dl className="govuk-body-s">
        {GLOSSARY.map((t) => (
          <Fragment key={t.id}>
            <dt id={`glossary-${t.id}`}>
              <strong>{t.term}</strong>
            </dt>
            <dd>{t.definition}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
