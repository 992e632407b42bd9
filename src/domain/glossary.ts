/**
 * The terms a minister meets in the briefing, in plain words, and where they appear in a text:
 * each is linked to its definition (src/features/briefing/Glossary.tsx).
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  /** How the term is written in the briefing's sentences (case-insensitive, whole words). */
  pattern: RegExp;
  definition: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'sif',
    term: 'SIF (single inspection framework)',
    pattern: /\bSIF\b|\bsingle inspection\b/i,
    definition:
      "Ofsted's framework for inspecting a council's services for children in need of help and protection, children in care and care leavers, used from late 2013 until the end of 2017. It gave an overall effectiveness grade.",
  },
  {
    id: 'ilacs',
    term: "ILACS (inspection of local authority children's services)",
    pattern: /\bILACS\b|\binspection of local authority children's services\b/i,
    definition:
      "Ofsted's framework from January 2018: full inspections that give graded judgements, plus focused visits and monitoring visits between them.",
  },
  {
    id: 'focused-visit',
    term: 'Focused visit',
    pattern: /\bfocused visits?\b/i,
    definition:
      'A short Ofsted visit under ILACS that looks at one part of a service. Its findings are published as a letter and are not graded.',
  },
  {
    id: 'monitoring-visit',
    term: 'Monitoring visit',
    pattern: /\bmonitoring visits?\b/i,
    definition:
      'An Ofsted visit to a service judged inadequate, to check its progress. It is not graded.',
  },
  {
    id: 'section-114',
    term: 'Section 114 notice',
    pattern: /\bsection 114 notices?\b/i,
    definition:
      "A report by a council's chief finance officer, under section 114 of the Local Government Finance Act 1988, that the council's spending is likely to exceed its resources. New spending is stopped while the council responds.",
  },
  {
    id: 'section-497a',
    term: 'Section 497A direction',
    pattern: /\bsection 497A(\(4B\))?\b|\bstatutory direction\b/i,
    definition:
      "A direction by the Secretary of State for Education, under section 497A of the Education Act 1996 as applied to children's social care, when a council is failing in those duties: for example to work with an adviser, to accept a commissioner, or to have its services run by another body.",
  },
  {
    id: 'commissioner',
    term: 'Commissioner',
    pattern: /\bcommissioners?\b/i,
    definition:
      "A person the government appoints to oversee or take over some of a council's work. Here: the MHCLG commissioners, who took over the county council's governance and finance from May 2018, and the Children's Services Commissioner, appointed by the DfE in November 2018.",
  },
  {
    id: 'childrens-trust',
    term: "Children's trust",
    pattern: /\bchildren['’]s trust\b/i,
    definition:
      "A separate company, owned by the council or councils, that runs children's social care for them under a contract. Northamptonshire Children's Trust has done so since 1 November 2020.",
  },
  {
    id: 'improvement-board',
    term: 'Improvement board',
    pattern: /\bimprovement board\b/i,
    definition:
      'A board of the council, its partners and independent members, with an independent chair, that oversees an improvement plan and reports on its progress.',
  },
];

export type GlossaryPiece = string | { text: string; id: string };

/**
 * A text split into plain runs and glossary terms, each term linked at its first appearance in
 * the text only (`seen` carries what was linked already across several texts).
 */
export function linkGlossaryTerms(text: string, seen: Set<string> = new Set()): GlossaryPiece[] {
  const out: GlossaryPiece[] = [];
  let rest = text;
  for (;;) {
    let best: { index: number; length: number; id: string } | null = null;
    for (const term of GLOSSARY) {
      if (seen.has(term.id)) continue;
      const match = term.pattern.exec(rest);
      if (match && (!best || match.index < best.index))
        best = { index: match.index, length: match[0].length, id: term.id };
    }
    if (!best) break;
    if (best.index > 0) out.push(rest.slice(0, best.index));
    out.push({ text: rest.slice(best.index, best.index + best.length), id: best.id });
    seen.add(best.id);
    rest = rest.slice(best.index + best.length);
  }
  if (rest) out.push(rest);
  return out;
}
