// Words a request is made of that say nothing about the anime wanted: left out of the text kept for
// semantic search, and never read as a title on their own.
export const STOP_WORDS = new Set(
  (
    "a an the some any anime animes animé show me us i i'm im i'd id we you your my want wanna looking look for find " +
    'recommend recommendation recommendations suggest suggestion suggestions give get need something anything stuff ' +
    "please pls plz with that is are was be been to of in on at and or but about from by what which who whats what's " +
    'would could should can do does did like watch watching watched to see more very too really also just ones one kind sort ' +
    "type it its it's there where how when good nice cool thing things title titles list some other else maybe " +
    "know when's whens if since because as have has had ive i've dont don't not no any" +
    ' , then than so lot lots much many into'
  ).split(' '),
);
