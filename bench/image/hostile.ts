// The 500 hostile `image` arguments of searchByImage, by category, the same for the same seed: bytes
// that are no image or a damaged one, headers declaring huge images, bodies over IMAGE_MAX_BYTES,
// malformed base64 and data URLs, both or neither of base64 and url, URLs into the private network or
// of other schemes, and URLs on the trap host whose answers are slow, endless, oversized or redirect.
import { mulberry32 } from '../lib/queries.js';
import { DAMAGES, declaring, FORMATS, noise, signatureThenNoise, type Samples } from './hostile-images.js';
import { TRAP_PATHS } from './trap-server.js';

export const HOSTILE_TOTAL = 500;

export interface HostileInput {
  category: string;
  /** The `image` argument. */
  image: { base64?: string | null; url?: string | null };
  /** What this one is, for reports. */
  detail: string;
}

export interface HostileContext {
  samples: Samples;
  /** IMAGE_MAX_BYTES. */
  maxBytes: number;
  /** A poster on the local poster server (loopback): the gateway must not fetch it for a user. */
  loopbackPosterUrl: string;
  trapUrl: (path: string) => string;
}

const PRIVATE_URLS = [
  'http://127.0.0.1/x.png',
  'http://127.0.0.1:4000/graphql',
  'http://localhost/x.png',
  'http://10.0.0.1/x.png',
  'http://10.255.255.254:8080/x.png',
  'http://172.16.0.1/x.png',
  'http://192.168.1.1/x.png',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]/x.png',
  'http://[::ffff:127.0.0.1]/x.png',
  'http://[::7f00:1]/x.png',
  'http://[::a9fe:a9fe]/latest/meta-data/',
  'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
  'http://[64:ff9b::7f00:1]/x.png',
  'http://[fd00::1]/x.png',
  'http://[fe80::1]/x.png',
  'http://0.0.0.0/x.png',
  'http://2130706433/x.png',
  'http://0x7f.0.0.1/x.png',
  'http://127.1/x.png',
  'http://100.64.0.1/x.png',
  'https://127.0.0.1/x.png',
  'http://user:pass@127.0.0.1/x.png',
];

const OTHER_SCHEMES = [
  'file:///etc/passwd',
  'file://localhost/etc/passwd',
  'ftp://example.com/x.png',
  'gopher://127.0.0.1:6379/_INFO',
  'javascript:alert(1)',
  'ws://example.com/x.png',
  'mailto:someone@example.com',
  'data:image/png;base64,iVBORw0KGgo=',
  'blob:https://example.com/1234',
  'jar:file:///x.jar!/x.png',
];

const MALFORMED_URLS = [
  'not a url',
  'http://',
  'https://',
  '//example.com/x.png',
  '',
  '   ',
  'http:///x.png',
  'http://exa mple.com/x.png',
  'http://[::1/x.png',
  'http://example.com:99999/x.png',
  `https://example.com/${'a'.repeat(3000)}.png`,
  'http://%00/x.png',
  '\u0000http://example.com',
  'http://example.com\\@127.0.0.1/x.png',
  'h t t p://example.com/x.png',
];

export function hostileInputs(context: HostileContext, seed: number): HostileInput[] {
  const random = mulberry32(seed);
  const int = (below: number) => Math.floor(random() * below);
  const b64 = (bytes: Buffer) => bytes.toString('base64');
  const inputs: HostileInput[] = [];
  const add = (category: string, count: number, make: (i: number) => Omit<HostileInput, 'category'>) => {
    for (let i = 0; i < count; i++) inputs.push({ category, ...make(i) });
  };
  const { samples } = context;
  const good = samples.png[0];

  add('blank base64', 5, (i) => ({ image: { base64: ['', ' ', '\n\t', '====', 'AA=='][i] }, detail: 'empty or one zero byte' }));
  add('not base64', 25, (i) => ({ image: { base64: notBase64(i, random) }, detail: 'characters outside base64, or a length of 4n+1' }));
  add('data URL, wrong', 30, (i) => dataUrl(i, good));
  for (const format of FORMATS) {
    add(`${format.toUpperCase()} cut short`, format === 'png' || format === 'jpeg' ? 40 : 30, () => {
      const file = samples[format][int(samples[format].length)];
      const cut = 1 + int(Math.max(1, file.length - 24));
      return { image: { base64: b64(file.subarray(0, cut)) }, detail: `first ${cut} of ${file.length} bytes` };
    });
  }
  add('signature + noise', 20, (i) => {
    const format = FORMATS[i % FORMATS.length];
    return { image: { base64: b64(signatureThenNoise(format, seed + i, 16 + int(4000))) }, detail: format };
  });
  add('header damaged', 30, (i) => {
    const damage = DAMAGES[i % DAMAGES.length];
    return { image: { base64: b64(damage.apply(samples, i)) }, detail: damage.name };
  });
  add('declares huge size', 40, (i) => {
    const format = FORMATS[i % FORMATS.length];
    const [width, height] = format === 'jpeg' || format === 'gif' ? [65_000, 65_000 - i] : [70_000, 70_000 + i];
    return { image: { base64: b64(declaring(format, width, height)) }, detail: `${format} ${width} x ${height}` };
  });
  add('over IMAGE_MAX_BYTES', 8, (i) => {
    const size = i < 2 ? context.maxBytes + 1 + 2 * i : Math.round(context.maxBytes * [1.2, 1.6, 2, 2.4, 3.2, 4][i - 2]);
    const bytes = Buffer.concat([good, Buffer.alloc(Math.max(0, size - good.length))]);
    return { image: { base64: b64(bytes) }, detail: `${bytes.length} bytes (a poster and zeros)` };
  });
  add('base64 and url', 10, (i) => ({
    image: { base64: b64(good), url: i % 2 ? 'https://example.com/x.png' : context.trapUrl('/text.png') },
    detail: 'a good image and a URL',
  }));
  add('neither', 5, (i) => ({
    image: [{}, { base64: null }, { url: null }, { base64: null, url: null }, {}][i],
    detail: 'no base64, no url',
  }));
  add('private URL', 60, (i) => {
    const url =
      i < PRIVATE_URLS.length
        ? PRIVATE_URLS[i]
        : i === PRIVATE_URLS.length
          ? context.loopbackPosterUrl
          : withPath(PRIVATE_URLS[int(PRIVATE_URLS.length)], i);
    return { image: { url }, detail: url };
  });
  add('other scheme', 20, (i) => ({
    image: { url: OTHER_SCHEMES[i % OTHER_SCHEMES.length] },
    detail: OTHER_SCHEMES[i % OTHER_SCHEMES.length],
  }));
  add('malformed URL', 15, (i) => ({ image: { url: MALFORMED_URLS[i] }, detail: JSON.stringify(MALFORMED_URLS[i].slice(0, 40)) }));
  add('trap host', TRAP_PATHS.length * 2, (i) => ({
    image: { url: context.trapUrl(TRAP_PATHS[i % TRAP_PATHS.length]) },
    detail: TRAP_PATHS[i % TRAP_PATHS.length],
  }));
  add('unresolvable host', 5, (i) => {
    const url = `http://${['no-such-host.invalid', 'x.test', 'nothing.example', 'a.b.c.localhost', 'metadata.google.internal'][i]}/x.png`;
    return { image: { url }, detail: url };
  });
  add('random bytes', HOSTILE_TOTAL - inputs.length, (i) => {
    const length = 1 + int(i % 4 === 0 ? 64 : 8192);
    return { image: { base64: b64(noise(seed * 7919 + i, length)) }, detail: `${length} bytes` };
  });
  return inputs;
}

function notBase64(i: number, random: () => number): string {
  const fixed = ['AAAAA', '!!!!', 'aGVsbG8=\u00e9', 'YWJj*ZGVm', '====AAAA', 'A', 'iVBOR w0KG-go_', '%89PNG'];
  if (i < fixed.length) return fixed[i];
  const alphabet = '!"#$%&\'()*,-.:;<>?@[]^_`{|}~ \u00e9\u2603ABCxyz019+/=';
  return Array.from({ length: 4 + Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function dataUrl(i: number, png: Buffer): Omit<HostileInput, 'category'> {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"><script>alert(1)</script></svg>');
  const variants: [string, string][] = [
    ['text/plain', `data:text/plain;base64,${Buffer.from('hello').toString('base64')}`],
    ['SVG', `data:image/svg+xml;base64,${svg.toString('base64')}`],
    ['SVG, not base64', `data:image/svg+xml,${encodeURIComponent(svg.toString())}`],
    ['PDF', `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n%\u00e2\u00e3').toString('base64')}`],
    ['PNG type, not base64', `data:image/png,${png.subarray(0, 40).toString('latin1')}`],
    ['no comma', `data:image/png;base64${png.toString('base64')}`],
    ['HTML', `data:text/html;base64,${Buffer.from('<img src=x onerror=alert(1)>').toString('base64')}`],
    ['PNG type, cut PNG', `data:image/png;base64,${png.subarray(0, 30).toString('base64')}`],
    ['no type, random', `data:;base64,${Buffer.from('not an image at all').toString('base64')}`],
    ['malformed', 'data:image/png;;;base64,,,'],
  ];
  const [detail, base64] = variants[i % variants.length];
  return { image: { base64 }, detail };
}

const withPath = (url: string, i: number) => url.replace(/\/[^/]*$/, `/poster-${i}.png`);
