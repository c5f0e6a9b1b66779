// The title word index claims MiniSearch's ranking (the library it replaced, kept here as the
// reference): the same documents, in the same order, with the same scores, for exact, prefix and
// fuzzy matches, with the title index's boosts and weights.
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { InvertedIndex } from '../subgraphs/catalog/lexical/inverted-index.js';
import { titleWordMatches } from '../subgraphs/catalog/lexical/title-index.js';

const DOCUMENTS: [title: string, synonyms: string][] = [
  ['naruto', 'ナルト'],
  ['naruto shippuuden', 'naruto hurricane chronicles'],
  ['boruto naruto next generations', ''],
  ['shingeki no kyojin', 'attack on titan aot'],
  ['shingeki no kyojin season 2', 'attack on titan'],
  ['cowboy bebop', 'kaubooi bibappu'],
  ['cowboy bebop tengoku no tobira', 'knockin heaven door movie'],
  ['fullmetal alchemist', 'hagane no renkinjutsushi'],
  ['fullmetal alchemist brotherhood', 'fma hagane renkinjutsushi'],
  ['mushishi', 'mushi shi bug master'],
  ['yuru camp', 'laid back camp'],
  ['nichijou', 'my ordinary life'],
  ['kaguya sama love is war', 'kaguya sama wa kokurasetai tensai tachi no renai zunousen kaguya'],
  ['kaguya hime no monogatari', 'the tale of the princess kaguya'],
];

// The options the title index searched MiniSearch with.
const reference = new MiniSearch<{ id: number; title: string; synonyms: string }>({
  fields: ['title', 'synonyms'],
  processTerm: (term) => term || null,
  tokenize: (text) => text.split(' '),
  searchOptions: { boost: { title: 2 }, combineWith: 'OR', weights: { fuzzy: 0.3, prefix: 0.5 } },
});
reference.addAll(DOCUMENTS.map(([title, synonyms], id) => ({ id, title, synonyms })));

describe('title word index', () => {
  let index: InvertedIndex;
  beforeAll(async () => {
    index = await InvertedIndex.build('titles', DOCUMENTS, [2, 1]);
  });

  const cases: { query: string; prefix: boolean; fuzzy: number }[] = [
    { query: 'naruto', prefix: false, fuzzy: 0 },
    { query: 'attack on titan', prefix: false, fuzzy: 0 },
    { query: 'cowboy beb', prefix: true, fuzzy: 0 },
    { query: 'fulmetal alchemist', prefix: false, fuzzy: 1 },
    { query: 'naurto', prefix: false, fuzzy: 2 },
    { query: 'shingeky kyojin', prefix: true, fuzzy: 2 },
    { query: 'kaguya war', prefix: false, fuzzy: 0 },
  ];

  for (const { query, prefix, fuzzy } of cases) {
    it(`ranks "${query}" as MiniSearch does (prefix ${prefix}, ${fuzzy} edits)`, () => {
      const words = query.split(' ');
      const expected = reference.search(query, { prefix, fuzzy: fuzzy || false });
      const queries = titleWordMatches(index, words, { prefix: () => prefix, fuzzy: () => fuzzy });
      const hits = index.search(queries);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.map((hit) => hit.doc)).toEqual(expected.map((result) => result.id));
      hits.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i].score, 4));
    });
  }

  it('says which fields matched, and leaves out documents the filter rejects', () => {
    const hits = index.search([index.exact('titan')], (doc) => doc !== 4);
    expect(hits).toEqual([expect.objectContaining({ doc: 3, fields: 0b10 })]);
  });
});
