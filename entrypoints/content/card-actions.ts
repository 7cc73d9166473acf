/**
 * What only an open card, the panel or a command asks of the page (ADR 0057): filling a card with its entity's facts
 * and links, the card's own controls (mention stepping, pin, More, related entities, "Wrong match" and its undo), and
 * stepping through the names or revealing one (Alt+Shift+N/P, a click in the panel). None of it runs on an ordinary
 * article load, so it ships in card.js, which the background runs in the tab on first use (ADR 0014), not in the
 * content script. The content script's interaction (interaction.ts) keeps hover, taps, focus and keys, the state of
 * the open card and how the highlights are drawn; it lends that state to these actions through a `CardKit`.
 */
import { buildCard } from '../../lib/card';
import { sendToBackground } from '../../lib/protocol';
import { addSuppression, removeSuppression, siteOfHost } from '../../lib/settings';
import type { EntityRecord } from '../../lib/types';
import type { CardLink, HoverCardProps } from '../../components/HoverCard';
import type { CardAnchor } from './card-host';
import type { PageContext } from './context';
import type { LazyCardHost } from './lazy-card';
import type { PageView } from './interaction';

export type ShownProps = Omit<HoverCardProps, 'onClose'>;

/** The interaction's state and helpers, as the actions see them (accessors over the interaction's own variables). */
export interface CardKit {
  ext: import('./ext').ContentExt;
  ctx: PageContext;
  view: PageView;
  card: LazyCardHost;
  /** entities marked wrong from this card: the card says so and offers undo */
  wrongHere: Set<string>;
  /** the keyboard's stepping position */
  cursor: number;
  pinned: boolean;
  /** what the open card shows (null: no card) */
  props: ShownProps | null;
  /** mention whose card is open (-1: none, or a card opened from a link) */
  readonly shown: number;
  readonly shownEntity: string | null;
  readonly anchor: CardAnchor | null;
  /** entities marked wrong on this site */
  readonly suppressed: Set<string>;
  usable(i: number): boolean;
  mentionsOf(id: string): number[];
  redraw(): void;
  setActive(i: number): void;
  render(): void;
  showCard(i: number): void;
  openEntity(id: string, i: number, a: CardAnchor, how: 'hover' | 'focus' | 'link'): void;
}

export interface CardActions {
  /** the entity's record arrived (null: the dataset has none) for the card opened on mention `i` at `a` */
  fill(e: EntityRecord | null, id: string, i: number, a: CardAnchor, how: 'hover' | 'focus' | 'link', date: string): void;
  /** Alt+Shift+N/P: the next or previous name, scrolled to, with its card */
  step(direction: 1 | -1): boolean;
  /** scroll to the first mention of an entity and show its card (the panel) */
  revealEntity(id: string): boolean;
}

export function createCardActions(k: CardKit): CardActions {
  const { view, card, ctx, wrongHere } = k;
  const linkCache = new Map<string, Promise<Map<string, string>>>();
  const site = () => siteOfHost(location.hostname);

  /** Names of the entities a card links to (related, fact refs), fetched in one message. */
  function linkNames(e: EntityRecord): Promise<Map<string, string>> {
    let p = linkCache.get(e.id);
    if (!p) {
      const ids = [...new Set([...(e.related ?? []).map((r) => r.id), ...e.facts.flatMap((f) => (f.ref ? [f.ref] : []))])];
      p = ids.length
        ? sendToBackground(k.ext.runtime, 'search', { ids }).then((r) => new Map(r.results.map((x) => [x.id, x.name])))
        : Promise.resolve(new Map());
      p.catch(() => linkCache.delete(e.id));
      linkCache.set(e.id, p);
    }
    return p;
  }

  function fill(e: EntityRecord | null, id: string, i: number, a: CardAnchor, how: 'hover' | 'focus' | 'link', date: string) {
    const current = () => k.shownEntity === id && k.anchor === a;
    if (!current()) return;
    const loadingName = view.summaries().get(id)?.name;
    if (!e) {
      k.props = { model: null, loadingName, error: 'No background data for this name.' };
      k.render();
      return;
    }
    const list = k.mentionsOf(id);
    const model = buildCard(e, date);
    k.props = {
      model,
      mentions: list.length || undefined,
      position: i >= 0 ? list.indexOf(i) + 1 || undefined : undefined,
      onStep: (d: 1 | -1) => stepEntity(id, d),
      onPin: (p: boolean) => {
        k.pinned = p;
        card.setPinned(p);
        k.render();
      },
      onOpen: openLinked,
      onWrongMatch: i >= 0 ? () => wrongMatch(id, i) : undefined,
      onUndoWrongMatch: () => undoWrongMatch(id),
      expanded: false,
      onToggleMore: (x: boolean) => {
        if (k.props) k.props = { ...k.props, expanded: x };
        k.render();
      },
    };
    k.render();
    if (how === 'hover') card.announce(`${model.name}, ${model.typeLabel}. ${model.description}`);
    void linkNames(e).then((names) => {
      if (!current() || !k.props?.model) return;
      const related: CardLink[] = (e.related ?? []).flatMap((r) => (names.has(r.id) ? [{ id: r.id, name: names.get(r.id)!, role: r.role }] : []));
      // CardFact carries no ref: find each shown fact's record by its label and value.
      const factRefs: Record<number, CardLink> = {};
      model.facts.forEach((f, n) => {
        const ref = e.facts.find((x) => x.label === f.label && x.value === f.value && x.source === f.source)?.ref;
        if (ref && ref !== id && names.has(ref)) factRefs[n] = { id: ref, name: names.get(ref)! };
      });
      k.props = { ...k.props, related, factRefs };
      k.render();
    }, () => {});
  }

  /** A related entity or a fact's reference: its card replaces this one, at the same place. */
  function openLinked(id: string) {
    const a = k.anchor;
    if (!a) return;
    const keepFocus = card.hasFocus();
    k.openEntity(id, -1, a, 'link');
    if (keepFocus) ctx.requestAnimationFrame(() => card.focus());
  }

  function stepEntity(id: string, d: 1 | -1) {
    const list = k.mentionsOf(id);
    if (!list.length) return;
    const at = list.indexOf(k.shown);
    const next = list[at < 0 ? (d === 1 ? 0 : list.length - 1) : (at + d + list.length) % list.length];
    k.cursor = next;
    reveal(next, false);
  }

  function wrongMatch(id: string, i: number) {
    const map = view.map();
    const phrase = map?.mentions[i] ? map.live(i).toString() : '';
    const name = k.props?.model?.name ?? view.summaries().get(id)?.name ?? id;
    wrongHere.add(id);
    k.suppressed.add(id);
    // Hidden at once; stored for later visits. The card stays (pinned) to say so, with undo, until closed.
    k.pinned = true;
    card.setPinned(true);
    k.redraw();
    k.setActive(-1);
    k.render();
    void addSuppression(k.ext.storage.local, { entityId: id, site: site(), name, phrase: phrase.slice(0, 200) }).catch(() => {});
  }

  function undoWrongMatch(id: string) {
    wrongHere.delete(id);
    k.suppressed.delete(id);
    k.redraw();
    k.render();
    void removeSuppression(k.ext.storage.local, id, site()).catch(() => {});
  }

  function step(direction: 1 | -1): boolean {
    const map = view.map();
    if (!map) return false;
    const all = map.mentions.map((_, n) => n).filter(k.usable);
    if (!all.length) return false;
    const at = all.indexOf(k.cursor);
    k.cursor = at < 0 ? (direction === 1 ? all[0] : all[all.length - 1]) : all[(at + direction + all.length) % all.length];
    reveal(k.cursor);
    return true;
  }

  function reveal(i: number, smooth = true) {
    const map = view.map();
    if (!map) return;
    const r = map.live(i);
    const el = r.startContainer.parentElement;
    const reduce = !smooth || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    // Show once the scroll has settled with the name in view (a smooth scroll on a busy machine can stall for a few
    // frames half-way: a card opened then would close at once, its name being off-screen), anchored where it ends up.
    let last = -1;
    let stable = 0;
    let frames = 0;
    const settle = () => {
      const box = r.getBoundingClientRect();
      stable = box.top === last ? stable + 1 : 0;
      last = box.top;
      const inView = box.bottom > 0 && box.top < window.innerHeight;
      frames++;
      if (stable >= 2 && (inView || frames > 120)) {
        const keepFocus = card.hasFocus();
        const wasPinned = k.pinned;
        k.showCard(i);
        k.pinned = wasPinned;
        card.setPinned(wasPinned);
        if (wasPinned) k.render();
        if (keepFocus) ctx.requestAnimationFrame(() => void card.focus());
      } else ctx.requestAnimationFrame(settle);
    };
    ctx.requestAnimationFrame(settle);
  }

  return {
    fill,
    step,
    revealEntity(id) {
      const list = k.mentionsOf(id);
      if (!list.length) return false;
      k.cursor = list[0];
      reveal(list[0]);
      return true;
    },
  };
}
