// The MCP prompts: ready-made requests that tell the assistant which AniGraph tools answer them and
// how. They read no data themselves; only the completion of a title asks the catalog.
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { TitleCompleter } from './resources.js';

const ERAS = ['1980s', '1990s', '2000s', '2010s', '2020s', 'classic (before 2000)', 'recent (the last 5 years)'];
const LENGTHS = ['movie', 'short (up to 13 episodes)', 'one or two seasons (up to 26 episodes)', 'long (more than 26 episodes)'];
const DAYS = ['today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this week'];

/** Fixed choices that start with what was typed (free text stays allowed). */
const choices = (values: readonly string[]) => (typed: string | undefined) =>
  values.filter((value) => value.toLowerCase().startsWith((typed ?? '').trim().toLowerCase()));

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};
const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];

const userMessage = (text: string): GetPromptResult => ({ messages: [{ role: 'user', content: { type: 'text', text } }] });
const lines = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n');

export function registerPrompts(server: McpServer, completeTitle: TitleCompleter): void {
  const titles = async (typed: string | undefined) => [...new Set((await completeTitle(typed ?? '')).map((anime) => anime.title))];
  /** Completes the last of comma-separated titles, keeping those before it. */
  const lastOfTitles = async (typed: string | undefined) => {
    const parts = (typed ?? '').split(',');
    const head = parts.slice(0, -1).map((part) => part.trim());
    return (await titles(parts.at(-1))).map((title) => [...head, title].join(', '));
  };

  server.registerPrompt(
    'discover_anime',
    {
      title: 'Discover anime',
      description: 'Anime to watch for a taste or a mood, optionally from an era and of a length.',
      argsSchema: {
        likes: z
          .string()
          .trim()
          .min(1)
          .max(500)
          .describe('What the user likes or is in the mood for, such as "slow, cozy slice of life" or "anime like Steins;Gate".'),
        era: completable(z.string().trim().max(100).optional().describe('When it aired, such as "1990s" or "recent".'), choices(ERAS)),
        length: completable(
          z.string().trim().max(100).optional().describe('How long, such as "movie", "short" or "long".'),
          choices(LENGTHS),
        ),
      },
    },
    ({ likes, era, length }) =>
      userMessage(
        lines(
          `Find me anime to watch. What I like, or my mood: ${likes}.`,
          era && `Era: ${era}.`,
          length && `Length: ${length}.`,
          '',
          "How to answer with AniGraph's tools:",
          '- Call search_anime with a query that describes the taste or mood in words (mode "hybrid" matches meaning as well as words), ' +
            'limit 10 to 20. Put the era in filter.year_from and filter.year_to, and the length in filter.types (["MOVIE"] for a movie) or ' +
            'filter.episodes_min / filter.episodes_max (short: at most 13; long: more than 26).',
          '- When the taste names anime ("like Steins;Gate"), or reads like a sentence rather than keywords, also ask query_anime with ' +
            'the request in words; it understands titles, tags, years and lengths, and answers a session_id to pass back for follow-ups.',
          '- Optionally call compare_ratings on the best few to say how MyAnimeList, AniList, Kitsu and AniDB rate them.',
          'Then suggest 5 to 8 anime: for each, its title, AniGraph id, year, kind and episodes, and one sentence on why it fits. ' +
            'Leave out what does not fit, and say so if little matched.',
        ),
      ),
  );

  server.registerPrompt(
    'compare_anime',
    {
      title: 'Compare anime',
      description: 'Two or more anime side by side: what they are, and how each platform rates them.',
      argsSchema: {
        first: completable(z.string().trim().min(1).max(200).describe('The title of the first anime.'), titles),
        second: completable(z.string().trim().min(1).max(200).describe('The title of the second anime.'), titles),
        others: completable(z.string().trim().max(1000).optional().describe('More titles to compare, separated by commas.'), lastOfTitles),
      },
    },
    ({ first, second, others }) => {
      const named = [first, second, ...(others ?? '').split(',')].map((title) => title.trim()).filter(Boolean);
      return userMessage(
        lines(
          `Compare these anime: ${named.map((title) => `"${title}"`).join(', ')}.`,
          '',
          "How to answer with AniGraph's tools:",
          '- Call search_anime with each title (limit 3) to find its AniGraph id (such as "mal-1"). If the best hit is not clearly ' +
            'the anime meant (a sequel, a movie of the same name), say which one you took.',
          '- Call compare_ratings with each id (one call per anime): the score on MyAnimeList, AniList, Kitsu, AniDB and ' +
            'AnimeSchedule, normalized to 0-10, how far the platforms agree, and which have no score and why.',
          '- For a question the search does not answer (such as "which is darker"), ask query_anime in words.',
          "Then answer with a table (title, kind, episodes, years, main tags, each platform's score, the mean) and a short verdict: " +
            'how they differ, who would prefer which, and where the platforms disagree. Say which platforms did not answer.',
        ),
      );
    },
  );

  server.registerPrompt(
    'whats_airing',
    {
      title: "What's airing",
      description: 'What airs on a day, or this week, in a time zone.',
      argsSchema: {
        timezone: completable(
          z
            .string()
            .trim()
            .refine(isTimeZone, 'an IANA time zone such as Europe/Berlin')
            .describe('The IANA time zone to give times in, such as "Europe/Berlin" or "America/New_York".'),
          (typed) => TIME_ZONES.filter((zone) => zone.toLowerCase().includes((typed ?? '').trim().toLowerCase())).slice(0, 50),
        ),
        day: completable(
          z.string().trim().max(40).optional().describe('"today" (the default), "tomorrow", a weekday or "this week".'),
          choices(DAYS),
        ),
      },
    },
    ({ timezone, day }) =>
      userMessage(
        lines(
          `What anime air ${day ? day : 'today'}, with times in ${timezone}?`,
          '',
          "How to answer with AniGraph's tools:",
          `- Call get_schedule with timezone "${timezone}", from the day's midnight in that time zone (ISO 8601 with its offset) ` +
            'and days 1 (days 7 for "this week"). It merges AniList, AnimeSchedule and MyAnimeList, with the Japanese broadcast ' +
            '(RAW) and the English subtitled (SUB) and dubbed (DUB) releases (air_type), and says which sources answered.',
          `- For an overview of every show airing now rather than one day's timetable, call get_currently_airing with timezone ` +
            `"${timezone}": one entry per anime with its next episode, soonest first.`,
          '- For a question about one show ("when is the next episode of ..."), ask query_anime in words.',
          'Then list the broadcasts by local time: time, title, episode, RAW/SUB/DUB and where to stream it. Mark delayed ones, and ' +
            'say if a source did not answer.',
        ),
      ),
  );
}
