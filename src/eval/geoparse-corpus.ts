/**
 * Geoparsing gold corpora in the XML layouts of LGL, TR-News (`<toponym>` with `<start>`, `<end>`, `<phrase>`
 * and a `<gaztag>` holding `<lat>`/`<lon>`) and GeoVirus (`<location>` with `<name>`, `<start>`, `<end>`,
 * `<lat>`, `<lon>`). Offsets count UTF-16 units of the article text, as sitrep's spans do.
 */
export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  /** Null when the annotator gave no coordinates (a toponym the gazetteer of the corpus lacked). */
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface GeoparseArticle {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

const ARTICLE = /<article\b([^>]*)>([\s\S]*?)<\/article>/g;
const TOPONYM = /<(toponym|location)>([\s\S]*?)<\/\1>/g;

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()]!;
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

/** The content of the first `<tag>`; CDATA is taken as is, other text has its entities decoded. */
function element(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!match) return null;
  const body = match[1]!;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(body);
  return cdata ? cdata[1]! : decodeEntities(body);
}

function numberOf(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

// Some corpora count from 1, or from a text with one more leading character: the phrase is looked for this near.
const SLACK = 3;

/** Where the phrase really starts: at `start`, else the nearest place within a few characters; null when nowhere near. */
function aligned(text: string, phrase: string, start: number): number | null {
  for (let shift = 0; shift <= SLACK; shift += 1) {
    if (text.startsWith(phrase, start - shift)) return start - shift;
    if (text.startsWith(phrase, start + shift)) return start + shift;
  }
  return null;
}

/** Every article of a corpus file; `problems` names toponyms whose phrase is not at (or next to) their offsets. */
export function parseGeoparseCorpus(xml: string, file: string): { articles: GeoparseArticle[]; problems: string[] } {
  const articles: GeoparseArticle[] = [];
  const problems: string[] = [];
  let index = 0;
  for (const match of xml.matchAll(ARTICLE)) {
    index += 1;
    const body = match[2]!;
    const text = element(body, 'text') ?? '';
    const id = /docid="([^"]+)"/.exec(match[1]!)?.[1] ?? `${index}`;
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(TOPONYM)) {
      const start = numberOf(element(t[2]!, 'start'));
      const end = numberOf(element(t[2]!, 'end'));
      const phrase = element(t[2]!, 'phrase') ?? element(t[2]!, 'name') ?? '';
      if (start === null || end === null || end <= start || end > text.length) {
        problems.push(`${file}: article ${id}: toponym "${phrase}" has no usable offsets`);
        continue;
      }
      const at = aligned(text, phrase, start);
      if (at === null) {
        problems.push(`${file}: article ${id}: [${start}, ${end}) reads "${text.slice(start, end)}", not "${phrase}"`);
        continue;
      }
      toponyms.push({ start: at, end: at + phrase.length, phrase, latitude: numberOf(element(t[2]!, 'lat')), longitude: numberOf(element(t[2]!, 'lon')) });
    }
    articles.push({ id: `${file.replace(/^.*\//, '')}#${id}`, text, toponyms });
  }
  return { articles, problems };
}
