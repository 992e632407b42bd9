import { describe, expect, it } from 'vitest';
import { GLOSSARY, linkGlossaryTerms } from './glossary';

describe('linkGlossaryTerms', () => {
  it.each([
    ['No terms here.', ['No terms here.']],
    [
      'First section 114 notice: spending controls',
      ['First ', { text: 'section 114 notice', id: 'section-114' }, ': spending controls'],
    ],
    [
      "Ofsted's focused visit, then a monitoring visit and another focused visit",
      [
        "Ofsted's ",
        { text: 'focused visit', id: 'focused-visit' },
        ', then a ',
        { text: 'monitoring visit', id: 'monitoring-visit' },
        ' and another focused visit',
      ],
    ],
    [
      "Children's trust expected to take over services",
      [{ text: "Children's trust", id: 'childrens-trust' }, ' expected to take over services'],
    ],
  ])('%j', (text, expected) => expect(linkGlossaryTerms(text)).toEqual(expected));

  it('links a term once across texts that share what was seen', () => {
    const seen = new Set<string>();
    expect(linkGlossaryTerms('the MHCLG commissioners', seen)).toContainEqual({
      text: 'commissioners',
      id: 'commissioner',
    });
    expect(linkGlossaryTerms("the Children's Services Commissioner", seen)).toEqual([
      "the Children's Services Commissioner",
    ]);
  });

  it('defines every term the issue names', () => {
    expect(GLOSSARY.map((t) => t.id)).toEqual([
      'sif',
      'ilacs',
      'focused-visit',
      'monitoring-visit',
      'section-114',
      'section-497a',
      'commissioner',
      'childrens-trust',
      'improvement-board',
    ]);
  });
});
