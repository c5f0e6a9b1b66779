// Words people use for what they want that are not catalog tags themselves, each with the tags it
// suggests and how strongly. Tags the served catalog does not have are dropped when the vocabulary is
// built (vocabulary.ts), so the list may name tags only the full release carries.
export const DESCRIPTORS: Record<string, [tag: string, weight: number][]> = {
  dark: [
    ['dark fantasy', 0.8],
    ['psychological', 0.6],
    ['tragedy', 0.5],
    ['gore', 0.3],
  ],
  grim: [
    ['dark fantasy', 0.7],
    ['tragedy', 0.6],
  ],
  gritty: [
    ['dark fantasy', 0.6],
    ['violence', 0.5],
    ['crime', 0.4],
  ],
  bleak: [
    ['tragedy', 0.7],
    ['dystopia', 0.5],
  ],
  depressing: [
    ['tragedy', 0.8],
    ['drama', 0.5],
  ],
  sad: [
    ['tragedy', 0.8],
    ['drama', 0.6],
  ],
  tearjerker: [
    ['tragedy', 0.8],
    ['drama', 0.7],
  ],
  emotional: [
    ['drama', 0.8],
    ['tragedy', 0.4],
  ],
  wholesome: [
    ['iyashikei', 0.8],
    ['slice of life', 0.7],
    ['heart-warming', 0.7],
    ['family', 0.3],
  ],
  cozy: [
    ['iyashikei', 0.9],
    ['slice of life', 0.7],
  ],
  comfy: [
    ['iyashikei', 0.9],
    ['slice of life', 0.7],
  ],
  relaxing: [
    ['iyashikei', 0.9],
    ['slice of life', 0.6],
  ],
  chill: [
    ['iyashikei', 0.8],
    ['slice of life', 0.6],
  ],
  healing: [['iyashikei', 0.9]],
  heartwarming: [
    ['heart-warming', 1],
    ['iyashikei', 0.6],
    ['slice of life', 0.4],
  ],
  cute: [
    ['cute girls doing cute things', 0.6],
    ['iyashikei', 0.4],
  ],
  funny: [['comedy', 1]],
  hilarious: [['comedy', 1]],
  lighthearted: [
    ['comedy', 0.7],
    ['slice of life', 0.5],
  ],
  scary: [
    ['horror', 1],
    ['thriller', 0.4],
  ],
  creepy: [
    ['horror', 0.9],
    ['mystery', 0.3],
  ],
  spooky: [
    ['horror', 0.8],
    ['supernatural', 0.5],
  ],
  romantic: [['romance', 1]],
  mindbending: [
    ['psychological', 0.9],
    ['mind games', 0.6],
  ],
  cerebral: [
    ['psychological', 0.8],
    ['mind games', 0.6],
  ],
  smart: [
    ['psychological', 0.5],
    ['mind games', 0.5],
  ],
  twisty: [
    ['plot twists', 0.8],
    ['mystery', 0.5],
  ],
  epic: [
    ['adventure', 0.7],
    ['fantasy', 0.5],
    ['war', 0.3],
  ],
  battles: [
    ['action', 0.8],
    ['martial arts', 0.3],
  ],
  fights: [
    ['action', 0.8],
    ['martial arts', 0.4],
  ],
  fighting: [
    ['action', 0.8],
    ['martial arts', 0.5],
  ],
  army: [
    ['military', 1],
    ['war', 0.5],
  ],
  soldiers: [
    ['military', 1],
    ['war', 0.6],
  ],
  robots: [
    ['mecha', 0.8],
    ['robots', 1],
  ],
  robot: [
    ['mecha', 0.8],
    ['robot', 1],
  ],
  superhero: [['super power', 0.9]],
  superpowers: [['super power', 1]],
  detective: [
    ['mystery', 0.8],
    ['detective', 1],
  ],
  whodunit: [
    ['mystery', 1],
    ['detective', 0.6],
  ],
  wizards: [['magic', 1]],
  witches: [
    ['magic', 0.8],
    ['witch', 1],
  ],
  ninja: [
    ['martial arts', 0.6],
    ['ninja', 1],
  ],
  pirates: [
    ['adventure', 0.6],
    ['pirates', 1],
  ],
  basketball: [
    ['sports', 1],
    ['basketball', 1],
  ],
  volleyball: [
    ['sports', 1],
    ['volleyball', 1],
  ],
  baseball: [
    ['sports', 1],
    ['baseball', 1],
  ],
  soccer: [
    ['sports', 1],
    ['football', 1],
  ],
  idols: [
    ['idol', 1],
    ['music', 0.6],
  ],
  bl: [
    ['boys love', 1],
    ['shounen ai', 0.6],
  ],
  gay: [
    ['boys love', 0.8],
    ['lgbtq+ themes', 0.8],
  ],
  lesbian: [
    ['girls love', 0.8],
    ['yuri', 0.8],
  ],
  fanservice: [['ecchi', 1]],
  cooking: [
    ['food', 0.8],
    ['cooking', 1],
  ],
  camping: [
    ['camping', 1],
    ['outdoor activities', 0.6],
  ],
};
