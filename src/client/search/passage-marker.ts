// The marking on a page opened from a search result (see hits.ts, which loads this only then): every
// occurrence of the query marked, the first one (or the first after the heading in the address) in view, and the bar
// that moves between them, by click or by Enter / Shift+Enter, and clears them with Esc.
import { passageHits, type PassageHits } from '../../lib/search/passage-hits.ts';
import { hanCharacter } from '../../lib/search/han.ts';
import { traditionalIn } from '../../lib/search/traditional.ts';
import { hitParam } from '../../lib/search/hit-link.ts';
import type { TextRun } from '../../lib/search/find-hits.ts';
import { textRuns, unwrap, wrapHits } from './hit-marks.ts';
import { toSimplified } from './to-simplified.ts';

const interactive = 'a[href], button, input, select, textarea, summary, [contenteditable]:not([contenteditable="false"]), [role="button"], [role="link"]';

/** The hits of `query`, or of its Simplified form where the page holds that and not the query as written. */
async function find(runs: TextRun[], query: string, bundle: string): Promise<PassageHits & { shown: string }> {
  const found = { ...passageHits(runs, query), shown: query };
  if (!found.missing.some((term) => hanCharacter.test(term))) return found;
  // The Traditional forms of the site's characters (written by the search indexer): OpenCC is fetched only for those.
  const forms = await fetch(`${bundle}traditional.txt`).then((r) => (r.ok ? r.text() : ''), () => '');
  if (!traditionalIn(found.missing.join(''), forms).length) return found;
  const simplified = await toSimplified(query).catch(() => query);
  const converted = { ...passageHits(runs, simplified), shown: simplified };
  return converted.missing.length < found.missing.length ? converted : found;
}

/**
 * Where to start: the first hit, in view; with an element in the address (a sub-result's heading), the first hit from
 * there on, scrolled to only if the heading's place leaves it out of view, and none if there is none after it.
 */
function startAt(marks: HTMLElement[][]): { at: number; scroll: Scroll } {
  let target: HTMLElement | null = null;
  try {
    target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    // A malformed fragment points nowhere.
  }
  if (!target) return { at: 0, scroll: 'always' };
  const at = marks.findIndex(([m]) => target.contains(m) || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
  return at === -1 ? { at: 0, scroll: 'never' } : { at, scroll: 'if-hidden' };
}

type Scroll = 'always' | 'if-hidden' | 'never';

/** Marks `query` on the page and runs the bar inside `host` (<zj-hits>). */
export async function markPassage(host: HTMLElement, query: string): Promise<void> {
  const scope = document.querySelector('main [data-pagefind-body]') ?? document.querySelector('main');
  const bar = host.querySelector<HTMLElement>('[data-hit-bar]');
  const status = host.querySelector<HTMLElement>('[data-hit-status]');
  if (!scope || !bar || !status) return;
  const { nodes, runs } = textRuns(scope);
  const { hits, shown } = await find(runs, query, host.dataset.bundle ?? '/pagefind/');
  const marks = wrapHits(nodes, hits);
  const label = Object.assign(document.createElement('span'), { className: 'hit-query', textContent: `“${shown}”` });
  let at = -1;

  const show = (i: number, scroll: Scroll) => {
    for (const m of marks[at] ?? []) m.removeAttribute('data-current');
    at = (i + marks.length) % marks.length;
    for (const m of marks[at]) m.setAttribute('data-current', '');
    status.replaceChildren(label, ` 第 ${at + 1} / ${marks.length} 处`);
    const box = marks[at][0].getBoundingClientRect();
    // Under the bar counts as out of view.
    const hidden = box.top < 0 || box.bottom > bar.getBoundingClientRect().top - 8;
    if (scroll === 'always' || (scroll === 'if-hidden' && hidden)) marks[at][0].scrollIntoView({ block: 'center' });
  };
  const clear = () => {
    unwrap(marks.flat());
    // Focus on the bar's button would be lost with it: the main text takes it, where the reader was.
    if (bar.contains(document.activeElement)) document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    bar.hidden = true;
    document.removeEventListener('keydown', keys);
    const url = new URL(location.href);
    url.searchParams.delete(hitParam);
    history.replaceState(history.state, '', url);
  };
  function keys(e: KeyboardEvent) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    if (e.key === 'Escape' && !target?.closest('input, textarea, select, [contenteditable]')) return clear();
    if (e.key !== 'Enter' || !marks.length) return;
    // Enter on a link or a control does what it always does; elsewhere (and Shift+Enter on the bar) it moves.
    const control = target?.closest(interactive);
    if (control && !(e.shiftKey && bar!.contains(control))) return;
    e.preventDefault();
    show(at + (e.shiftKey ? -1 : 1), 'if-hidden');
  }

  host.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.hasAttribute('data-hit-clear')) clear();
    else show(at + Number(button.dataset.hitMove), 'if-hidden');
  });
  document.addEventListener('keydown', keys);
  for (const b of host.querySelectorAll<HTMLElement>('[data-hit-move], [data-hit-sep]')) b.hidden = !marks.length;
  bar.hidden = false;
  if (!marks.length) status.replaceChildren('本页没有找到', label);
  else {
    const start = startAt(marks);
    show(start.at, start.scroll);
  }
}
