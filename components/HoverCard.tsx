/**
 * The card shown on hover, tap or keyboard focus, and in the panel. Compact first (name, type, one line, the facts
 * that matter on the article's date), "More" for the rest; the footer (mentions, Wikipedia, "Wrong match") always
 * shows. Everything is rendered as text; links are the fact sources.
 */
import type { CardFact, CardModel } from '../lib/card';
import { formatDate } from '../lib/card';

/** Facts shown before "More". */
export const COMPACT_FACTS = 3;

/** An entity the card can open: a related entity, or the one a fact's value names. */
export interface CardLink {
  id: string;
  name: string;
  /** "ally", "leader of"… for related entities */
  role?: string;
}

/** Optional fields the dataset may add (how old the dataset is, a note on a fact): shown when present. */
type Model = CardModel & { datasetAsOf?: string };
type Fact = CardFact & { note?: string };

export interface HoverCardProps {
  model: CardModel | null;
  /** shown while the entity is fetched from the background */
  loadingName?: string;
  error?: string;
  /** mentions of this entity on the page */
  mentions?: number;
  /** 1-based position of the shown mention among them */
  position?: number;
  /** related entities (EntityRecord.related), with names */
  related?: CardLink[];
  /** fact index → the entity its value names (Fact.ref) */
  factRefs?: Record<number, CardLink>;
  pinned?: boolean;
  /** the reader said this match is wrong: the card says so and offers to undo */
  wrongMatch?: boolean;
  theme?: 'auto' | 'light' | 'dark';
  /** where the card is: a floating card closes and pins; a card in the panel does not */
  inline?: boolean;
  /** "More" is open (the owner keeps this, so the content script needs no hooks) */
  expanded?: boolean;
  onToggleMore?(expanded: boolean): void;
  onClose(): void;
  onStep?(direction: 1 | -1): void;
  onPin?(pinned: boolean): void;
  onOpen?(id: string): void;
  onWrongMatch?(): void;
  onUndoWrongMatch?(): void;
}

function FactItem({ f, link, onOpen }: { f: Fact; link?: CardLink; onOpen?(id: string): void }) {
  return (
    <li class={`fact${f.outOfDate ? ' out-of-date' : ''}`}>
      <span class="fact-label">{f.label}</span>
      {link && onOpen ? (
        <button type="button" class="fact-value entity-link" data-id={link.id} onClick={() => onOpen(link.id)}>
          <bdi>{f.value}</bdi>
        </button>
      ) : (
        <span class="fact-value">
          <bdi>{f.value}</bdi>
        </span>
      )}
      {f.when && <span class="fact-when"> ({f.when})</span>}
      {f.note && <span class="fact-note"> — {f.note}</span>}
      <span class="fact-meta">
        <span class="fact-asof">as of {formatDate(f.asOf)}</span>
        {' · '}
        <a class="fact-source" href={f.source} target="_blank" rel="noopener noreferrer">
          {f.sourceHost}
        </a>
      </span>
    </li>
  );
}

export function HoverCard(props: HoverCardProps) {
  const { model, loadingName, error, mentions, position, related, factRefs, pinned, wrongMatch, theme = 'auto', inline, expanded } = props;
  const { onClose, onStep, onPin, onOpen, onWrongMatch, onUndoWrongMatch, onToggleMore } = props;

  if (!model) {
    return (
      <div class="card" role="dialog" aria-label={loadingName ?? 'Entity'} aria-busy={!error} dir="ltr" data-theme={theme} tabIndex={-1}>
        <header>
          <h2 class="name">
            <bdi>{loadingName}</bdi>
          </h2>
          {!inline && (
            <button type="button" class="close icon" aria-label="Close" onClick={onClose}>
              ×
            </button>
          )}
        </header>
        <p class="description">{error ?? 'Loading…'}</p>
      </div>
    );
  }
  const m = model as Model;
  const facts = m.facts as Fact[];
  const shownFacts = expanded ? facts : facts.slice(0, COMPACT_FACTS);
  // What "More" adds: the facts not shown yet, and the related entities as one more item (never fewer than none).
  const hiddenCount = Math.max(0, facts.length - COMPACT_FACTS) + (related?.length ? 1 : 0);
  const canExpand = !!onToggleMore && (facts.length > COMPACT_FACTS || (related?.length ?? 0) > 0);
  const headingId = `nc-name-${m.id}`;
  const descId = `nc-desc-${m.id}`;
  return (
    <div
      class={`card${expanded ? ' expanded' : ''}${inline ? ' inline' : ''}`}
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={descId}
      dir="ltr"
      data-theme={theme}
      data-id={m.id}
      tabIndex={-1}
    >
      <header>
        <h2 class="name" id={headingId}>
          <bdi>{m.name}</bdi>
        </h2>
        {!inline && onPin && (
          <button
            type="button"
            class={`pin icon${pinned ? ' on' : ''}`}
            aria-pressed={pinned ? 'true' : 'false'}
            aria-label={pinned ? 'Unpin card' : 'Pin card'}
            title={pinned ? 'Pinned: stays until closed' : 'Pin: keep this card open'}
            onClick={() => onPin(!pinned)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M5 1h6v2l-1 1v4l3 3H9.5v4L8 16.5 6.5 15v-4H3l3-3V4L5 3z" fill="currentColor" />
            </svg>
          </button>
        )}
        {!inline && (
          <button type="button" class="close icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <div class="type">
        {m.typeLabel}
        {m.subtitle ? (
          <>
            {' · '}
            <bdi>{m.subtitle}</bdi>
          </>
        ) : null}
      </div>
      <div class="body">
        {wrongMatch && (
          <p class="wrong-note" role="status">
            Marked as a wrong match: {m.name} is no longer highlighted on this site.{' '}
            {onUndoWrongMatch && (
              <button type="button" class="link undo" onClick={onUndoWrongMatch}>
                Undo
              </button>
            )}
          </p>
        )}
        <p class={`description${expanded ? '' : ' clamp'}`} id={descId}>
          {m.description}
        </p>
        {shownFacts.length > 0 && (
          <ul class="facts">
            {shownFacts.map((f, i) => (
              <FactItem f={f} key={i} link={factRefs?.[i]} onOpen={onOpen} />
            ))}
          </ul>
        )}
        {expanded && related && related.length > 0 && (
          <div class="related">
            <h3>Related</h3>
            <ul>
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" class="entity-link" data-id={r.id} onClick={() => onOpen?.(r.id)}>
                    <bdi>{r.name}</bdi>
                  </button>
                  {r.role ? <span class="role"> · {r.role}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        )}
        {expanded && m.datasetAsOf && <p class="dataset-asof">Dataset as of {formatDate(m.datasetAsOf)}.</p>}
        {canExpand && (
          <button type="button" class="link more" aria-expanded={expanded ? 'true' : 'false'} onClick={() => onToggleMore?.(!expanded)}>
            {expanded ? 'Less' : `More (${hiddenCount})`}
          </button>
        )}
      </div>
      {(mentions !== undefined || m.wikipedia || (onWrongMatch && !wrongMatch)) && <footer>
        {mentions !== undefined && mentions > 1 && onStep ? (
          <span class="mentions-nav">
            <button type="button" class="step prev icon" aria-label="Previous mention" onClick={() => onStep(-1)}>
              ‹
            </button>
            <span class="mentions" aria-live="polite">
              {position ? `${position} of ${mentions}` : `${mentions} mentions`}
            </span>
            <button type="button" class="step next icon" aria-label="Next mention" onClick={() => onStep(1)}>
              ›
            </button>
          </span>
        ) : mentions !== undefined ? (
          <span class="mentions">{mentions === 1 ? '1 mention' : `${mentions} mentions`}</span>
        ) : (
          <span />
        )}
        {m.wikipedia && (
          <a class="wikipedia" href={m.wikipedia} target="_blank" rel="noopener noreferrer">
            Wikipedia
          </a>
        )}
        {onWrongMatch && !wrongMatch && (
          <button type="button" class="link wrong" onClick={onWrongMatch} title="This name on the page is not this entity: hide its highlights on this site">
            Wrong match
          </button>
        )}
      </footer>}
    </div>
  );
}
