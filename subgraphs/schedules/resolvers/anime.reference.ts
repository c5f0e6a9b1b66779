/** The gateway hands over an Anime's id, which is all the schedule fields need. */
export const animeReference = {
  Anime: {
    __resolveReference(reference: { id: string }): { id: string } {
      return reference;
    },
  },
};
